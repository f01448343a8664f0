using System.Globalization;
using System.Text;
using VoiceAnalytics.Core.Analysis.Actions;
using VoiceAnalytics.Core.Analysis.Summary;
using VoiceAnalytics.Core.Contracts;
using VoiceAnalytics.Core.Pipeline;
using VoiceAnalytics.Core.Scoring;
using VoiceAnalytics.Core.Sinks.Salesforce.Api;

namespace VoiceAnalytics.Core.Sinks.Salesforce.Fields;

/// <summary>
/// Spec 4.7: the follow-up Task of a Tier 1 call. Subject names the lead; the description holds the executive summary,
/// takeaways, action items and the record and transcript links; it is due the day after the call's start for a High
/// priority, three days after for Medium, seven for Low (<see cref="FollowUpPriority"/>), counted in the calendar of the
/// start time's own offset. The session id goes into <see cref="SalesforceOptions.TaskSessionIdField"/>, the marker
/// that keeps a second delivery from creating a second Task.
/// </summary>
internal static class FollowUpTaskPlanner
{
    public const string SubjectPrefix = "Follow up on voice trial call - ";

    /// <summary>The Task for a Tier 1 call, else null. <paramref name="whoId"/> may be null while the person is not known (the outbox).</summary>
    public static SalesforceTask? Plan(SessionPayload session, SessionReport report, SalesforceOptions options, string? whoId, string? recordUrl)
    {
        if (report.Get<LeadScoreReport>()?.QualificationTier != "Tier 1")
        {
            return null;
        }

        var priority = FollowUpPriority.Of(report);
        var extra = new Dictionary<string, object?>(StringComparer.Ordinal) { [options.TaskSessionIdField] = session.SessionId };
        if (!string.IsNullOrWhiteSpace(options.FollowUpOwnerId))
        {
            extra["OwnerId"] = options.FollowUpOwnerId;
        }

        return new SalesforceTask(whoId ?? "", SalesforceText.Truncate(SubjectPrefix + LeadName(session, report), SalesforceText.ShortText), DueDate(session, priority))
        {
            Priority = FollowUpPriority.TaskPriority(priority),
            Status = "Not Started",
            Description = SalesforceText.Truncate(Description(session, report, recordUrl, TranscriptLink.For(session.SessionId, options)), SalesforceText.LongText),
            ExtraFields = extra,
        };
    }

    public static DateOnly DueDate(SessionPayload session, string priority) =>
        DateOnly.FromDateTime(session.StartTime.DateTime).AddDays(FollowUpPriority.DueInDays(priority));

    private static string LeadName(SessionPayload session, SessionReport report) =>
        new[] { session.UserName, session.Participant?.Name, report.Get<Analysis.Sales.SalesIntelligenceReport>()?.Deal.Meeting?.CustomerName }
            .FirstOrDefault(n => !string.IsNullOrWhiteSpace(n))?.Trim() ?? "unknown caller";

    private static string Description(SessionPayload session, SessionReport report, string? recordUrl, string? transcriptUrl)
    {
        var text = new StringBuilder();
        var summary = report.Get<ExecutiveSummaryReport>();
        if (summary is not null)
        {
            text.Append("Executive summary:\n").Append(summary.Summary.Trim()).Append("\n\n");
            Section(text, "Key takeaways", summary.Takeaways);
        }

        var actions = report.Get<ActionItemsReport>()?.Items.Select(a =>
            $"[{a.Owner}] {a.Description}" + (a.DueDate is { } due ? string.Create(CultureInfo.InvariantCulture, $" (due {due:yyyy-MM-dd})") : ""));
        Section(text, "Action items", [.. actions ?? []]);
        text.Append(CultureInfo.InvariantCulture, $"Call: {session.SessionId} on {SalesforceText.DateTime(session.StartTime)}\n");
        if (recordUrl is not null)
        {
            text.Append("Salesforce record: ").Append(recordUrl).Append('\n');
        }

        if (transcriptUrl is not null)
        {
            text.Append("Transcript: ").Append(transcriptUrl).Append('\n');
        }

        return text.ToString().TrimEnd();
    }

    private static void Section(StringBuilder text, string title, IReadOnlyList<string> lines)
    {
        if (SalesforceText.Bullets(lines) is { } bullets)
        {
            text.Append(title).Append(":\n").Append(bullets).Append("\n\n");
        }
    }
}
