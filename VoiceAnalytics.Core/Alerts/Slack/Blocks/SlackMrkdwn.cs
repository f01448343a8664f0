using System.Globalization;

namespace VoiceAnalytics.Core.Alerts.Slack.Blocks;

/// <summary>
/// Slack's mrkdwn (https://api.slack.com/reference/surfaces/formatting): <c>&amp;</c>, <c>&lt;</c> and
/// <c>&gt;</c> are control characters and must be escaped in user content; links are <c>&lt;url|text&gt;</c>,
/// user mentions <c>&lt;@U123&gt;</c>, dates <c>&lt;!date^unix^{token}|fallback&gt;</c> shown in each reader's time zone.
/// </summary>
public static class SlackMrkdwn
{
    public static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal);

    public static string Bold(string escapedText) => $"*{escapedText}*";

    public static string Link(Uri url, string label) => $"<{url.AbsoluteUri}|{Escape(label)}>";

    /// <summary><c>&lt;@U123&gt;</c>: notifies that member.</summary>
    public static string Mention(string userId) => $"<@{userId}>";

    /// <summary>"Tomorrow at 2:00 PM" in the reader's own time zone; <paramref name="at"/> in UTC as the fallback.</summary>
    public static string Date(DateTimeOffset at) =>
        string.Create(CultureInfo.InvariantCulture,
            $"<!date^{at.ToUnixTimeSeconds()}^{{date_short_pretty}} at {{time}}|{at.UtcDateTime:yyyy-MM-dd HH:mm} UTC>");

    /// <summary>A person with their email, <c>John Smith (john@acme.com)</c>, escaped.</summary>
    public static string Person(string name, string? email) =>
        string.IsNullOrWhiteSpace(email) ? Escape(name) : $"{Escape(name)} ({Escape(email)})";
}
