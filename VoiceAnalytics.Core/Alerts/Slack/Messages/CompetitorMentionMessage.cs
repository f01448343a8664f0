using VoiceAnalytics.Core.Alerts.Slack.Blocks;
using static VoiceAnalytics.Core.Alerts.Slack.Messages.SlackLayout;

namespace VoiceAnalytics.Core.Alerts.Slack.Messages;

/// <summary>Spec 7.3 "Competitor Mentioned": who, which competitor, what was said, how, the battlecard.</summary>
internal static class CompetitorMentionMessage
{
    public static SlackMessage Build(CompetitorMentionDetails mention)
    {
        var competitor = SlackMrkdwn.Escape(mention.Competitor);
        List<string> lines = [];
        if (!string.IsNullOrWhiteSpace(mention.Context))
        {
            lines.Add($"*Context:* \"{SlackMrkdwn.Escape(mention.Context)}\"");
        }

        lines.Add($"*Sentiment:* {Sentiment(mention.Sentiment)}");
        return Message(
            $"⚔️ Competitor mentioned: {competitor} by {SlackMrkdwn.Escape(mention.LeadName)}",
            [
                HeaderBlock.Of("⚔️ COMPETITOR MENTIONED"),
                SectionBlock.WithFields([Field("Lead", SlackMrkdwn.Person(mention.LeadName, mention.Email)), Field("Competitor", competitor)]),
                SectionBlock.Markdown(string.Join('\n', lines)),
                Links(
                    ("Full Transcript", mention.TranscriptUrl, "open_transcript"),
                    ($"{mention.Competitor} battlecard", mention.BattlecardUrl, "open_battlecard")),
                string.IsNullOrWhiteSpace(mention.Opportunity) ? null : ContextBlock.Markdown($"*Opportunity:* {SlackMrkdwn.Escape(mention.Opportunity)}"),
            ]);
    }

    private static string Sentiment(CompetitorTone sentiment) => sentiment switch
    {
        CompetitorTone.Negative => "Negative toward competitor ✅",
        CompetitorTone.Positive => "Positive toward competitor ⚠️",
        _ => "Neutral toward competitor",
    };
}
