using System.Globalization;
using VoiceAnalytics.Core.Alerts.Slack.Blocks;
using static VoiceAnalytics.Core.Alerts.Slack.Messages.SlackLayout;

namespace VoiceAnalytics.Core.Alerts.Slack.Messages;

/// <summary>
/// Spec 7.4, the hourly #product digest: the three quality alerts (content gaps, low-engagement sessions, feature
/// requests) in one message, each part only when it has something to say. No mentions.
/// </summary>
internal static class QualityDigestMessage
{
    private const int MaxItems = 10;

    public static SlackMessage Build(QualityDigestDetails digest)
    {
        List<SlackBlock?> blocks = [HeaderBlock.Of("📊 HOURLY QUALITY DIGEST"), ContextBlock.Markdown($"Hour ending {SlackMrkdwn.Date(digest.HourEnding)}")];
        List<SlackBlock?>[] parts = [ContentGaps(digest), LowEngagement(digest), FeatureRequests(digest)];
        foreach (var part in parts.Where(p => p.Count > 0))
        {
            blocks.Add(new DividerBlock());
            blocks.AddRange(part);
        }

        if (blocks.Count == 2)
        {
            blocks.Add(SectionBlock.Markdown("No content gaps, low-engagement sessions or feature requests in the last hour."));
        }

        var summary = Invariant($"{digest.ContentGaps.Count} content gaps, {digest.LowEngagementSessions.Count} low-engagement sessions, {digest.FeatureRequests.Count} feature requests");
        return Message($"📊 Hourly quality digest: {summary}", blocks);
    }

    private static List<SlackBlock?> ContentGaps(QualityDigestDetails digest) => digest.ContentGaps.Count == 0 ? [] :
    [
        SectionBlock.Markdown(
            $"*📚 CONTENT GAPS (Last Hour)*\nFailed Searches ({Invariant($"{digest.FailedSearchTotal}")} total):\n"
            + Numbered(digest.ContentGaps.Select(g => $"\"{SlackMrkdwn.Escape(g.Query)}\" ({Count(g.Searches, "search", "searches")})"))),
        Links(("Full Report", digest.ContentGapReportUrl, "open_content_gap_report")),
        ContextBlock.Markdown("*Action:* Update Intercom articles"),
    ];

    private static List<SlackBlock?> LowEngagement(QualityDigestDetails digest)
    {
        var sessions = digest.LowEngagementSessions;
        if (sessions.Count == 0)
        {
            return [];
        }

        var lines = sessions.Take(MaxItems).Select(s => Invariant($"Session {s.SessionId}: Score {s.Score:0.0} - {s.Reason}"));
        return
        [
            SectionBlock.Markdown(
                $"*📉 LOW ENGAGEMENT SESSIONS (Last Hour)*\n{SlackMrkdwn.Escape(Invariant($"{Count(sessions.Count, "call", "calls")} with score <{digest.EngagementThreshold:0.#}"))}:\n{Bullets(lines)}"),
            Links(("Review Transcripts", digest.TranscriptsUrl, "open_transcripts")),
            string.IsNullOrWhiteSpace(digest.LowEngagementPattern) ? null : ContextBlock.Markdown($"*Pattern:* {SlackMrkdwn.Escape(digest.LowEngagementPattern)}"),
        ];
    }

    private static List<SlackBlock?> FeatureRequests(QualityDigestDetails digest) => digest.FeatureRequests.Count == 0 ? [] :
    [
        SectionBlock.Markdown(
            $"*💡 FEATURE REQUESTS (Last Hour)*\nRequested Features ({Count(digest.FeatureMentionTotal, "mention", "mentions")}):\n"
            + Numbered(digest.FeatureRequests.Select(f =>
                $"{SlackMrkdwn.Escape(f.Feature)} ({Count(f.Mentions, "mention", "mentions")})"
                + (string.IsNullOrWhiteSpace(f.Quote) ? "" : $" - \"{SlackMrkdwn.Escape(f.Quote)}\"")))),
        Links(("Full Details", digest.FeatureRequestLogUrl, "open_feature_requests")),
        ContextBlock.Markdown("*Action:* Update product roadmap voting"),
    ];

    /// <summary><c>1. first</c>, <c>2. second</c>... for already escaped lines.</summary>
    private static string Numbered(IEnumerable<string> escapedLines) =>
        string.Join('\n', escapedLines.Take(MaxItems).Select((line, i) => Invariant($"{i + 1}. {line}")));

    private static string Count(int count, string one, string many) => Invariant($"{count} {(count == 1 ? one : many)}");

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);
}
