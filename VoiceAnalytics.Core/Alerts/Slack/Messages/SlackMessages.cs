using VoiceAnalytics.Core.Alerts.Slack.Blocks;

namespace VoiceAnalytics.Core.Alerts.Slack.Messages;

/// <summary>
/// The Slack messages of data-flow spec 7.3 (#sales, real time) and 7.4 (#product, hourly), as Block Kit: a header,
/// fields, bullet lists, link buttons and small print. User content is escaped, so a name like <c>A&amp;B &lt;x&gt;</c>
/// shows as written and can never inject a mention or a link.
/// </summary>
public static class SlackMessages
{
    public static SlackMessage HotLead(HotLeadDetails lead) => HotLeadMessage.Build(lead);

    public static SlackMessage MeetingBooked(MeetingBookedDetails meeting) => MeetingBookedMessage.Build(meeting);

    public static SlackMessage CompetitorMentioned(CompetitorMentionDetails mention) => CompetitorMentionMessage.Build(mention);

    public static SlackMessage QualityDigest(QualityDigestDetails digest) => QualityDigestMessage.Build(digest);
}
