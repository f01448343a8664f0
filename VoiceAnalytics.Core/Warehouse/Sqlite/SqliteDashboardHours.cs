using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using VoiceAnalytics.Core.Storage.Sqlite;
using VoiceAnalytics.Core.Warehouse.Dashboard;

namespace VoiceAnalytics.Core.Warehouse.Sqlite;

/// <summary>
/// <see cref="IDashboardHours"/> on the rollups (<see cref="DashboardRollupSchema"/>): a range of the hour key, the
/// other filters checked on the rollup rows in it (a few hundred per hour at most, whatever the sessions' number).
/// Window sums (<see cref="TotalsAsync"/>, the filter choices) read whole UTC days from the day table instead.
/// </summary>
public sealed class SqliteDashboardHours(SqliteDatabase database) : IDashboardHours
{
    private const string Filtered = $"hour >= $first AND hour < $end {RollupWindow.Filters}";

    // Before HoursSql: static fields initialize in order.
    private static readonly ConcurrentDictionary<string, (string Sql, int[] Positions)> HoursStatements = new(StringComparer.Ordinal);

    private static readonly ConcurrentDictionary<string, (string Sql, int[] Positions)> TotalsStatements = new(StringComparer.Ordinal);

    internal static readonly string HoursSql = HoursSqlFor(DashboardLayout.Histograms);

    /// <summary>The measures and the given histograms' bins: a 30-day window reads a fifth of the columns without the latency bins.</summary>
    internal static string HoursSqlFor(IReadOnlyList<DashboardHistogram> histograms) => Statement(histograms).Sql;

    private static (string Sql, int[] Positions) Statement(IReadOnlyList<DashboardHistogram> histograms) => HoursStatements.GetOrAdd(
        string.Join(',', histograms.Select(h => h.Name)),
        _ =>
        {
            int[] positions = [.. Enumerable.Range(0, Enum.GetValues<Measure>().Length), .. histograms.SelectMany(h => Enumerable.Range(h.Offset, h.Count))];
            return ($"SELECT hour, {string.Join(", ", positions.Select(i => $"SUM({DashboardLayout.Columns[i]})"))} FROM dashboard_hours WHERE {Filtered} GROUP BY hour ORDER BY hour;", positions);
        });

    /// <summary>The window's figures summed: its whole UTC days from <c>dashboard_days</c>, its edge hours from <c>dashboard_hours</c>.</summary>
    internal static string TotalsSqlFor(IReadOnlyList<DashboardHistogram> histograms) => TotalsStatement(histograms).Sql;

    private static (string Sql, int[] Positions) TotalsStatement(IReadOnlyList<DashboardHistogram> histograms) => TotalsStatements.GetOrAdd(
        string.Join(',', histograms.Select(h => h.Name)),
        _ =>
        {
            int[] positions = [.. Enumerable.Range(0, Enum.GetValues<Measure>().Length), .. histograms.SelectMany(h => Enumerable.Range(h.Offset, h.Count))];
            var columns = string.Join(", ", positions.Select(i => DashboardLayout.Columns[i]));
            return ($"""
                SELECT {string.Join(", ", positions.Select(i => $"SUM({DashboardLayout.Columns[i]})"))}
                  FROM ({DaysAndEdgeHours(columns)});
                """, positions);
        });

    /// <summary>The window's rows of the figures' rollup as days and edge hours (<see cref="RollupWindow"/>).</summary>
    private static string DaysAndEdgeHours(string columns) => RollupWindow.Rows(columns, "dashboard_hours", "dashboard_days", "");

    internal const string CostsSql = $"SELECT provider, SUM(usd) FROM dashboard_cost_hours WHERE {Filtered} GROUP BY provider ORDER BY 2 DESC, 1;";

    internal const string StartedSql = """
        SELECT COUNT(*) FROM sessions s
         WHERE s.start_time >= $from AND s.start_time < $to
           AND ($tier IS NULL OR s.qualification_tier = $tier)
           AND ($sentiment IS NULL OR s.sentiment = $sentiment)
           AND ($industry IS NULL OR s.industry = $industry)
           AND ($agent IS NULL OR s.agent_version = $agent);
        """;

    internal static readonly string IndustriesSql =
        $"SELECT industry, SUM(sessions) FROM ({DaysAndEdgeHours("industry, sessions")}) WHERE industry <> '' GROUP BY industry HAVING SUM(sessions) > 0 ORDER BY 2 DESC, 1;";

    internal static readonly string AgentVersionsSql =
        $"SELECT agent_version, SUM(sessions) FROM ({DaysAndEdgeHours("agent_version, sessions")}) WHERE agent_version <> '' GROUP BY agent_version HAVING SUM(sessions) > 0 ORDER BY 2 DESC, 1;";

    public async Task<IReadOnlyList<DashboardHour>> HoursAsync(DashboardFilter filter, IReadOnlyList<DashboardHistogram> histograms, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(histograms);
        var (sql, positions) = Statement(histograms);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command(sql, Parameters(filter));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var hours = new List<DashboardHour>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var values = new double[DashboardLayout.Width];
            for (var i = 0; i < positions.Length; i++)
            {
                values[positions[i]] = reader.GetDouble(i + 1);
            }

            var totals = new DashboardTotals(values);
            if (totals[Measure.Sessions] > 0)
            {
                hours.Add(new DashboardHour(DashboardHourWindow.Start(reader.GetString(0)), totals));
            }
        }

        return hours;
    }

    public async Task<DashboardTotals> TotalsAsync(DashboardFilter filter, IReadOnlyList<DashboardHistogram> histograms, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(histograms);
        var (sql, positions) = TotalsStatement(histograms);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command(sql, WindowParameters(filter.From, filter.To, filter));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var values = new double[DashboardLayout.Width];
        if (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            for (var i = 0; i < positions.Length; i++)
            {
                values[positions[i]] = reader.IsDBNull(i) ? 0 : reader.GetDouble(i);
            }
        }

        return new DashboardTotals(values);
    }

    public async Task<IReadOnlyList<ProviderUsd>> CostsAsync(DashboardFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var rows = await ReadAsync(CostsSql, Parameters(filter), r => new ProviderUsd(r.GetString(0), Math.Round(r.GetDouble(1), 6)), cancellationToken).ConfigureAwait(false);
        return [.. rows.Where(r => r.Usd != 0)];
    }

    public async Task<int> StartedAsync(DashboardFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        (string, object?)[] parameters =
        [
            ("$from", WarehouseTime.Format(filter.From)), ("$to", WarehouseTime.Format(filter.To)), ("$tier", filter.Tier),
            ("$sentiment", filter.Sentiment), ("$industry", filter.Industry), ("$agent", filter.AgentVersion),
        ];
        var rows = await ReadAsync(StartedSql, parameters, r => r.GetInt32(0), cancellationToken).ConfigureAwait(false);
        return rows[0];
    }

    public async Task<DashboardChoices> ChoicesAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var parameters = WindowParameters(from, to, new DashboardFilter(from, to));
        static ChoiceCount Map(SqliteDataReader r) => new(r.GetString(0), (long)r.GetDouble(1));
        return new DashboardChoices(
            await ReadAsync(IndustriesSql, parameters, Map, cancellationToken).ConfigureAwait(false),
            await ReadAsync(AgentVersionsSql, parameters, Map, cancellationToken).ConfigureAwait(false));
    }

    private async Task<List<T>> ReadAsync<T>(string sql, (string, object?)[] parameters, Func<SqliteDataReader, T> map, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command(sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(map(reader));
        }

        return rows;
    }

    private static (string, object?)[] WindowParameters(DateTimeOffset from, DateTimeOffset to, DashboardFilter filter)
    {
        var (first, end) = DashboardHourWindow.Of(from, to);
        return
        [
            .. RollupWindow.Of(first, end).Parameters, ("$tier", filter.Tier), ("$sentiment", filter.Sentiment), ("$industry", filter.Industry),
            ("$agent", filter.AgentVersion),
        ];
    }

    private static (string, object?)[] Parameters(DashboardFilter filter)
    {
        var (first, end) = DashboardHourWindow.Of(filter.From, filter.To);
        return
        [
            ("$first", first), ("$end", end), ("$tier", filter.Tier), ("$sentiment", filter.Sentiment),
            ("$industry", filter.Industry), ("$agent", filter.AgentVersion),
        ];
    }
}
