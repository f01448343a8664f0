using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using VoiceAnalytics.Core.Analysis;
using VoiceAnalytics.Core.Contracts.Parsing;
using VoiceAnalytics.Core.Pipeline;
using VoiceAnalytics.Core.Reports;
using VoiceAnalytics.Core.Sinks;
using VoiceAnalytics.Core.Storage.Sqlite;
using VoiceAnalytics.Core.Warehouse;
using VoiceAnalytics.Core.Warehouse.Sqlite;
using VoiceAnalytics.LocalHost.Cli;
using VoiceAnalytics.Tests.Support;

namespace VoiceAnalytics.Tests.Reports;

/// <summary>
/// A warehouse for report tests: the real schemas in a temp SQLite file, seeded either by the real warehouse sink
/// with the real analyzers' reports, or by direct INSERTs with chosen times and scores.
/// </summary>
public sealed class ReportsWarehouse : IDisposable
{
    private readonly TempFolder _folder = new();

    public ReportsWarehouse()
    {
        Database = new SqliteDatabase(
            Path.Combine(_folder.Path, "reports.db"),
            [new SessionTablesSchema(), new WarehouseSchema(), new DashboardRollupSchema(), new DeliveryTablesSchema(), new ReportDeliveriesSchema()]);
        Outbox = new SqliteOutbox(Database, Time);
        Deliveries = new SqliteReportDeliveryLog(Database, Time);
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 8, 18, 15, 0, 0, TimeSpan.Zero));

    public SqliteDatabase Database { get; }

    public SqliteOutbox Outbox { get; }

    public SqliteReportDeliveryLog Deliveries { get; }

    /// <summary>Runs every analyzer on a shared payload and delivers it to the warehouse, as the pipeline does.</summary>
    public async Task<SessionReport> DeliverAnalyzedAsync(string file, string sessionId, DateTimeOffset startTime, DateTimeOffset analyzedAt)
    {
        var parsed = PayloadParser.Parse(Payloads.SharedWithId(file, sessionId)).Payload!;
        var session = parsed with { StartTime = startTime, EndTime = startTime.AddSeconds(parsed.EffectiveDurationSeconds) };
        var report = AnalyzedSessions.Report(session, analyzedAt);
        await new WarehouseSink(new SqliteWarehouseWriter(Database), Time).DeliverAsync(session, report, CancellationToken.None);
        return report;
    }

    /// <summary>A session row with chosen facts (and an analysis_results row so JSON columns can be attached).</summary>
    public void InsertSession(
        string id, DateTimeOffset start, int durationSeconds = 120, string? email = null, string? name = null, int? leadScore = null,
        string? tier = null, double? engagement = 7, string sentiment = "neutral", bool meeting = false, DateTimeOffset? analyzedAt = null)
    {
        Execute(
            """
            INSERT INTO sessions (session_id, start_time, end_time, duration_seconds, user_email, user_name, turn_count, interruption_count,
                                  qualification_tier, lead_score, engagement_score, sentiment, meeting_booked, ended_at, created_at)
            VALUES ($id, $start, $end, $duration, $email, $name, 10, 0, $tier, $score, $engagement, $sentiment, $meeting, $end, $start);
            INSERT INTO analysis_results (session_id, analyzed_at, analyzer_version) VALUES ($id, $analyzed, 'test');
            """,
            ("$id", id), ("$start", Utc(start)), ("$end", Utc(start.AddSeconds(durationSeconds))), ("$duration", durationSeconds),
            ("$email", email), ("$name", name), ("$tier", tier), ("$score", leadScore), ("$engagement", engagement),
            ("$sentiment", sentiment), ("$meeting", meeting ? 1 : 0), ("$analyzed", Utc(analyzedAt ?? start.AddMinutes(5))));
    }

    /// <summary>Sets one JSON column of the session's analysis_results row as the app stores it (a zstd frame).</summary>
    public void SetAnalysis(string id, string column, string json) =>
        Execute($"UPDATE analysis_results SET {column} = $json WHERE session_id = $id;", ("$id", id), ("$json", CompressedText.Encode(json)));

    /// <summary>Sets one JSON column as TEXT, as rows written before part "size" of issue 13 hold it.</summary>
    public void SetAnalysisText(string id, string column, string json) =>
        Execute($"UPDATE analysis_results SET {column} = $json WHERE session_id = $id;", ("$id", id), ("$json", json));

    public void InsertLatency(string id, DateTimeOffset at, int totalMs, int promptTokens = 100, int completionTokens = 20) =>
        Execute(
            """
            INSERT INTO metrics (session_id, timestamp, metric_type, total_latency_ms, prompt_tokens, completion_tokens, total_tokens, created_at)
            VALUES ($id, $at, 'latency', $total, $prompt, $completion, $tokens, $at);
            """,
            ("$id", id), ("$at", Utc(at)), ("$total", totalMs), ("$prompt", promptTokens), ("$completion", completionTokens), ("$tokens", promptTokens + completionTokens));

    public void InsertAlert(string name, string severity, DateTimeOffset at, string? sessionId = null) =>
        Execute(
            "INSERT INTO alerts_history (alert_type, alert_name, severity, message, session_id, triggered_at) VALUES ('ops', $name, $severity, 'm', $session, $at);",
            ("$name", name), ("$severity", severity), ("$session", sessionId), ("$at", Utc(at)));

    public async Task<IReadOnlyList<OutboxEntry>> OutboxAsync(string sink) => await Outbox.ListAsync(sink, null, 100, CancellationToken.None);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }

    private void Execute(string sql, params (string Name, object? Value)[] parameters)
    {
        using var connection = Database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        command.ExecuteNonQuery();
    }

    private static string Utc(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);
}
