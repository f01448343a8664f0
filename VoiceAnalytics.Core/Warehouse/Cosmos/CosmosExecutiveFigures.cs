using VoiceAnalytics.Core.Alerts.History;
using System.Text.Json;
using Microsoft.Azure.Cosmos;
using VoiceAnalytics.Core.Reports.Executive;
using VoiceAnalytics.Core.Warehouse.Sqlite;
using static VoiceAnalytics.Core.Warehouse.Cosmos.CosmosDocuments;

namespace VoiceAnalytics.Core.Warehouse.Cosmos;

/// <summary>
/// <see cref="IExecutiveFigures"/> on Cosmos DB: the period's sessions, analyses and metrics are read from the
/// period's day partitions (one query per container per day, on the copied <c>start_time</c>), then counted here
/// exactly as the SQLite adapter's SQL counts them. Alerts follow their session, or count by when they fired.
/// </summary>
public sealed class CosmosExecutiveFigures(CosmosStore store) : IExecutiveFigures
{
    private const int TopOpportunityCount = 5;
    private const int IdsPerQuery = 200;

    internal const string SessionsSql = "SELECT * FROM c WHERE c.start_time >= @from AND c.start_time < @to";
    internal const string AnalysesSql =
        "SELECT c.session_id, c.day, c.analyzed_at, c.sales_intelligence, c.performance_analysis, c.content_gaps, c.executive_summary FROM c WHERE c.start_time >= @from AND c.start_time < @to";
    internal const string MetricsSql = "SELECT c.session_id, c.start_time, c.turns FROM c WHERE c.start_time >= @from AND c.start_time < @to";
    internal const string AlertsOfSessionsSql = "SELECT * FROM c WHERE ARRAY_CONTAINS(@ids, c.session_id)";
    internal const string SessionsByIdSql = "SELECT c.session_id FROM c WHERE ARRAY_CONTAINS(@ids, c.session_id)";

    public async Task<PeriodFigures> ReadAsync(ReportPeriod period, ExecutiveThresholds thresholds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(thresholds);
        var days = CosmosDay.Covering(period.Start, period.End);
        var c = store.Containers;
        var sessions = await store.QueryDaysAsync<SessionDocument>(c.Sessions, CosmosOpsFigures.Window(SessionsSql, period.Start, period.End), days, cancellationToken).ConfigureAwait(false);
        var analyses = (await store.QueryDaysAsync<AnalysisDocument>(c.AnalysisResults, CosmosOpsFigures.Window(AnalysesSql, period.Start, period.End), days, cancellationToken).ConfigureAwait(false))
            .ToDictionary(a => a.SessionId, StringComparer.Ordinal);
        var metrics = await store.QueryDaysAsync<MetricsDocument>(c.Metrics, CosmosOpsFigures.Window(MetricsSql, period.Start, period.End), days, cancellationToken).ConfigureAwait(false);
        var joined = sessions.Select(s => (Session: s, Analysis: analyses.GetValueOrDefault(s.SessionId))).ToList();

        var activity = new ActivityFigures(
            sessions.Count,
            sessions.Select(s => s.UserEmail ?? s.ParticipantId ?? s.SessionId).Distinct(StringComparer.Ordinal).Count(),
            Average(sessions.Select(s => (double?)s.DurationSeconds)),
            sessions.Count(s => s.MeetingBooked),
            sessions.Count(s => s.QualificationTier == thresholds.QualifiedTier));
        var business = new BusinessFigures(
            sessions.Count(s => s.LeadScore > thresholds.HotLeadScoreAbove),
            sessions.GroupBy(s => s.QualificationTier ?? "Unscored", StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal),
            Average(sessions.Select(s => (double?)s.LeadScore)),
            thresholds.HotLeadScoreAbove);
        var negative = sessions.Count(s => s.Sentiment == "negative");

        return new PeriodFigures(
            period, activity, Performance(joined, metrics), business, Opportunities(joined), Trends(joined), Drivers(joined, thresholds),
            await RisksAsync(period, sessions, joined, negative, cancellationToken).ConfigureAwait(false));
    }

    private static PerformanceFigures Performance(List<(SessionDocument Session, AnalysisDocument? Analysis)> joined, List<MetricsDocument> metrics)
    {
        var turns = metrics.SelectMany(m => m.Turns).ToList();
        var latencies = turns.Where(t => t.TotalLatencyMs is not null).Select(t => (double)t.TotalLatencyMs!.Value).Order().ToList();
        // Nearest-rank p95: the value at rank ceil(0.95 n) in ascending order.
        double? p95 = latencies.Count == 0 ? null : latencies[(int)Math.Ceiling(0.95 * latencies.Count) - 1];
        var costs = joined.Select(j => Number(At(j.Analysis?.PerformanceAnalysis, "cost", "total_usd"))).Where(v => v is not null).ToList();
        return new PerformanceFigures(
            latencies.Count, latencies.Count == 0 ? null : latencies.Average(), p95,
            turns.Sum(t => t.PromptTokens ?? 0), turns.Sum(t => t.CompletionTokens ?? 0), turns.Sum(t => t.TotalTokens ?? 0),
            costs.Count == 0 ? null : costs.Sum(v => v!.Value),
            Average(joined.Select(j => j.Session.EngagementScore)));
    }

    /// <summary>Each lead's best call (highest score, then latest), highest first, names in SQLite order (nulls first).</summary>
    private static List<Opportunity> Opportunities(List<(SessionDocument Session, AnalysisDocument? Analysis)> joined) =>
        joined.Where(j => j.Session.LeadScore > 0)
            .GroupBy(j => j.Session.UserEmail ?? j.Session.SessionId, StringComparer.Ordinal)
            .Select(g => g.OrderByDescending(j => j.Session.LeadScore).ThenByDescending(j => j.Session.StartTime, StringComparer.Ordinal).First())
            .OrderByDescending(j => j.Session.LeadScore).ThenBy(j => j.Session.UserName, StringComparer.Ordinal)
            .Take(TopOpportunityCount)
            .Select(j => new Opportunity(
                j.Session.UserName, j.Session.LeadScore!.Value, j.Session.QualificationTier,
                Number(At(j.Analysis?.SalesIntelligence, "sizing", "team_size", "value")) is { } team ? (int)team : null,
                Text(First(At(j.Analysis?.SalesIntelligence, "product_fit", "integration_needs"), "value")),
                Text(At(j.Analysis?.ExecutiveSummary, "next_action", "action")),
                Text(At(j.Analysis?.ExecutiveSummary, "next_action", "timing"))))
            .ToList();

    /// <summary>Calls per industry, integration need and requested feature (each counted once per call).</summary>
    private static List<TrendCount> Trends(List<(SessionDocument Session, AnalysisDocument? Analysis)> joined)
    {
        var analyzed = joined.Where(j => j.Analysis is not null).Select(j => (j.Session.SessionId, Sales: j.Analysis!.SalesIntelligence)).ToList();
        IEnumerable<TrendCount> Count(string category, Func<JsonElement?, IEnumerable<string>> labels) =>
            analyzed.SelectMany(a => labels(a.Sales).Distinct(StringComparer.Ordinal).Select(label => (a.SessionId, label)))
                .GroupBy(x => x.label, StringComparer.Ordinal)
                .Select(g => new TrendCount(category, g.Key, g.Count()));

        return Count("industry", s => Text(At(s, "product_fit", "industry", "value")) is { } industry ? [industry] : [])
            .Concat(Count("integration", s => Items(At(s, "product_fit", "integration_needs")).Select(i => Text(At(i, "value"))).OfType<string>()))
            .Concat(Count("feature", s => Items(At(s, "product_fit", "feature_requests")).Select(f => Text(At(f, "value"))).OfType<string>()))
            .OrderBy(t => t.Category, StringComparer.Ordinal).ThenByDescending(t => t.Calls).ThenBy(t => t.Label, StringComparer.Ordinal)
            .ToList();
    }

    private static QualificationDrivers Drivers(List<(SessionDocument Session, AnalysisDocument? Analysis)> joined, ExecutiveThresholds thresholds)
    {
        var integrations = thresholds.Tier1Integrations.Select(i => i.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        var qualified = joined.Where(j => j.Analysis is not null && j.Session.QualificationTier == thresholds.QualifiedTier).Select(j => j.Analysis!.SalesIntelligence).ToList();
        return new QualificationDrivers(
            qualified.Count,
            qualified.Count(s => Items(At(s, "product_fit", "integration_needs")).Any(i => Text(At(i, "value")) is { } v && integrations.Contains(v.ToLowerInvariant()))),
            qualified.Count(s => Number(At(s, "sizing", "team_size", "value")) >= thresholds.Tier1MinTeamSize),
            qualified.Count(s => Number(At(s, "sizing", "monthly_volume", "value")) >= thresholds.Tier1MinMonthlyVolume),
            qualified.Count(s => At(s, "product_fit", "competitors") is { ValueKind: JsonValueKind.Array } list && list.GetArrayLength() > 0));
    }

    private async Task<RiskFigures> RisksAsync(
        ReportPeriod period, List<SessionDocument> sessions, List<(SessionDocument Session, AnalysisDocument? Analysis)> joined, int negative, CancellationToken cancellationToken)
    {
        var inPeriod = sessions.Select(s => s.SessionId).ToHashSet(StringComparer.Ordinal);
        var alerts = await AlertsAsync(period, inPeriod, cancellationToken).ConfigureAwait(false);
        // Alerts raised: a resolution row records that one closed, it is not another alert.
        var counted = alerts.Where(a => a.AlertType != AlertHistoryTypes.Resolution)
            .GroupBy(a => (a.AlertName, Critical: a.Severity.ToLowerInvariant() is "critical" or "p1"))
            .Select(g => (Name: g.Key.AlertName, g.Key.Critical, Count: g.Count()))
            .ToList();

        var searches = joined.Where(j => j.Analysis is not null)
            .SelectMany(j => Items(At(j.Analysis!.ContentGaps, "failed_queries")).Select(f => Text(At(f, "query"))).OfType<string>())
            .GroupBy(q => q.Trim(' ').ToLowerInvariant(), StringComparer.Ordinal)
            .Select(g => (Query: g.First().Trim(), Count: g.Count()))
            .OrderByDescending(s => s.Count).ThenBy(s => s.Query, StringComparer.Ordinal)
            .ToList();

        return new RiskFigures(
            counted.Sum(a => a.Count), counted.Where(a => a.Critical).Sum(a => a.Count),
            counted.GroupBy(a => a.Name).OrderByDescending(g => g.Sum(a => a.Count)).ThenBy(g => g.Key, StringComparer.Ordinal).Take(3).Select(g => g.Key).ToList(),
            negative, FailedSessions: null,
            searches.Sum(s => s.Count), searches.FirstOrDefault().Query, searches.FirstOrDefault().Count);
    }

    /// <summary>
    /// The period's alerts as the SQLite join counts them: an alert of a session in the warehouse follows the
    /// session's start; any other (no session, or a session the warehouse lacks) counts by when it fired.
    /// </summary>
    private async Task<List<AlertDocument>> AlertsAsync(ReportPeriod period, HashSet<string> inPeriod, CancellationToken cancellationToken)
    {
        var c = store.Containers;
        var (from, to) = (WarehouseTime.Format(period.Start), WarehouseTime.Format(period.End));
        var fired = await store.QueryAsync<AlertDocument>(c.AlertsHistory, CosmosOpsFigures.Window(CosmosAlertHistory.WindowSql, period.Start, period.End), null, cancellationToken).ConfigureAwait(false);
        var ofSessions = new List<AlertDocument>();
        foreach (var chunk in inPeriod.Order(StringComparer.Ordinal).Chunk(IdsPerQuery))
        {
            ofSessions.AddRange(await store.QueryAsync<AlertDocument>(c.AlertsHistory, new QueryDefinition(AlertsOfSessionsSql).WithParameter("@ids", chunk), null, cancellationToken).ConfigureAwait(false));
        }

        // Alerts that fired in the period for a session outside it count only if the warehouse does not have the session.
        var elsewhere = fired.Where(a => a.SessionId is { } id && !inPeriod.Contains(id)).Select(a => a.SessionId!).Distinct(StringComparer.Ordinal).ToList();
        var known = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in elsewhere.Chunk(IdsPerQuery))
        {
            var rows = await store.QueryAsync<SessionDocumentId>(c.Sessions, new QueryDefinition(SessionsByIdSql).WithParameter("@ids", chunk), null, cancellationToken).ConfigureAwait(false);
            known.UnionWith(rows.Select(r => r.SessionId));
        }

        return fired.Concat(ofSessions)
            .DistinctBy(a => a.AlertId)
            .Where(a => a.SessionId is { } id && inPeriod.Contains(id)
                || (a.SessionId is null || !known.Contains(a.SessionId)) && !(a.SessionId is { } s && inPeriod.Contains(s))
                   && string.CompareOrdinal(WarehouseTime.Format(a.TriggeredAt), from) >= 0 && string.CompareOrdinal(WarehouseTime.Format(a.TriggeredAt), to) < 0)
            .ToList();
    }

    private static JsonElement? First(JsonElement? array, string field) =>
        array is { ValueKind: JsonValueKind.Array } list && list.GetArrayLength() > 0 ? At(list[0], field) : null;

    private static double? Average(IEnumerable<double?> values)
    {
        var present = values.Where(v => v is not null).Select(v => v!.Value).ToList();
        return present.Count == 0 ? null : present.Average();
    }
}
