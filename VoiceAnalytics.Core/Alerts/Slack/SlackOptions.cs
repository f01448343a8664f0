using System.Diagnostics.CodeAnalysis;
using System.ComponentModel.DataAnnotations;

namespace VoiceAnalytics.Core.Alerts.Slack;

/// <summary>
/// Slack incoming webhooks, one per channel (https://api.slack.com/messaging/webhooks). A webhook URL is a secret:
/// it is never logged, and results name the channel (<see cref="SlackChannels"/>), never the URL.
/// </summary>
public sealed class SlackOptions : IValidatableObject
{
    public const string Section = "Slack";

    /// <summary>Webhook URL per channel key: <c>sales</c>, <c>ops</c>, <c>product</c> (see <see cref="SlackChannels"/>).</summary>
    public Dictionary<string, string> Channels { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The webhook URL of <paramref name="channel"/>, when one is configured: an empty value is not.</summary>
    public bool TryGetWebhook(string channel, [NotNullWhen(true)] out string? webhook) =>
        Channels.TryGetValue(channel, out webhook) && !string.IsNullOrWhiteSpace(webhook);

    public bool IsConfigured(string channel) => TryGetWebhook(channel, out _);

    /// <summary>
    /// At most one message per this interval per webhook URL: Slack allows "no more than one message per second"
    /// with short bursts (https://api.slack.com/docs/rate-limits, "Message Posting").
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan MessageInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Attempts per message, counting the first; only a 429 is retried.</summary>
    [Range(1, 10)]
    public int MaxAttempts { get; set; } = 3;

    /// <summary>Wait after a 429 that carries no usable <c>Retry-After</c>.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan DefaultRetryAfter { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>A 429 asking to wait longer than this is reported as a transient failure instead of waited out.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromMinutes(1);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        // An empty value means "not configured" (the sample settings list every channel empty): that channel's
        // messages go to the outbox.
        foreach (var (channel, url) in Channels.Where(c => !string.IsNullOrWhiteSpace(c.Value)))
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
            {
                // The value is a secret: name the channel only.
                yield return new ValidationResult($"Slack:Channels:{channel} must be an absolute http(s) webhook URL.", [nameof(Channels)]);
            }
        }
    }
}
