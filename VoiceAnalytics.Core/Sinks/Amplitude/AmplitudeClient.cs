using System.Net.Http.Headers;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace VoiceAnalytics.Core.Sinks.Amplitude;

/// <summary>
/// Typed HTTP client of Amplitude's HTTP V2 API (https://amplitude.com/docs/apis/analytics/http-v2), following
/// "Batch and retry HTTP V2 API requests" (https://amplitude.com/docs/apis/analytics/http-api-batching-retries):
/// batches of at most <see cref="AmplitudeOptions.MaxBatchEvents"/>; a 400 naming events drops those and resends the rest
/// once; a 413 halves the batch down to single events; a 429 waits (<c>Retry-After</c>, else 30 s) and retries; 5xx and
/// network errors retry with exponential backoff. Events are taken as given: insert_ids are the caller's
/// (<see cref="AmplitudeInsertId"/>). Only invalid arguments and the caller's cancellation throw.
/// </summary>
public sealed class AmplitudeClient
{
    private readonly HttpClient _http;
    private readonly AmplitudeOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<AmplitudeClient> _logger;

    public AmplitudeClient(HttpClient http, IOptions<AmplitudeOptions> options, TimeProvider time, ILogger<AmplitudeClient> logger)
    {
        _http = http;
        _options = options.Value;
        _time = time;
        _logger = logger;
    }

    public async Task<AmplitudeResult> SendAsync(IReadOnlyList<AmplitudeEvent> events, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(events);
        var delivery = new AmplitudeDelivery();
        foreach (var batch in events.Chunk(_options.MaxBatchEvents))
        {
            await SendBatchAsync(batch, delivery, resendAllowed: true, cancellationToken).ConfigureAwait(false);
        }

        var result = delivery.ToResult();
        if (result.TransientFailure is { } failure)
        {
            AmplitudeLog.GaveUp(_logger, result.Unsent.Count, failure);
        }

        return result;
    }

    private async Task SendBatchAsync(IReadOnlyList<AmplitudeEvent> batch, AmplitudeDelivery delivery, bool resendAllowed, CancellationToken cancellationToken)
    {
        if (delivery.Stopped)
        {
            delivery.Postpone(batch);
            return;
        }

        var reply = await PostWithRetriesAsync(batch, cancellationToken).ConfigureAwait(false);
        if (reply.TransientFailure is { } failure)
        {
            delivery.Stop(failure, reply.RetryAfter, batch);
        }
        else if (reply.StatusCode is >= 200 and < 300)
        {
            delivery.Delivered(batch.Count);
            AmplitudeLog.Ingested(_logger, batch.Count);
        }
        else if (reply.StatusCode == 413 && batch.Count > 1)
        {
            AmplitudeLog.Splitting(_logger, batch.Count);
            var half = batch.Count / 2;
            await SendBatchAsync([.. batch.Take(half)], delivery, resendAllowed, cancellationToken).ConfigureAwait(false);
            await SendBatchAsync([.. batch.Skip(half)], delivery, resendAllowed, cancellationToken).ConfigureAwait(false);
        }
        else if (reply.StatusCode == 413)
        {
            Drop(delivery, [(batch[0], "HTTP 413: the event alone is too large")]);
        }
        else if (reply.StatusCode == 400)
        {
            await RejectAsync(batch, reply.Body, delivery, resendAllowed, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            delivery.Stop($"unexpected HTTP {reply.StatusCode}", reply.RetryAfter, batch);
        }
    }

    /// <summary>A 400: the events it names are dropped and the rest resent once; a 400 naming none refuses the whole batch.</summary>
    private async Task RejectAsync(IReadOnlyList<AmplitudeEvent> batch, string body, AmplitudeDelivery delivery, bool resendAllowed, CancellationToken cancellationToken)
    {
        var named = AmplitudeRejections.Parse(body, batch.Count);
        if (named.Count == 0 || !resendAllowed)
        {
            var general = named.Count == 0 ? AmplitudeRejections.Summary(body) : "HTTP 400: rejected again after the named events were removed";
            Drop(delivery, [.. batch.Select((item, i) => (item, named.TryGetValue(i, out var why) ? "HTTP 400: " + why : general))]);
            return;
        }

        Drop(delivery, [.. named.Select(n => (batch[n.Key], "HTTP 400: " + n.Value))]);
        var rest = batch.Where((_, i) => !named.ContainsKey(i)).ToList();
        if (rest.Count > 0)
        {
            await SendBatchAsync(rest, delivery, resendAllowed: false, cancellationToken).ConfigureAwait(false);
        }
    }

    private void Drop(AmplitudeDelivery delivery, IReadOnlyList<(AmplitudeEvent Item, string Reason)> dropped)
    {
        foreach (var (item, reason) in dropped)
        {
            delivery.Drop(item, reason);
        }

        AmplitudeLog.Dropped(_logger, dropped.Count, string.Join(" | ", dropped.Select(d => d.Reason).Distinct()));
    }

    /// <summary>Posts one batch, waiting out 429s and retrying 5xx, 408 and network errors in place.</summary>
    private async Task<AmplitudeReply> PostWithRetriesAsync(IReadOnlyList<AmplitudeEvent> batch, CancellationToken cancellationToken)
    {
        var body = AmplitudeRequestWriter.Write(_options.ApiKey, batch, _options.MinIdLength);
        var throttled = 0;
        var failed = 0;
        while (true)
        {
            var reply = await PostOnceAsync(body, cancellationToken).ConfigureAwait(false);
            TimeSpan delay;
            if (reply.StatusCode == 429)
            {
                if (++throttled > _options.MaxThrottleRetries)
                {
                    return reply with { TransientFailure = $"throttled (HTTP 429) {throttled} times" };
                }

                delay = reply.RetryAfter ?? _options.ThrottleBackoff;
                AmplitudeLog.Throttled(_logger, batch.Count, throttled, delay);
            }
            else if (reply.TransientFailure is not null || reply.StatusCode is 408 or >= 500)
            {
                var failure = reply.TransientFailure ?? $"HTTP {reply.StatusCode}";
                if (++failed > _options.MaxServerErrorRetries)
                {
                    return reply with { TransientFailure = $"{failure} after {failed} attempts" };
                }

                delay = reply.RetryAfter ?? _options.ServerErrorBaseDelay * Math.Pow(2, failed - 1);
                AmplitudeLog.Failed(_logger, batch.Count, failure, failed, delay);
            }
            else
            {
                return reply;
            }

            if (delay > _options.MaxRetryAfter)
            {
                return reply with { TransientFailure = $"HTTP {reply.StatusCode}: asked to wait {delay}", RetryAfter = delay };
            }

            await Task.Delay(delay, _time, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<AmplitudeReply> PostOnceAsync(byte[] body, CancellationToken cancellationToken)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, _options.Endpoint) { Content = content };
        try
        {
            using var response = await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);
            var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            return new AmplitudeReply((int)response.StatusCode, text, RetryAfter: RetryAfter(response));
        }
        catch (HttpRequestException ex)
        {
            return new AmplitudeReply(0, "", $"network error ({ex.HttpRequestError})");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new AmplitudeReply(0, "", "timed out");
        }
    }

    private TimeSpan? RetryAfter(HttpResponseMessage response) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - _time.GetUtcNow() is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero,
        _ => null,
    };
}
