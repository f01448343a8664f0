using System.Globalization;
using VoiceAnalytics.Core.Alerts.Slack.Blocks;
using static VoiceAnalytics.Core.Alerts.Slack.Messages.SlackLayout;

namespace VoiceAnalytics.Core.Alerts.Slack.Messages;

/// <summary>Spec 7.3 "Meeting Booked": who, when, how qualified, context, links to prepare.</summary>
internal static class MeetingBookedMessage
{
    public static SlackMessage Build(MeetingBookedDetails meeting)
    {
        List<string> fields =
        [
            Field("Customer", SlackMrkdwn.Person(meeting.CustomerName, meeting.Email)),
            Field("Meeting", SlackMrkdwn.Date(meeting.MeetingAt)),
        ];
        if (Qualification(meeting) is { } qualification)
        {
            fields.Add(Field("Qualification", qualification));
        }

        List<string> footer = ["Review the prep notes before the call"];
        if (Mention(meeting.OwnerSlackUserId) is { } owner)
        {
            footer.Insert(0, $"Meeting owner: {owner}");
        }

        return Message(
            $"📅 Sales meeting booked: {SlackMrkdwn.Escape(meeting.CustomerName)}, {SlackMrkdwn.Date(meeting.MeetingAt)}",
            [
                HeaderBlock.Of("📅 SALES MEETING BOOKED"),
                SectionBlock.WithFields(fields),
                meeting.QuickContext.Count == 0 ? null : SectionBlock.Markdown($"*Quick Context:*\n{Bullets(meeting.QuickContext)}"),
                Links(
                    ("Calendar", meeting.CalendarUrl, "open_calendar"),
                    ("Salesforce", meeting.SalesforceUrl, "open_salesforce"),
                    ("Prep Notes", meeting.PrepNotesUrl, "open_prep_notes")),
                ContextBlock.Markdown(footer),
            ]);
    }

    /// <summary><c>Tier 1 (Score: 75)</c>, or whichever half is known.</summary>
    private static string? Qualification(MeetingBookedDetails meeting)
    {
        var score = meeting.Score?.ToString(CultureInfo.InvariantCulture);
        return (string.IsNullOrWhiteSpace(meeting.Tier), score) switch
        {
            (false, not null) => $"{SlackMrkdwn.Escape(meeting.Tier!)} (Score: {score})",
            (false, null) => SlackMrkdwn.Escape(meeting.Tier!),
            (true, not null) => $"Score: {score}",
            _ => null,
        };
    }
}
