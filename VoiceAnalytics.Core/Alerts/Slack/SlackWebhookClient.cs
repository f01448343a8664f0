using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using VoiceAnalytics.Core.Alerts.Slack.Blocks;

namespace VoiceAnalytics.Core.Alerts.Slack;

/// <summary>
/// Posts <see cref="SlackMessage"/>s to incoming webhooks (https://api.slack.com/messaging/webhooks): a JSON POST
/// answered by 200 <c>ok</c>, or by a non-200 status with a plain-text error string
/// (https://api.slack.com/changelog/2016-05-17-changes-to-errors-for-incoming-webhooks: 400 <c>invalid_payload</c>,
/// 403 <c>action_prohibited</c>, 404 <c>channel_not_found</c>, 410 <c>channel_is_archived</c>, 500 <c>rollup_error</c>).
/// Over the rate limit Slack answers 429 with <c>Retry-After</c> in seconds (https://api.slack.com/docs/rate-limits);
/// that is the only status retried here, after the wait, at most <see cref="SlackOptions.MaxAttempts"/> times.
/// </summary>
public sealed class SlackWebhookClient(
    HttpClient http, IOptions<SlackOptions> options, WebhookRateGate gate, TimeProvider time, ILogger<SlackWebhookClient> logger)
{
    private const int MaxErrorLength = 200;

    /// <summary>Posts <paramref name="message"/> to the webhook of <paramref name="channel"/> (a <see cref="SlackChannels"/> key).</summary>
    public async Task<SlackDeliveryResult> SendAsync(string channel, SlackMessage message, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.TryGetWebhook(channel, out var webhook))
        {
            SlackLog.NotConfigured(logger, channel);
            return SlackDeliveryResult.Failed(SlackDeliveryOutcome.Permanent, channel, 0, null, "not_configured");
        }

        var json = SlackJson.Serialize(message);
        for (var attempt = 1; ; attempt++)
        {
            await gate.WaitTurnAsync(webhook, cancellationToken).ConfigureAwait(false);
            var result = await PostOnceAsync(channel, webhook, json, attempt, cancellationToken).ConfigureAwait(false);
            if (result.StatusCode != (int)HttpStatusCode.TooManyRequests || attempt >= settings.MaxAttempts || result.RetryAfter > settings.MaxRetryAfter)
            {
                Report(result);
                return result;
            }

            var wait = result.RetryAfter ?? settings.DefaultRetryAfter;
            SlackLog.RateLimited(logger, channel, attempt, wait);
            gate.Hold(webhook, wait);
        }
    }

    private async Task<SlackDeliveryResult> PostOnceAsync(string channel, string webhook, string json, int attempt, CancellationToken cancellationToken)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        try
        {
            using var response = await http.PostAsync(new Uri(webhook, UriKind.Absolute), content, cancellationToken).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            if (response.StatusCode == HttpStatusCode.OK)
            {
                return SlackDeliveryResult.Delivered(channel, attempt);
            }

            var body = (await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false)).Trim();
            var error = body.Length == 0 ? $"http_{status}" : SlackLimits.Truncate(body, MaxErrorLength);
            return response.StatusCode == HttpStatusCode.TooManyRequests
                ? SlackDeliveryResult.Failed(SlackDeliveryOutcome.Transient, channel, attempt, status, "rate_limited", RetryAfter(response.Headers.RetryAfter))
                : SlackDeliveryResult.Failed(status >= 500 ? SlackDeliveryOutcome.Transient : SlackDeliveryOutcome.Permanent, channel, attempt, status, error);
        }
        catch (HttpRequestException ex)
        {
            // The exception's message can name the host; the result keeps only the kind of failure.
            return SlackDeliveryResult.Failed(SlackDeliveryOutcome.Transient, channel, attempt, null, $"network_error:{ex.HttpRequestError}");
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return SlackDeliveryResult.Failed(SlackDeliveryOutcome.Transient, channel, attempt, null, "timeout");
        }
    }

    private TimeSpan? RetryAfter(RetryConditionHeaderValue? header) => header switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - time.GetUtcNow() is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero,
        _ => null,
    };

    private void Report(SlackDeliveryResult result)
    {
        if (result.IsDelivered)
        {
            SlackLog.Delivered(logger, result.Channel, result.Attempts);
        }
        else
        {
            SlackLog.Failed(logger, result.Channel, result.Attempts, result.Outcome, result.StatusCode, result.Error ?? "");
        }
    }
}
