using System.Text.Json;
using Microsoft.Data.Sqlite;
using VoiceAnalytics.Core.Storage.Sqlite;

namespace VoiceAnalytics.Core.Warehouse.Sqlite;

/// <summary>
/// Reads the embedded warehouse back as <see cref="WarehouseRecord"/>s, a page of sessions at a time in session-id
/// order (keyset paging on the primary key, so each page is an index range), for a backfill into another adapter.
/// A session's lead row is its lead's merged profile, so writing the records in any order rebuilds the same lead.
/// </summary>
public sealed class SqliteWarehouseExport(SqliteDatabase database)
{
    public async Task<IReadOnlyList<WarehouseRecord>> ReadPageAsync(string? afterSessionId, int max, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var sessions = await RowsAsync(
            connection,
            """
            SELECT session_id, start_time, end_time, duration_seconds, participant_id, user_email, user_name, turn_count,
                   interruption_count, qualification_tier, lead_score, engagement_score, sentiment, meeting_booked, industry,
                   agent_version, created_at, close_reason, failed_tools, packet_loss_percent, jitter_ms
              FROM sessions WHERE ($after IS NULL OR session_id > $after) ORDER BY session_id LIMIT $max;
            """,
            r => new SessionRow
            {
                SessionId = r.GetString(0),
                StartTime = WarehouseTime.Parse(r.GetString(1)),
                EndTime = Text(r, 2) is { } end ? WarehouseTime.Parse(end) : null,
                DurationSeconds = r.IsDBNull(3) ? 0 : r.GetInt64(3),
                ParticipantId = Text(r, 4),
                UserEmail = Text(r, 5),
                UserName = Text(r, 6),
                TurnCount = r.IsDBNull(7) ? 0 : r.GetInt32(7),
                InterruptionCount = r.IsDBNull(8) ? 0 : r.GetInt32(8),
                QualificationTier = Text(r, 9),
                LeadScore = r.IsDBNull(10) ? null : r.GetInt32(10),
                EngagementScore = r.IsDBNull(11) ? null : r.GetDouble(11),
                Sentiment = Text(r, 12),
                MeetingBooked = !r.IsDBNull(13) && r.GetInt64(13) != 0,
                Industry = Text(r, 14),
                AgentVersion = Text(r, 15),
                CreatedAt = WarehouseTime.Parse(r.GetString(16)),
                CloseReason = Text(r, 17),
                FailedTools = Text(r, 18) is { } failed ? JsonSerializer.Deserialize<List<string>>(failed) ?? [] : [],
                PacketLossPercent = r.IsDBNull(19) ? null : r.GetDouble(19),
                JitterMs = r.IsDBNull(20) ? null : r.GetDouble(20),
            },
            cancellationToken,
            ("$after", afterSessionId), ("$max", max)).ConfigureAwait(false);

        var records = new List<WarehouseRecord>(sessions.Count);
        foreach (var session in sessions)
        {
            records.Add(await ReadRestAsync(connection, session, cancellationToken).ConfigureAwait(false));
        }

        return records;
    }

    private static async Task<WarehouseRecord> ReadRestAsync(SqliteConnection connection, SessionRow session, CancellationToken cancellationToken)
    {
        var id = session.SessionId;
        var transcript = (await RowsAsync(
            connection, "SELECT transcript_json, transcript_text, word_count, created_at FROM transcripts WHERE session_id = $id;",
            r => new TranscriptRow { SessionId = id, TranscriptJson = CompressedText.Decode(r.GetValue(0))!, TranscriptText = r.GetString(1), WordCount = r.GetInt32(2), CreatedAt = WarehouseTime.Parse(r.GetString(3)) },
            cancellationToken, ("$id", id)).ConfigureAwait(false)).FirstOrDefault()
            ?? new TranscriptRow { SessionId = id, TranscriptJson = "{}", TranscriptText = "", CreatedAt = session.CreatedAt };
        var metrics = await RowsAsync(
            connection,
            """
            SELECT timestamp, metric_type, eou_delay_ms, llm_ttft_ms, tts_ttfb_ms, total_latency_ms, prompt_tokens, completion_tokens,
                   total_tokens, stt_duration_ms, created_at
              FROM metrics WHERE session_id = $id ORDER BY id;
            """,
            r => new MetricRow
            {
                SessionId = id, Timestamp = WarehouseTime.Parse(r.GetString(0)), MetricType = r.GetString(1), EouDelayMs = Long(r, 2), LlmTtftMs = Long(r, 3),
                TtsTtfbMs = Long(r, 4), TotalLatencyMs = Long(r, 5), PromptTokens = Long(r, 6), CompletionTokens = Long(r, 7), TotalTokens = Long(r, 8),
                SttDurationMs = Long(r, 9), CreatedAt = WarehouseTime.Parse(r.GetString(10)),
            },
            cancellationToken, ("$id", id)).ConfigureAwait(false);
        var analysis = (await RowsAsync(
            connection,
            $"SELECT {string.Join(", ", AnalysisRow.Columns)}, analyzed_at, analyzer_version FROM analysis_results WHERE session_id = $id;",
            r =>
            {
                var results = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
                for (var i = 0; i < AnalysisRow.Columns.Count; i++)
                {
                    if (CompressedText.Decode(r.GetValue(i)) is { } json)
                    {
                        using var document = JsonDocument.Parse(json);
                        results[AnalysisRow.Columns[i]] = document.RootElement.Clone();
                    }
                }

                var at = AnalysisRow.Columns.Count;
                return new AnalysisRow { SessionId = id, Results = results, AnalyzedAt = WarehouseTime.Parse(r.GetString(at)), AnalyzerVersion = r.GetString(at + 1) };
            },
            cancellationToken, ("$id", id)).ConfigureAwait(false)).FirstOrDefault()
            ?? new AnalysisRow { SessionId = id, Results = new Dictionary<string, JsonElement>(), AnalyzedAt = session.CreatedAt, AnalyzerVersion = "" };
        var cost = (await RowsAsync(
            connection, "SELECT deployment, prompt_tokens, completion_tokens, cost_usd, analyzed_at FROM analysis_llm_costs WHERE session_id = $id;",
            r => new LlmCostRow { SessionId = id, Deployment = Text(r, 0), PromptTokens = r.GetInt64(1), CompletionTokens = r.GetInt64(2), CostUsd = r.GetDouble(3), AnalyzedAt = WarehouseTime.Parse(r.GetString(4)) },
            cancellationToken, ("$id", id)).ConfigureAwait(false)).FirstOrDefault();
        var lead = session.UserEmail is not { } email ? null : (await RowsAsync(
            connection,
            """
            SELECT name, team_size, monthly_volume, integration_needs, industry, location, use_case, current_tool, pain_points,
                   decision_timeline, budget_authority, urgency, qualification_tier, lead_score
              FROM leads WHERE email = $email;
            """,
            r => new LeadRow
            {
                Email = email, Name = Text(r, 0), LatestSessionId = id, CallStartTime = session.StartTime, TeamSize = Int(r, 1), MonthlyVolume = Int(r, 2),
                IntegrationNeeds = List(r, 3), Industry = Text(r, 4), Location = Text(r, 5), UseCase = List(r, 6), CurrentTool = Text(r, 7),
                PainPoints = List(r, 8), DecisionTimeline = Text(r, 9), BudgetAuthority = Text(r, 10), Urgency = Text(r, 11),
                QualificationTier = Text(r, 12), LeadScore = Int(r, 13),
            },
            cancellationToken, ("$email", email)).ConfigureAwait(false)).FirstOrDefault();
        return new WarehouseRecord(session, transcript, metrics, analysis, cost, lead);
    }

    private static async Task<List<T>> RowsAsync<T>(
        SqliteConnection connection, string sql, Func<SqliteDataReader, T> map, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = connection.Command(sql, parameters);
        var rows = new List<T>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(map(reader));
        }

        return rows;
    }

    private static string? Text(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static long? Long(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetInt64(i);

    private static int? Int(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetInt32(i);

    private static IReadOnlyList<string>? List(SqliteDataReader r, int i) => Text(r, i) is { } json ? JsonSerializer.Deserialize<List<string>>(json) : null;
}
