using System.Globalization;

namespace VoiceAnalytics.Core.Reports.Executive;

/// <summary>
/// The sections of the executive emails (spec 7.5), as plain text: activity, performance, business impact, top
/// opportunities, trends, risks, recommendations; every figure with its change against the previous period.
/// </summary>
internal static class ExecutiveEmailSections
{
    private const int TrendsPerCategory = 3;

    public static IReadOnlyList<EmailSection> Build(ExecutiveReport report, int latencyTargetMs)
    {
        var vs = report.Kind == ExecutiveReportKind.Daily ? "vs day before" : "WoW";
        var (now, before) = (report.Current, report.Previous);
        List<EmailSection> sections =
        [
            Activity(now.Activity, before.Activity, vs),
            Performance(now.Performance, before.Performance, latencyTargetMs, vs),
            Business(now, before, vs),
            new EmailSection("🔥 TOP OPPORTUNITIES", now.TopOpportunities.Count == 0 ? ["No scored leads in this period."] : now.TopOpportunities.Select(Opportunity).ToList(), Numbered: true),
            new EmailSection("📈 TRENDS", Trends(now.Trends, before.Trends, vs)),
            Risks(now, before, vs),
            new EmailSection("💡 RECOMMENDATIONS", report.Recommendations, Numbered: true),
        ];

        // The weekly review adds what its qualified leads had in common (spec 7.5 "Qualification insights").
        if (report.Kind == ExecutiveReportKind.Weekly)
        {
            sections.Insert(3, Drivers(now.Drivers));
        }

        return sections;
    }

    private static EmailSection Drivers(QualificationDrivers d) => new("🎯 QUALIFICATION INSIGHTS", d.QualifiedCalls == 0 ? ["No qualified leads in this period."] :
    [
        Text($"Top Qualification Drivers ({d.QualifiedCalls:N0} qualified call(s)):"),
        Text($"{Percent((double)d.CrmIntegrationNeed / d.QualifiedCalls)} had a Salesforce or HubSpot integration need"),
        Text($"{Percent((double)d.TeamOfFivePlus / d.QualifiedCalls)} had teams of 5+ users"),
        Text($"{Percent((double)d.VolumeOfHundredPlus / d.QualifiedCalls)} send 100+ documents a month"),
        Text($"{Percent((double)d.CompetitorMentioned / d.QualifiedCalls)} mentioned a competitor"),
    ]);

    private static EmailSection Activity(ActivityFigures now, ActivityFigures before, string vs) => new("📊 ACTIVITY",
    [
        Text($"Total Calls: {now.Sessions:N0} ({Change.Relative(now.Sessions, before.Sessions)} {vs})"),
        Text($"Unique Users: {now.UniqueUsers:N0} ({Change.Relative(now.UniqueUsers, before.UniqueUsers)} {vs})"),
        Text($"Avg Duration: {Duration(now.AverageDurationSeconds)} ({Change.Relative(now.AverageDurationSeconds, before.AverageDurationSeconds)} {vs})"),
        Text($"Qualified Leads: {now.QualifiedLeads:N0} ({Percent(now.QualificationRate)} qualification rate, {Change.Points(now.QualificationRate, before.QualificationRate)} {vs})"),
        Text($"Meetings Booked: {now.MeetingsBooked:N0} ({Percent(now.BookingRate)} booking rate, {Change.Points(now.BookingRate, before.BookingRate)} {vs})"),
    ]);

    private static EmailSection Performance(PerformanceFigures now, PerformanceFigures before, int targetMs, string vs)
    {
        var verdict = now.AverageLatencyMs is { } avg ? (avg < targetMs ? "✅" : "⚠️") + Text($" target: <{targetMs:N0} ms") : "no measured turns";
        return new("⚡ PERFORMANCE",
        [
            Text($"Avg Latency: {Ms(now.AverageLatencyMs)} ({verdict}; {Change.Relative(now.AverageLatencyMs, before.AverageLatencyMs)} {vs})"),
            Text($"P95 Latency: {Ms(now.P95LatencyMs)} ({Change.Relative(now.P95LatencyMs, before.P95LatencyMs)} {vs})"),
            Text($"Tokens: {now.TotalTokens:N0} (prompt {now.PromptTokens:N0}, completion {now.CompletionTokens:N0}; {Change.Relative(now.TotalTokens, before.TotalTokens)} {vs})"),
            Text($"Cost: {Usd(now.CostUsd)} ({Change.Relative(now.CostUsd, before.CostUsd)} {vs})"),
            Text($"Engagement Score: {(now.AverageEngagement is { } e ? Text($"{e:0.0}/10") : "n/a")} ({Change.Absolute(now.AverageEngagement, before.AverageEngagement)} {vs})"),
        ]);
    }

    private static EmailSection Business(PeriodFigures now, PeriodFigures before, string vs) => new("💰 BUSINESS IMPACT",
    [
        Text($"Hot Leads: {now.Business.HotLeads:N0} (scores >{now.Business.HotLeadScoreAbove}; {Change.Relative(now.Business.HotLeads, before.Business.HotLeads)} {vs})"),
        Text($"Avg Lead Score: {(now.Business.AverageLeadScore is { } s ? Text($"{s:0.0}") : "n/a")} ({Change.Absolute(now.Business.AverageLeadScore, before.Business.AverageLeadScore)} {vs})"),
        "Tiers: " + (now.Business.Tiers.Count == 0 ? "none" : string.Join(", ", now.Business.Tiers.Select(t => Text($"{t.Key}: {t.Value:N0}")))),
        Text($"Cost per Qualified Lead: {Usd(now.CostPerQualifiedLead)}"),
    ]);

    private static string Opportunity(Opportunity o)
    {
        var details = new List<string>();
        if (o.TeamSize is { } team)
        {
            details.Add(Text($"{team:N0} users"));
        }

        if (!string.IsNullOrWhiteSpace(o.Integration))
        {
            details.Add($"{Label(o.Integration)} need");
        }

        var line = Text($"{(string.IsNullOrWhiteSpace(o.Name) ? "(no name)" : o.Name)} - Score {o.Score} ({o.Tier ?? "no tier"})");
        if (details.Count > 0)
        {
            line += " - " + string.Join(", ", details);
        }

        if (!string.IsNullOrWhiteSpace(o.NextAction))
        {
            line += " - Next: " + Label(o.NextAction) + (string.IsNullOrWhiteSpace(o.Timing) ? "" : " " + o.Timing);
        }

        return line;
    }

    private static List<string> Trends(IReadOnlyList<TrendCount> now, IReadOnlyList<TrendCount> before, string vs)
    {
        var lines = new List<string>();
        foreach (var (category, title) in new[] { ("industry", "Industry"), ("integration", "Integration need"), ("feature", "Requested feature") })
        {
            foreach (var trend in now.Where(t => t.Category == category).OrderByDescending(t => t.Calls).ThenBy(t => t.Label, StringComparer.Ordinal).Take(TrendsPerCategory))
            {
                var previous = before.FirstOrDefault(t => t.Category == category && t.Label == trend.Label)?.Calls ?? 0;
                lines.Add(Text($"{title} \"{Label(trend.Label)}\": {trend.Calls:N0} call(s) ({Change.Relative(trend.Calls, previous)} {vs})"));
            }
        }

        return lines.Count > 0 ? lines : ["No industry, integration or feature signals in this period."];
    }

    private static EmailSection Risks(PeriodFigures now, PeriodFigures before, string vs)
    {
        var r = now.Risks;
        var alerts = Text($"Alerts: {r.Alerts:N0} ({r.CriticalAlerts:N0} critical; {Change.Relative(r.Alerts, before.Risks.Alerts)} {vs})");
        if (r.TopAlertNames.Count > 0)
        {
            alerts += ": " + string.Join(", ", r.TopAlertNames);
        }

        var searches = Text($"Failed Searches: {r.FailedSearches:N0}");
        if (r.TopFailedQuery is { } query)
        {
            searches += Text($" (most failed: \"{query}\", {r.TopFailedQueryCount:N0})");
        }

        return new("⚠️ RISKS",
        [
            alerts,
            Text($"Negative Sentiment: {Percent(now.NegativeShare)} of calls ({Change.Points(now.NegativeShare, before.NegativeShare)} {vs})"),
            r.FailedSessions is { } failed ? Text($"Failed Sessions: {failed:N0} ({Change.Relative(failed, before.Risks.FailedSessions)} {vs})") : "Failed Sessions: not visible from this store",
            searches,
        ]);
    }

    private static string Label(string value) => value.Replace('_', ' ');

    private static string Duration(double? seconds) =>
        seconds is { } s && (int)Math.Round(s) is var total ? Text($"{total / 60}m {total % 60:00}s") : "n/a";

    private static string Ms(double? value) => value is { } v ? Text($"{v:N0} ms") : "n/a";

    private static string Usd(double? value) => value is { } v ? Text($"${v:N2}") : "n/a";

    private static string Percent(double? rate) => rate is { } r ? Text($"{r * 100:0}%") : "n/a";

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
