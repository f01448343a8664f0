using Microsoft.Data.Sqlite;
using VoiceAnalytics.Core.Alerts.History;
using VoiceAnalytics.Core.Reports.Executive;
using VoiceAnalytics.Core.Storage.Sqlite;

namespace VoiceAnalytics.Core.Warehouse.Sqlite;

/// <summary>
/// <see cref="IExecutiveFigures"/> with SQL: sessions by <c>start_time</c> (indexed), their metrics, analysis and
/// alerts joined by key. Thresholds are bound as parameters.
/// </summary>
public sealed class SqliteExecutiveFigures(SqliteDatabase database) : IExecutiveFigures
{
    private const int TopOpportunityCount = 5;

    private const string InPeriod = "s.start_time >= $from AND s.start_time < $to";

    internal const string TiersSql = $"SELECT COALESCE(qualification_tier, 'Unscored'), COUNT(*) FROM sessions s WHERE {InPeriod} GROUP BY 1 ORDER BY 1;";

    internal const string SessionsSql =
        $"""
        SELECT COUNT(*), COUNT(DISTINCT COALESCE(s.user_email, s.participant_id, s.session_id)), AVG(s.duration_seconds),
               COALESCE(SUM(s.meeting_booked), 0), COALESCE(SUM(s.qualification_tier = $qualified), 0),
               COALESCE(SUM(s.lead_score > $hot), 0), AVG(s.lead_score), COALESCE(SUM(s.sentiment = 'negative'), 0)
          FROM sessions s WHERE {InPeriod};
        """;

    internal const string LatencySql =
        $"""
        SELECT COUNT(m.total_latency_ms), AVG(m.total_latency_ms), COALESCE(SUM(m.prompt_tokens), 0),
               COALESCE(SUM(m.completion_tokens), 0), COALESCE(SUM(m.total_tokens), 0)
          FROM metrics m JOIN sessions s ON s.session_id = m.session_id WHERE {InPeriod};
        """;

    internal const string LatencyP95Sql =
        $"""
        SELECT m.total_latency_ms FROM metrics m JOIN sessions s ON s.session_id = m.session_id
         WHERE {InPeriod} AND m.total_latency_ms IS NOT NULL ORDER BY m.total_latency_ms LIMIT 1 OFFSET $offset;
        """;

    internal const string CostEngagementSql =
        $"""
        SELECT SUM(json_extract(va_json(a.performance_analysis), '$.cost.total_usd')), AVG(s.engagement_score)
          FROM sessions s LEFT JOIN analysis_results a ON a.session_id = s.session_id WHERE {InPeriod};
        """;

    internal const string OpportunitiesSql =
        $"""
        WITH best AS (
            SELECT s.user_name, s.lead_score, s.qualification_tier,
                   json_extract(va_json(a.sales_intelligence), '$.sizing.team_size.value') AS team_size,
                   json_extract(va_json(a.sales_intelligence), '$.product_fit.integration_needs[0].value') AS integration,
                   json_extract(va_json(a.executive_summary), '$.next_action.action') AS action,
                   json_extract(va_json(a.executive_summary), '$.next_action.timing') AS timing,
                   ROW_NUMBER() OVER (PARTITION BY COALESCE(s.user_email, s.session_id) ORDER BY s.lead_score DESC, s.start_time DESC) AS rank
              FROM sessions s LEFT JOIN analysis_results a ON a.session_id = s.session_id
             WHERE {InPeriod} AND s.lead_score > 0)
        SELECT user_name, lead_score, qualification_tier, team_size, integration, action, timing
          FROM best WHERE rank = 1 ORDER BY lead_score DESC, user_name LIMIT $top;
        """;

    internal const string TrendsSql =
        $"""
        SELECT 'industry', json_extract(va_json(a.sales_intelligence), '$.product_fit.industry.value') AS label, COUNT(*)
          FROM sessions s JOIN analysis_results a ON a.session_id = s.session_id
         WHERE {InPeriod} AND label IS NOT NULL GROUP BY label
        UNION ALL
        SELECT 'integration', json_extract(i.value, '$.value') AS label, COUNT(DISTINCT s.session_id)
          FROM sessions s JOIN analysis_results a ON a.session_id = s.session_id, json_each(va_json(a.sales_intelligence), '$.product_fit.integration_needs') i
         WHERE {InPeriod} AND label IS NOT NULL GROUP BY label
        UNION ALL
        SELECT 'feature', json_extract(f.value, '$.value') AS label, COUNT(DISTINCT s.session_id)
          FROM sessions s JOIN analysis_results a ON a.session_id = s.session_id, json_each(va_json(a.sales_intelligence), '$.product_fit.feature_requests') f
         WHERE {InPeriod} AND label IS NOT NULL GROUP BY label
        ORDER BY 1, 3 DESC, 2;
        """;

    // The unary + keeps the planner off idx_qualification_tier: that index holds a fifth of all sessions under one
    // key, while the period's range of idx_start_time is a few thousand rows.
    internal const string DriversSql =
        $"""
        SELECT COUNT(*),
               COALESCE(SUM(EXISTS (SELECT 1 FROM json_each(va_json(a.sales_intelligence), '$.product_fit.integration_needs') i
                                     WHERE lower(json_extract(i.value, '$.value')) IN (SELECT lower(value) FROM json_each($integrations)))), 0),
               COALESCE(SUM(json_extract(va_json(a.sales_intelligence), '$.sizing.team_size.value') >= $team), 0),
               COALESCE(SUM(json_extract(va_json(a.sales_intelligence), '$.sizing.monthly_volume.value') >= $volume), 0),
               COALESCE(SUM(json_array_length(va_json(a.sales_intelligence), '$.product_fit.competitors') > 0), 0)
          FROM sessions s JOIN analysis_results a ON a.session_id = s.session_id
         WHERE {InPeriod} AND +s.qualification_tier = $qualified;
        """;

    // Two index ranges instead of one OR over a LEFT JOIN (which scanned every alert): alerts of the period's
    // sessions (by start_time, then alerts_history.session_id), and alerts triggered in the period that belong to
    // no warehouse session (ops alerts, or a session not written yet).
    // Alerts raised: a resolution row records that one closed, it is not another alert.
    internal const string AlertsSql =
        $"""
        SELECT alert_name, lower(severity) IN ('critical', 'p1') AS critical, COUNT(*)
          FROM (SELECT h.alert_name, h.severity, h.alert_type
                  FROM sessions s JOIN alerts_history h ON h.session_id = s.session_id
                 WHERE {InPeriod}
                UNION ALL
                SELECT h.alert_name, h.severity, h.alert_type
                  FROM alerts_history h
                 WHERE h.triggered_at >= $from AND h.triggered_at < $to
                   AND NOT EXISTS (SELECT 1 FROM sessions s WHERE s.session_id = h.session_id))
         WHERE alert_type <> '{AlertHistoryTypes.Resolution}'
         GROUP BY 1, 2 ORDER BY 3 DESC, 1;
        """;

    internal const string SearchesSql =
        $"""
        SELECT json_extract(f.value, '$.query') AS query, COUNT(*)
          FROM sessions s JOIN analysis_results a ON a.session_id = s.session_id, json_each(va_json(a.content_gaps), '$.failed_queries') f
         WHERE {InPeriod} AND query IS NOT NULL GROUP BY lower(trim(query)) ORDER BY 2 DESC, 1;
        """;

    public async Task<PeriodFigures> ReadAsync(ReportPeriod period, ExecutiveThresholds thresholds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(thresholds);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var q = new Query(connection, period, thresholds, cancellationToken);

        var (activity, business, negative) = await ReadSessionsAsync(q, thresholds).ConfigureAwait(false);
        var performance = await ReadPerformanceAsync(q).ConfigureAwait(false);
        var tiers = await q.RowsAsync(TiersSql, r => (Tier: r.GetString(0), Count: r.GetInt32(1))).ConfigureAwait(false);
        var opportunities = await ReadOpportunitiesAsync(q).ConfigureAwait(false);
        var trends = await ReadTrendsAsync(q).ConfigureAwait(false);
        var drivers = (await ReadDriversAsync(q).ConfigureAwait(false))[0];
        var risks = await ReadRisksAsync(q, negative).ConfigureAwait(false);

        return new PeriodFigures(
            period, activity, performance, business with { Tiers = tiers.ToDictionary(t => t.Tier, t => t.Count, StringComparer.Ordinal) },
            opportunities, trends, drivers, risks);
    }

    private static async Task<(ActivityFigures, BusinessFigures, int Negative)> ReadSessionsAsync(Query q, ExecutiveThresholds thresholds)
    {
        var row = await q.RowsAsync(
            SessionsSql,
            r => (Activity: new ActivityFigures(r.GetInt32(0), r.GetInt32(1), NullableDouble(r, 2), r.GetInt32(3), r.GetInt32(4)),
                  Business: new BusinessFigures(r.GetInt32(5), new Dictionary<string, int>(), NullableDouble(r, 6), thresholds.HotLeadScoreAbove),
                  Negative: r.GetInt32(7))).ConfigureAwait(false);
        return (row[0].Activity, row[0].Business, row[0].Negative);
    }

    private static async Task<PerformanceFigures> ReadPerformanceAsync(Query q)
    {
        var latency = (await q.RowsAsync(
            LatencySql,
            r => (Turns: r.GetInt32(0), Average: NullableDouble(r, 1), Prompt: r.GetInt64(2), Completion: r.GetInt64(3), Total: r.GetInt64(4))).ConfigureAwait(false))[0];

        // Nearest-rank p95: the value at rank ceil(0.95 n) in ascending order.
        double? p95 = null;
        if (latency.Turns > 0)
        {
            var offset = (int)Math.Ceiling(0.95 * latency.Turns) - 1;
            p95 = (await q.RowsAsync(
                LatencyP95Sql,
                r => r.GetDouble(0), ("$offset", offset)).ConfigureAwait(false)).FirstOrDefault();
        }

        var (cost, engagement) = (await q.RowsAsync(
            CostEngagementSql,
            r => (NullableDouble(r, 0), NullableDouble(r, 1))).ConfigureAwait(false))[0];

        return new PerformanceFigures(latency.Turns, latency.Average, p95, latency.Prompt, latency.Completion, latency.Total, cost, engagement);
    }

    private static Task<List<Opportunity>> ReadOpportunitiesAsync(Query q) => q.RowsAsync(
        OpportunitiesSql,
        r => new Opportunity(
            NullableString(r, 0), r.GetInt32(1), NullableString(r, 2), r.IsDBNull(3) ? null : r.GetInt32(3),
            NullableString(r, 4), NullableString(r, 5), NullableString(r, 6)),
        ("$top", TopOpportunityCount));

    /// <summary>Calls per industry, integration need and requested feature (each counted once per call).</summary>
    private static Task<List<TrendCount>> ReadTrendsAsync(Query q) => q.RowsAsync(
        TrendsSql,
        r => new TrendCount(r.GetString(0), r.GetString(1), r.GetInt32(2)));

    private static Task<List<QualificationDrivers>> ReadDriversAsync(Query q) => q.RowsAsync(
        DriversSql,
        r => new QualificationDrivers(r.GetInt32(0), r.GetInt32(1), r.GetInt32(2), r.GetInt32(3), r.GetInt32(4)));

    private static async Task<RiskFigures> ReadRisksAsync(Query q, int negative)
    {
        // Alerts raised: a resolution row records that one closed, it is not another alert.
        var alerts = await q.RowsAsync(
            AlertsSql,
            r => (Name: r.GetString(0), Critical: r.GetBoolean(1), Count: r.GetInt32(2))).ConfigureAwait(false);

        var searches = await q.RowsAsync(
            SearchesSql,
            r => (Query: r.GetString(0).Trim(), Count: r.GetInt32(1))).ConfigureAwait(false);

        return new RiskFigures(
            alerts.Sum(a => a.Count), alerts.Where(a => a.Critical).Sum(a => a.Count),
            alerts.GroupBy(a => a.Name).OrderByDescending(g => g.Sum(a => a.Count)).ThenBy(g => g.Key, StringComparer.Ordinal).Take(3).Select(g => g.Key).ToList(),
            negative, FailedSessions: null,
            searches.Sum(s => s.Count), searches.FirstOrDefault().Query, searches.FirstOrDefault().Count);
    }

    private static double? NullableDouble(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetDouble(ordinal);

    private static string? NullableString(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    /// <summary>Runs a query bound to the period's UTC bounds and the thresholds, and maps every row.</summary>
    private sealed class Query(SqliteConnection connection, ReportPeriod period, ExecutiveThresholds thresholds, CancellationToken cancellationToken)
    {
        public async Task<List<T>> RowsAsync<T>(string sql, Func<SqliteDataReader, T> map, params (string Name, object Value)[] parameters)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.Parameters.AddWithValue("$from", WarehouseTime.Format(period.Start));
            command.Parameters.AddWithValue("$to", WarehouseTime.Format(period.End));
            // Every statement gets the thresholds; one that does not use a parameter ignores it.
            command.Parameters.AddWithValue("$qualified", thresholds.QualifiedTier);
            command.Parameters.AddWithValue("$hot", thresholds.HotLeadScoreAbove);
            command.Parameters.AddWithValue("$team", thresholds.Tier1MinTeamSize);
            command.Parameters.AddWithValue("$volume", thresholds.Tier1MinMonthlyVolume);
            command.Parameters.AddWithValue("$integrations", System.Text.Json.JsonSerializer.Serialize(thresholds.Tier1Integrations));
            foreach (var (name, value) in parameters)
            {
                command.Parameters.AddWithValue(name, value);
            }

            var rows = new List<T>();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                rows.Add(map(reader));
            }

            return rows;
        }
    }
}
