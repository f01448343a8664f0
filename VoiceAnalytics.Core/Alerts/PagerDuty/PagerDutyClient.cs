using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace VoiceAnalytics.Core.Alerts.PagerDuty;

/// <summary>
/// Sends alert events to the PagerDuty Events API v2: POST <c>/v2/enqueue</c>
/// (https://developer.pagerduty.com/docs/events-api-v2/trigger-events/). Per "Response Codes &amp; Retry Logic"
/// (https://developer.pagerduty.com/docs/events-api-v2/overview/): 202 accepted; 400 invalid event, never retried,
/// its <c>errors</c> kept; 429 and 5xx and network errors retried after a back-off. Trigger and resolve the same
/// problem with the same <see cref="PagerDutyDedupKey"/>.
/// </summary>
public sealed class PagerDutyClient(HttpClient http, IOptions<PagerDutyOptions> options, TimeProvider time, ILogger<PagerDutyClient> logger)
{
    /// <summary>Opens an alert, or adds to the open one with the same <paramref name="dedupKey"/>.</summary>
    public Task<PagerDutyResult> TriggerAsync(string dedupKey, PagerDutyAlert alert, CancellationToken cancellationToken)
    {
        var payload = new PagerDutyPayload(
            alert.Summary, options.Value.Source, alert.Severity, time.GetUtcNow(), alert.Component, alert.Group, alert.Class, alert.CustomDetails);
        return SendAsync(PagerDutyEventAction.Trigger, dedupKey, payload, cancellationToken);
    }

    public Task<PagerDutyResult> AcknowledgeAsync(string dedupKey, CancellationToken cancellationToken) =>
        SendAsync(PagerDutyEventAction.Acknowledge, dedupKey, null, cancellationToken);

    /// <summary>Resolves the open alert with <paramref name="dedupKey"/>; PagerDuty drops it when none is open.</summary>
    public Task<PagerDutyResult> ResolveAsync(string dedupKey, CancellationToken cancellationToken) =>
        SendAsync(PagerDutyEventAction.Resolve, dedupKey, null, cancellationToken);

    private async Task<PagerDutyResult> SendAsync(PagerDutyEventAction action, string dedupKey, PagerDutyPayload? payload, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dedupKey);
        var settings = options.Value;
        if (!settings.IsConfigured)
        {
            PagerDutyLog.NotConfigured(logger, action, dedupKey);
            return new PagerDutyResult { Outcome = PagerDutyOutcome.Permanent, Action = action, DedupKey = dedupKey, Message = "not_configured" };
        }

        var endpoint = new Uri(new Uri(settings.BaseUrl.TrimEnd('/') + "/"), "v2/enqueue");
        var body = new PagerDutyEvent(settings.RoutingKey, action, dedupKey, payload);
        for (var attempt = 1; ; attempt++)
        {
            var (result, retryAfter) = await PostOnceAsync(endpoint, body, attempt, cancellationToken).ConfigureAwait(false);
            if (result.Outcome != PagerDutyOutcome.Transient || attempt >= settings.MaxAttempts)
            {
                Report(result);
                return result;
            }

            var delay = Backoff(settings, attempt, retryAfter);
            PagerDutyLog.Retrying(logger, action, dedupKey, attempt, result.StatusCode, result.Message, delay);
            await Task.Delay(delay, time, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<(PagerDutyResult Result, TimeSpan? RetryAfter)> PostOnceAsync(Uri endpoint, PagerDutyEvent body, int attempt, CancellationToken cancellationToken)
    {
        var result = new PagerDutyResult { Outcome = PagerDutyOutcome.Transient, Action = body.EventAction, DedupKey = body.DedupKey, Attempts = attempt };
        try
        {
            using var response = await http.PostAsJsonAsync(endpoint, body, PagerDutyJson.Options, cancellationToken).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            var answer = await ReadAnswerAsync(response, cancellationToken).ConfigureAwait(false);
            result = result with
            {
                StatusCode = status,
                Message = answer?.Message ?? response.ReasonPhrase,
                DedupKey = answer?.DedupKey is { Length: > 0 } key ? key : body.DedupKey,
                Errors = answer?.Errors ?? [],
                Outcome = response.StatusCode switch
                {
                    HttpStatusCode.Accepted or HttpStatusCode.OK => PagerDutyOutcome.Accepted,
                    HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout => PagerDutyOutcome.Transient,
                    _ when status >= 500 => PagerDutyOutcome.Transient,
                    _ => PagerDutyOutcome.Permanent,
                },
            };
            return (result, response.Headers.RetryAfter?.Delta);
        }
        catch (HttpRequestException ex)
        {
            return (result with { Message = $"network_error:{ex.HttpRequestError}" }, null);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (result with { Message = "timeout" }, null);
        }
    }

    /// <summary>The body when it is PagerDuty's JSON; a 429 or a proxy's 5xx may carry none, or HTML.</summary>
    private static async Task<PagerDutyResponse?> ReadAnswerAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.Content.Headers.ContentType?.MediaType?.Contains("json", StringComparison.OrdinalIgnoreCase) != true)
        {
            return null;
        }

        try
        {
            return await response.Content.ReadFromJsonAsync<PagerDutyResponse>(PagerDutyJson.Options, cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static TimeSpan Backoff(PagerDutyOptions settings, int attempt, TimeSpan? retryAfter)
    {
        var delay = retryAfter ?? settings.RetryDelay * Math.Pow(2, attempt - 1);
        return delay > settings.MaxRetryDelay ? settings.MaxRetryDelay : delay;
    }

    private void Report(PagerDutyResult result)
    {
        if (result.IsAccepted)
        {
            PagerDutyLog.Accepted(logger, result.Action, result.DedupKey, result.Attempts);
        }
        else
        {
            PagerDutyLog.Failed(logger, result.Action, result.DedupKey, result.Attempts, result.Outcome, result.StatusCode, result.Message, string.Join("; ", result.Errors));
        }
    }
}
