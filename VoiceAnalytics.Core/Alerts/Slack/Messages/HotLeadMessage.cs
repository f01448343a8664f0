using System.Globalization;
using VoiceAnalytics.Core.Alerts.Slack.Blocks;
using static VoiceAnalytics.Core.Alerts.Slack.Messages.SlackLayout;

namespace VoiceAnalytics.Core.Alerts.Slack.Messages;

/// <summary>Spec 7.3 "Hot Lead Detected": who, how hot, why, where to look, what to do.</summary>
internal static class HotLeadMessage
{
    public static SlackMessage Build(HotLeadDetails lead)
    {
        var score = lead.Score.ToString(CultureInfo.InvariantCulture) + "/100";
        List<string> fields = [Field("Name", SlackMrkdwn.Person(lead.LeadName, lead.Email))];
        if (!string.IsNullOrWhiteSpace(lead.Company))
        {
            fields.Add(Field("Company", SlackMrkdwn.Escape(lead.Company)));
        }

        fields.Add(Field("Score", score));
        if (!string.IsNullOrWhiteSpace(lead.Tier))
        {
            fields.Add(Field("Qualification", SlackMrkdwn.Escape(lead.Tier)));
        }

        List<string> footer = [$"*Recommended:* {SlackMrkdwn.Escape(lead.Recommendation)}"];
        if (Mention(lead.OwnerSlackUserId) is { } owner)
        {
            footer.Add($"Territory owner: {owner}");
        }

        var at = string.IsNullOrWhiteSpace(lead.Company) ? "" : $" ({lead.Company})";
        return Message(
            SlackMrkdwn.Escape($"🔥 Hot lead: {lead.LeadName}{at}, score {score}"),
            [
                HeaderBlock.Of("🔥 HOT LEAD ALERT"),
                SectionBlock.WithFields(fields),
                lead.KeySignals.Count == 0 ? null : SectionBlock.Markdown($"*Key Signals:*\n{Bullets(lead.KeySignals)}"),
                Links(("Salesforce", lead.SalesforceUrl, "open_salesforce"), ("Transcript", lead.TranscriptUrl, "open_transcript")),
                ContextBlock.Markdown(footer),
            ]);
    }
}
