namespace VoiceAnalytics.Core.Alerts.Slack.Blocks;

/// <summary>Keeps text inside Block Kit's length limits, which Slack answers with <c>invalid_blocks</c> otherwise.</summary>
internal static class SlackLimits
{
    public static string Truncate(string text, int maxLength) =>
        text.Length <= maxLength ? text : string.Concat(text.AsSpan(0, maxLength - 1), "…");
}
