using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace VoiceAnalytics.Core.Alerts.PagerDuty;

/// <summary>
/// Stable <c>dedup_key</c>s: one alert per (alert, scope), so a re-sent trigger lands on the open alert and the
/// resolve closes it. "Once the alert is resolved, any further events with the same dedup_key will create a new
/// alert" (https://developer.pagerduty.com/docs/events-api-v2/trigger-events/#alert-de-duplication).
/// </summary>
public static class PagerDutyDedupKey
{
    /// <summary>PagerDuty's limit on <c>dedup_key</c>.</summary>
    public const int MaxLength = 255;

    private const string Prefix = "voice-analytics";

    /// <summary>
    /// <c>voice-analytics/{alert}/{scope}</c>, lower case with spaces as dashes: <c>For("Error Rate", "5m")</c> is
    /// <c>voice-analytics/error-rate/5m</c>. Longer than 255 characters, the tail becomes a SHA-256 of the whole.
    /// </summary>
    public static string For(string alertName, string scope)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(alertName);
        var key = string.IsNullOrWhiteSpace(scope) ? $"{Prefix}/{Normalize(alertName)}" : $"{Prefix}/{Normalize(alertName)}/{Normalize(scope)}";
        if (key.Length <= MaxLength)
        {
            return key;
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
        return string.Concat(key.AsSpan(0, MaxLength - hash.Length - 1), "#", hash);
    }

    private static string Normalize(string part) =>
        string.Join('-', part.Trim().ToLower(CultureInfo.InvariantCulture).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
