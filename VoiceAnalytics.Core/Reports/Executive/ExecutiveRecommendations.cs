using System.Globalization;

namespace VoiceAnalytics.Core.Reports.Executive;

/// <summary>
/// Fixed rules from the figures to the "Recommendations" list, most urgent first, so the same figures always give the
/// same advice. The texts may quote user data (a failed search, a feature): the renderer encodes them.
/// </summary>
public static class ExecutiveRecommendations
{
    private const double NegativeShareLimit = 0.2;
    private const double VolumeDropLimit = -0.2;
    private const double BookingDropPoints = 0.1;
    private const int MinFailedSearches = 2;

    public static IReadOnlyList<string> For(PeriodFigures current, PeriodFigures previous, int latencyTargetMs)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(previous);
        var advice = new List<string>();
        var risks = current.Risks;
        var activity = current.Activity;

        if (risks.CriticalAlerts > 0)
        {
            advice.Add(Text($"Review the {risks.CriticalAlerts} critical alert(s) raised in the period and confirm each is resolved."));
        }

        if (current.Performance.AverageLatencyMs is { } latency && latency > latencyTargetMs)
        {
            advice.Add(Text($"Bring average latency ({latency:N0} ms) back under the {latencyTargetMs:N0} ms target: check LLM time to first token and TTS start."));
        }

        if (risks.FailedSessions is > 0)
        {
            advice.Add(Text($"Investigate the {risks.FailedSessions} session(s) that failed processing and replay them."));
        }

        var hotWithoutMeeting = current.TopOpportunities.Count(o => o.Score > current.Business.HotLeadScoreAbove);
        if (current.Business.HotLeads > activity.MeetingsBooked && hotWithoutMeeting > 0)
        {
            advice.Add(Text($"Follow up the hot leads today: {current.Business.HotLeads} hot lead(s), {activity.MeetingsBooked} meeting(s) booked."));
        }

        if (risks.TopFailedQuery is { } query && risks.TopFailedQueryCount >= MinFailedSearches)
        {
            advice.Add(Text($"Write help content for \"{query}\" ({risks.TopFailedQueryCount} failed searches)."));
        }

        if (current.NegativeShare is { } negative && negative > NegativeShareLimit)
        {
            advice.Add(Text($"Review the calls with negative sentiment ({negative:0%} of calls) for common causes."));
        }

        if (activity.BookingRate is { } booking && previous.Activity.BookingRate is { } before && before - booking >= BookingDropPoints)
        {
            advice.Add(Text($"Meeting booking rate fell from {before:0%} to {booking:0%}: check the booking flow and calendar availability."));
        }

        if (previous.Activity.Sessions > 0 && (double)(activity.Sessions - previous.Activity.Sessions) / previous.Activity.Sessions <= VolumeDropLimit)
        {
            advice.Add(Text($"Call volume fell from {previous.Activity.Sessions} to {activity.Sessions}: check agent availability and traffic sources."));
        }

        if (current.Trends.Where(t => t.Category == "feature").OrderByDescending(t => t.Calls).FirstOrDefault() is { Calls: >= 2 } feature)
        {
            advice.Add(Text($"Put \"{feature.Label.Replace('_', ' ')}\" on the roadmap review ({feature.Calls} calls asked for it)."));
        }

        return advice.Count > 0 ? advice : ["No action needed: the figures are within their targets."];
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
