using System.Globalization;
using System.Net;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace VoiceAnalytics.Core.Analysis.Llm;

/// <summary>
/// Retries a chat-completions POST on 429, 408, 5xx, network errors and attempt timeouts, with exponential backoff;
/// a 429's <c>retry-after-ms</c> (Azure's) or <c>retry-after</c> sets the wait, capped at <c>Llm:MaxRetryAfter</c>.
/// Safe to repeat: a completion that failed changes nothing on the server.
/// </summary>
public sealed class LlmRetryHandler(LlmOptions options, TimeProvider time) : DelegatingHandler
{
    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline = Build(options, time);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        // The SDK sends a buffered body, so the same request message can be sent again.
        return await _pipeline.ExecuteAsync(
            async token => await base.SendAsync(request, token).ConfigureAwait(false),
            cancellationToken).ConfigureAwait(false);
    }

    private static ResiliencePipeline<HttpResponseMessage> Build(LlmOptions options, TimeProvider time)
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = time };
        if (options.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = options.MaxRetries,
                Delay = options.RetryBaseDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldHandle = args => ValueTask.FromResult(args.Outcome switch
                {
                    { Exception: HttpRequestException or TimeoutRejectedException } => true,
                    { Result: { } response } => response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout || (int)response.StatusCode >= 500,
                    _ => false,
                }),
                DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome.Result, options.MaxRetryAfter, time.GetUtcNow())),
                OnRetry = args =>
                {
                    args.Outcome.Result?.Dispose();
                    return default;
                },
            });
        }

        builder.AddTimeout(options.Timeout);
        return builder.Build();
    }

    /// <summary>The server's wait, when it gave one: <c>retry-after-ms</c> first (milliseconds), then <c>retry-after</c> (seconds).</summary>
    public static TimeSpan? RetryAfter(HttpResponseMessage? response, TimeSpan max, DateTimeOffset now)
    {
        if (response is null)
        {
            return null;
        }

        if (response.Headers.TryGetValues("retry-after-ms", out var ms)
            && double.TryParse(ms.FirstOrDefault(), NumberStyles.Float, CultureInfo.InvariantCulture, out var milliseconds) && milliseconds >= 0)
        {
            return Min(TimeSpan.FromMilliseconds(milliseconds), max);
        }

        if (response.Headers.RetryAfter is { } retryAfter)
        {
            if (retryAfter.Delta is { } delta)
            {
                return Min(delta, max);
            }

            if (retryAfter.Date is { } date)
            {
                return Min(date > now ? date - now : TimeSpan.Zero, max);
            }
        }

        return null;
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
