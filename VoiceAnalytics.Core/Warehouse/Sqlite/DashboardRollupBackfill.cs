using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using VoiceAnalytics.Core.Storage.Sqlite;
using VoiceAnalytics.Core.Warehouse.Dashboard;

namespace VoiceAnalytics.Core.Warehouse.Sqlite;

/// <summary>
/// Builds the dashboard rollups of a warehouse written before them (or filled by hand, as the bench does): every
/// session without a facts row gets one from its stored rows, <paramref name="batchSize"/> sessions per transaction, so
/// a kill loses at most one batch and the next start carries on. Runs in the background after start
/// (<see cref="DashboardRollupBackfillService"/>) when the sessions outnumber the facts rows (two counts); a current
/// file costs nothing more. A live write meanwhile adds its own facts row, which the next batch then skips. Figures of turns already aged out of <c>metrics</c>
/// (Privacy:MetricsDays) are not in <c>metrics</c> any more and so not in a backfilled session's latency.
/// </summary>
/// <param name="enterWrite">Waits for this process's write turn before each batch (the host's hot writers queue there), so
/// intake and the pump wait one batch at most; null when nothing else writes (the bench).</param>
/// <param name="progress">Where the build reports its counts for the dashboard; null reports nowhere.</param>
internal sealed class DashboardRollupBackfill(
    SqliteConnection connection, ILogger logger, int batchSize = DashboardRollupBackfill.BatchSize, Func<IDisposable>? enterWrite = null, DashboardRollupProgress? progress = null)
{
    internal const int BatchSize = 500;

    internal const string NextBatchSql = """
        SELECT s.session_id, s.start_time, s.duration_seconds, s.turn_count, s.interruption_count, s.qualification_tier, s.lead_score,
               s.engagement_score, s.sentiment, s.meeting_booked, s.industry, s.agent_version, s.close_reason, s.failed_tools,
               s.packet_loss_percent, s.jitter_ms, va_json(a.quality_analysis), va_json(a.performance_analysis), c.cost_usd
          FROM sessions s
          LEFT JOIN analysis_results a ON a.session_id = s.session_id
          LEFT JOIN analysis_llm_costs c ON c.session_id = s.session_id
         WHERE s.session_id > $after AND NOT EXISTS (SELECT 1 FROM dashboard_session_facts f WHERE f.session_id = s.session_id)
         ORDER BY s.session_id LIMIT $n;
        """;

    internal const string TurnsSql = "SELECT total_latency_ms, prompt_tokens, completion_tokens, total_tokens FROM metrics WHERE session_id = $id;";

    private static readonly TimeSpan LogEvery = TimeSpan.FromSeconds(5);
    private const int LogAbove = 2_000;

    /// <returns>The sessions rolled up.</returns>
    public long Run(CancellationToken cancellationToken = default)
    {
        var left = Scalar("SELECT COUNT(*) FROM sessions;") - Scalar("SELECT COUNT(*) FROM dashboard_session_facts;");
        if (left <= 0)
        {
            return 0;
        }

        progress?.Report(DashboardRollupProgress.Figures, 0, left);

        var verbose = left > LogAbove;
        if (verbose)
        {
            DashboardRollupLog.Started(logger, left);
        }

        var started = Stopwatch.GetTimestamp();
        var lastLog = started;
        long done = 0;
        var after = "";
        while (!cancellationToken.IsCancellationRequested && Batch(ref after) is var count and > 0)
        {
            done += count;
            progress?.Report(DashboardRollupProgress.Figures, done, left);
            if (verbose && Stopwatch.GetElapsedTime(lastLog) >= LogEvery)
            {
                DashboardRollupLog.Progress(logger, done, left);
                lastLog = Stopwatch.GetTimestamp();
            }
        }

        if (verbose)
        {
            DashboardRollupLog.Finished(logger, done, Stopwatch.GetElapsedTime(started));
        }

        if (!cancellationToken.IsCancellationRequested)
        {
            progress?.Finish(DashboardRollupProgress.Figures, done, left);
        }

        return done;
    }

    private int Batch(ref string after)
    {
        using var turn = enterWrite?.Invoke();
        using var transaction = connection.BeginTransaction();
        var records = new List<WarehouseRecord>(batchSize);
        using (var command = connection.Command(transaction, NextBatchSql, ("$after", after), ("$n", batchSize)))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                records.Add(Record(reader));
            }
        }

        foreach (var record in records)
        {
            var withTurns = record with { Metrics = Turns(transaction, record.Session.SessionId) };
            // Microsoft.Data.Sqlite runs its async methods synchronously: this completes before it returns.
            SqliteDashboardRollups.WriteAsync(connection, transaction, withTurns, CancellationToken.None).GetAwaiter().GetResult();
        }

        transaction.Commit();
        if (records.Count > 0)
        {
            after = records[^1].Session.SessionId;
        }

        return records.Count;
    }

    private static WarehouseRecord Record(SqliteDataReader r)
    {
        var id = r.GetString(0);
        var start = WarehouseTime.Parse(r.GetString(1));
        var results = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        AddJson(results, "quality_analysis", r, 16);
        AddJson(results, "performance_analysis", r, 17);
        return new WarehouseRecord(
            new SessionRow
            {
                SessionId = id,
                StartTime = start,
                DurationSeconds = r.IsDBNull(2) ? 0 : r.GetInt64(2),
                TurnCount = r.IsDBNull(3) ? 0 : r.GetInt32(3),
                InterruptionCount = r.IsDBNull(4) ? 0 : r.GetInt32(4),
                QualificationTier = Text(r, 5),
                LeadScore = r.IsDBNull(6) ? null : r.GetInt32(6),
                EngagementScore = r.IsDBNull(7) ? null : r.GetDouble(7),
                Sentiment = Text(r, 8),
                MeetingBooked = !r.IsDBNull(9) && r.GetInt64(9) != 0,
                Industry = Text(r, 10),
                AgentVersion = Text(r, 11),
                CloseReason = Text(r, 12),
                FailedTools = Text(r, 13) is { } failed ? JsonSerializer.Deserialize<List<string>>(failed) ?? [] : [],
                PacketLossPercent = r.IsDBNull(14) ? null : r.GetDouble(14),
                JitterMs = r.IsDBNull(15) ? null : r.GetDouble(15),
                CreatedAt = start,
            },
            new TranscriptRow { SessionId = id, TranscriptJson = "{}", TranscriptText = "", CreatedAt = start },
            [],
            new AnalysisRow { SessionId = id, Results = results, AnalyzedAt = start, AnalyzerVersion = "" },
            r.IsDBNull(18) ? null : new LlmCostRow { SessionId = id, CostUsd = r.GetDouble(18), AnalyzedAt = start },
            null);
    }

    private List<MetricRow> Turns(SqliteTransaction transaction, string sessionId)
    {
        var turns = new List<MetricRow>();
        using var command = connection.Command(transaction, TurnsSql, ("$id", sessionId));
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            turns.Add(new MetricRow
            {
                SessionId = sessionId,
                Timestamp = default,
                CreatedAt = default,
                TotalLatencyMs = reader.IsDBNull(0) ? null : reader.GetInt64(0),
                PromptTokens = reader.IsDBNull(1) ? null : reader.GetInt64(1),
                CompletionTokens = reader.IsDBNull(2) ? null : reader.GetInt64(2),
                TotalTokens = reader.IsDBNull(3) ? null : reader.GetInt64(3),
            });
        }

        return turns;
    }

    private static void AddJson(Dictionary<string, JsonElement> results, string column, SqliteDataReader reader, int ordinal)
    {
        if (!reader.IsDBNull(ordinal))
        {
            try
            {
                using var document = JsonDocument.Parse(reader.GetString(ordinal));
                results[column] = document.RootElement.Clone();
            }
            catch (JsonException)
            {
                // A column that is not JSON adds nothing, as an analyzer that did not run.
            }
        }
    }

    private static string? Text(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private long Scalar(string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }
}
