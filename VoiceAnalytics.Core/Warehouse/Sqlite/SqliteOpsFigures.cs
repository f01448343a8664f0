using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using VoiceAnalytics.Core.Storage.Sqlite;

namespace VoiceAnalytics.Core.Warehouse.Sqlite;

/// <summary>
/// <see cref="IOpsFigures"/> on the warehouse tables. Windows compare the warehouse's UTC text timestamps; a
/// session's time is <c>ended_at</c> (indexed), a turn's its <c>timestamp</c> (indexed).
/// </summary>
public sealed class SqliteOpsFigures(SqliteDatabase database) : IOpsFigures
{
    internal const string LatestSessionStartSql = "SELECT MAX(start_time) FROM sessions;";

    internal const string SessionOutcomesSql =
        """
        SELECT session_id, close_reason, failed_tools, packet_loss_percent, jitter_ms
        FROM sessions WHERE ended_at >= $from AND ended_at < $to ORDER BY session_id;
        """;

    internal const string LatencySql =
        """
        SELECT COUNT(total_latency_ms), AVG(total_latency_ms), AVG(eou_delay_ms), AVG(llm_ttft_ms), AVG(tts_ttfb_ms)
        FROM metrics WHERE timestamp >= $from AND timestamp < $to AND total_latency_ms IS NOT NULL;
        """;

    internal const string TokensSql =
        "SELECT COALESCE(SUM(COALESCE(prompt_tokens, 0) + COALESCE(completion_tokens, 0)), 0) FROM metrics WHERE timestamp >= $from AND timestamp < $to;";

    // MATERIALIZED: one va_json (one decompression) per session instead of one per expression reading it.
    internal const string CostSql =
        """
        WITH w AS MATERIALIZED (
            SELECT va_json(a.performance_analysis) AS performance, c.cost_usd AS analysis_usd
              FROM sessions s JOIN analysis_results a ON a.session_id = s.session_id
              LEFT JOIN analysis_llm_costs c ON c.session_id = s.session_id
             WHERE s.ended_at >= $from AND s.ended_at < $to)
        SELECT COUNT(*),
               COALESCE(SUM(json_extract(performance, '$.cost.total_usd')), 0),
               COALESCE(SUM(json_extract(performance, '$.cost.llm_usd')), 0),
               COALESCE(SUM(json_extract(performance, '$.cost.stt_usd')), 0),
               COALESCE(SUM(json_extract(performance, '$.cost.tts_usd')), 0),
               COALESCE(SUM(analysis_usd), 0)
          FROM w WHERE json_valid(performance);
        """;

    public async Task<DateTimeOffset?> LatestSessionStartAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return Parse(await ScalarAsync(connection, LatestSessionStartSql, [], cancellationToken).ConfigureAwait(false));
    }

    /// <summary><c>failed_tools</c> is a JSON array of names, NULL when none failed (or not recorded).</summary>
    public async Task<IReadOnlyList<SessionOutcome>> SessionOutcomesAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command(SessionOutcomesSql, Window(from, to));
        var sessions = new List<SessionOutcome>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            sessions.Add(new SessionOutcome(
                reader.GetString(0),
                reader.IsDBNull(1) ? null : reader.GetString(1),
                reader.IsDBNull(2) ? [] : JsonSerializer.Deserialize<List<string>>(reader.GetString(2)) ?? [],
                Nullable(reader, 3),
                Nullable(reader, 4)));
        }

        return sessions;
    }

    public async Task<LatencyFigures> LatencyAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command(LatencySql, Window(from, to));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        return new LatencyFigures(reader.GetInt32(0), Nullable(reader, 1), Nullable(reader, 2), Nullable(reader, 3), Nullable(reader, 4));
    }

    public async Task<long> TokensAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var sum = await ScalarAsync(
            connection,
            TokensSql,
            Window(from, to),
            cancellationToken).ConfigureAwait(false);
        return Convert.ToInt64(sum, CultureInfo.InvariantCulture);
    }

    /// <summary>From <c>analysis_results.performance_analysis</c> (<c>cost.*_usd</c>) plus <c>analysis_llm_costs</c>.</summary>
    public async Task<CostFigures> CostAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command(CostSql, Window(from, to));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        var analysisLlm = reader.GetDouble(5);
        return new CostFigures(reader.GetInt32(0), reader.GetDouble(1) + analysisLlm, reader.GetDouble(2), reader.GetDouble(3), reader.GetDouble(4), analysisLlm);
    }

    private static (string, object?)[] Window(DateTimeOffset from, DateTimeOffset to) =>
        [("$from", WarehouseTime.Format(from)), ("$to", WarehouseTime.Format(to))];

    private static double? Nullable(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetDouble(ordinal);

    private static DateTimeOffset? Parse(object? value) =>
        value is string text ? DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal) : null;

    private static async Task<object?> ScalarAsync(SqliteConnection connection, string sql, (string, object?)[] parameters, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(sql, parameters);
        var value = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        return value is DBNull ? null : value;
    }
}
