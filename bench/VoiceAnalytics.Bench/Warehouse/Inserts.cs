using Microsoft.Data.Sqlite;
using VoiceAnalytics.Core.Warehouse;

namespace VoiceAnalytics.Bench.Warehouse;

/// <summary>The generator's prepared INSERTs, re-bound per row and run in the current transaction.</summary>
internal sealed class Inserts : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _session;
    private readonly SqliteCommand _metric;
    private readonly SqliteCommand _analysis;
    private readonly SqliteCommand _llmCost;
    private readonly SqliteCommand _intake;
    private readonly SqliteCommand _alert;
    private readonly List<SqliteCommand> _enlisted = [];
    private SqliteTransaction? _transaction;

    public Inserts(SqliteConnection connection)
    {
        _connection = connection;
        _session = Prepare("""
            INSERT INTO sessions (session_id, start_time, end_time, duration_seconds, participant_id, user_email, user_name, turn_count,
                                  interruption_count, qualification_tier, lead_score, engagement_score, sentiment, meeting_booked,
                                  industry, agent_version, ended_at, created_at, close_reason, failed_tools, packet_loss_percent, jitter_ms)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $3, $17, $18, $19, $20, $21);
            """, 21);
        _metric = Prepare("""
            INSERT INTO metrics (session_id, timestamp, metric_type, eou_delay_ms, llm_ttft_ms, tts_ttfb_ms, total_latency_ms,
                                 prompt_tokens, completion_tokens, total_tokens, created_at)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $8 + $9, $10);
            """, 10);
        var columns = AnalysisRow.Columns;
        _analysis = Prepare($"""
            INSERT INTO analysis_results (session_id, {string.Join(", ", columns)}, analyzed_at, analyzer_version)
            VALUES ($1, {string.Join(", ", columns.Select((_, i) => $"${i + 2}"))}, ${columns.Count + 2}, ${columns.Count + 3});
            """, columns.Count + 3);
        _llmCost = Prepare("""
            INSERT INTO analysis_llm_costs (session_id, deployment, prompt_tokens, completion_tokens, cost_usd, analyzed_at)
            VALUES ($1, 'gpt-4o-mini', $2, $3, $4, $5);
            """, 5);
        _intake = Prepare("""
            INSERT INTO ingested_sessions (session_id, body_sha256, state, failure_reason, received_at, updated_at)
            VALUES ($1, $1, $2, $3, $4, $5);
            """, 5);
        _alert = Prepare("""
            INSERT INTO alerts_history (alert_type, alert_name, severity, message, context, session_id, triggered_at, sent_to, resolved_at)
            VALUES ($1, $2, $3, 'generated', $4, $5, $6, 'slack:#ops', $7) RETURNING id;
            """, 7);
    }

    /// <summary>Other prepared commands to run in the same transactions.</summary>
    public void Enlist(IEnumerable<SqliteCommand> commands) => _enlisted.AddRange(commands);

    public void Begin()
    {
        _transaction = _connection.BeginTransaction();
        foreach (var command in new[] { _session, _metric, _analysis, _llmCost, _intake, _alert }.Concat(_enlisted))
        {
            command.Transaction = _transaction;
        }
    }

    public void Commit()
    {
        _transaction?.Commit();
        _transaction?.Dispose();
        _transaction = null;
    }

    public void Session(
        string id, string start, string end, long duration, string participant, string? email, string? name, int turns, int interruptions,
        string? tier, int? score, double engagement, string sentiment, bool meeting, string? industry, string agent, string createdAt,
        string closeReason, string? failedTools, double packetLoss, double jitter) =>
        Run(_session, id, start, end, duration, participant, email, name, turns, interruptions, tier, score, engagement, sentiment, meeting ? 1 : 0, industry, agent, createdAt,
            closeReason, failedTools, packetLoss, jitter);

    public void Metric(string id, string timestamp, string type, long? eou, long? ttft, long? ttfb, long? total, long prompt, long completion, string createdAt) =>
        Run(_metric, id, timestamp, type, eou, ttft, ttfb, total, prompt, completion, createdAt);

    public void Analysis(string id, byte[]?[] columns, string analyzedAt, string version) =>
        Run(_analysis, [id, .. columns, analyzedAt, version]);

    public void LlmCost(string id, long prompt, long completion, double cost, string analyzedAt) =>
        Run(_llmCost, id, prompt, completion, cost, analyzedAt);

    public void Intake(string id, bool failed, string receivedAt, string updatedAt) =>
        // No body row: the intake status rows are read by time and state, and the bodies live in ingested_bodies.
        Run(_intake, id, failed ? "failed" : "analyzed", failed ? "analyzer threw" : null, receivedAt, updatedAt);

    public long Alert(string type, string name, string severity, string? sessionId, string triggeredAt, string? resolvedAt, string? context = null)
    {
        Bind(_alert, type, name, severity, context, sessionId, triggeredAt, resolvedAt);
        return (long)_alert.ExecuteScalar()!;
    }

    public void Dispose()
    {
        Commit();
        foreach (var command in new[] { _session, _metric, _analysis, _llmCost, _intake, _alert })
        {
            command.Dispose();
        }
    }

    private SqliteCommand Prepare(string sql, int parameters)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        for (var i = 1; i <= parameters; i++)
        {
            command.Parameters.Add(new SqliteParameter($"${i}", null));
        }

        return command;
    }

    private static void Run(SqliteCommand command, params object?[] values)
    {
        Bind(command, values);
        command.ExecuteNonQuery();
    }

    private static void Bind(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
    }
}
