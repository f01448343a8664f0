using System.Diagnostics.CodeAnalysis;
using System.ComponentModel.DataAnnotations;

namespace VoiceAnalytics.Core.Alerts.PagerDuty;

/// <summary>
/// PagerDuty Events API v2 (https://developer.pagerduty.com/docs/events-api-v2/overview/). The routing key is a
/// secret: it is never logged.
/// </summary>
public sealed class PagerDutyOptions
{
    public const string Section = "PagerDuty";

    /// <summary>Events are POSTed to <c>{BaseUrl}/v2/enqueue</c>.</summary>
    [Required, Url]
    public string BaseUrl { get; set; } = "https://events.pagerduty.com";

    /// <summary>
    /// The 32-character integration key of an Events API v2 integration; empty (as in the sample settings) means not
    /// configured, and alerts go to the outbox.
    /// </summary>
    [RegularExpression("^$|^.{32}$", ErrorMessage = "PagerDuty:RoutingKey must be empty or the 32-character integration key.")]
    public string? RoutingKey { get; set; }

    [MemberNotNullWhen(true, nameof(RoutingKey))]
    public bool IsConfigured => !string.IsNullOrWhiteSpace(RoutingKey);

    /// <summary><c>payload.source</c>: "the unique location of the affected system".</summary>
    [Required]
    public string Source { get; set; } = "voice-analytics";

    /// <summary>Attempts per event, counting the first; 429, 5xx, network errors and timeouts are retried.</summary>
    [Range(1, 10)]
    public int MaxAttempts { get; set; } = 3;

    /// <summary>
    /// Wait before the first retry when the response names none; doubles with each retry. PagerDuty suggests retrying
    /// a 429 "3 times with each request being 30 seconds apart" (PagerDuty/developer-docs, docs/events-API-v2/05-Rate-Limits.md).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Longest single wait between attempts, whatever <c>Retry-After</c> says.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(2);
}
