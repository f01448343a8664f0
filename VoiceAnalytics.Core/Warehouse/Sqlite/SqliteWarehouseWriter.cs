using System.Text.Json;
using Microsoft.Data.Sqlite;
using VoiceAnalytics.Core.Storage.Sqlite;

namespace VoiceAnalytics.Core.Warehouse.Sqlite;

/// <summary><see cref="IWarehouseWriter"/> on the embedded database: a session's rows in one transaction.</summary>
public sealed class SqliteWarehouseWriter(SqliteDatabase database) : IWarehouseWriter
{
    /// <summary>In one transaction: the session's <see cref="SqliteWriteBatch"/> when one is open, else its own.</summary>
    public Task WriteAsync(WarehouseRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        return database.WriteAsync(
            async (connection, transaction, ct) =>
            {
                await WriteRowsAsync(new Writer(connection, transaction, ct), record).ConfigureAwait(false);
                // The ranked lists' rollup, in the same transaction (DashboardItemsRollup).
                await DashboardItemsRollup.ReplaceAsync(connection, transaction, record, ct).ConfigureAwait(false);
            },
            cancellationToken);
    }

    private static async Task WriteRowsAsync(Writer writer, WarehouseRecord record)
    {
        await UpsertSessionAsync(writer, record.Session).ConfigureAwait(false);
        await UpsertTranscriptAsync(writer, record.Transcript).ConfigureAwait(false);
        await ReplaceMetricsAsync(writer, record.Session.SessionId, record.Metrics).ConfigureAwait(false);
        await UpsertAnalysisAsync(writer, record.Analysis).ConfigureAwait(false);
        if (record.LlmCost is { } cost)
        {
            await UpsertLlmCostAsync(writer, cost).ConfigureAwait(false);
        }

        if (record.Lead is { } lead)
        {
            await UpsertLeadAsync(writer, lead, record.Session.CreatedAt).ConfigureAwait(false);
        }

        await writer.RollUpAsync(record).ConfigureAwait(false);
    }

    private static Task UpsertSessionAsync(Writer writer, SessionRow row) => writer.ExecuteAsync(
        """
        INSERT INTO sessions (session_id, start_time, end_time, duration_seconds, participant_id, user_email, user_name,
                              turn_count, interruption_count, qualification_tier, lead_score, engagement_score, sentiment,
                              meeting_booked, industry, agent_version, ended_at, close_reason, failed_tools, packet_loss_percent,
                              jitter_ms, created_at)
        VALUES ($id, $start, $end, $duration, $participant, $email, $name, $turns, $interruptions, $tier, $score,
                $engagement, $sentiment, $meeting, $industry, $agent, $ended, $close, $failed, $loss, $jitter, $now)
        ON CONFLICT (session_id) DO UPDATE SET
            start_time = excluded.start_time, end_time = excluded.end_time, duration_seconds = excluded.duration_seconds,
            participant_id = excluded.participant_id, user_email = excluded.user_email, user_name = excluded.user_name,
            turn_count = excluded.turn_count, interruption_count = excluded.interruption_count,
            qualification_tier = excluded.qualification_tier, lead_score = excluded.lead_score,
            engagement_score = excluded.engagement_score, sentiment = excluded.sentiment,
            meeting_booked = excluded.meeting_booked, industry = excluded.industry, agent_version = excluded.agent_version,
            ended_at = excluded.ended_at, close_reason = excluded.close_reason, failed_tools = excluded.failed_tools,
            packet_loss_percent = excluded.packet_loss_percent, jitter_ms = excluded.jitter_ms;
        """,
        ("$id", row.SessionId),
        ("$start", Format(row.StartTime)),
        ("$end", row.EndTime is { } end ? Format(end) : null),
        ("$duration", row.DurationSeconds),
        ("$participant", row.ParticipantId),
        ("$email", row.UserEmail),
        ("$name", row.UserName),
        ("$turns", row.TurnCount),
        ("$interruptions", row.InterruptionCount),
        ("$tier", row.QualificationTier),
        ("$score", row.LeadScore),
        ("$engagement", row.EngagementScore),
        ("$sentiment", row.Sentiment),
        ("$meeting", row.MeetingBooked ? 1 : 0),
        ("$industry", row.Industry),
        ("$agent", row.AgentVersion),
        ("$ended", Format(row.EndedAt)),
        ("$close", row.CloseReason),
        ("$failed", JsonList(row.FailedTools)),
        ("$loss", row.PacketLossPercent),
        ("$jitter", row.JitterMs),
        ("$now", Format(row.CreatedAt)));

    // The FTS index follows by trigger (WarehouseSchema); transcript_json is stored compressed (CompressedText).
    private static Task UpsertTranscriptAsync(Writer writer, TranscriptRow row) => writer.ExecuteAsync(
        """
        INSERT INTO transcripts (session_id, transcript_json, transcript_text, word_count, created_at)
        VALUES ($id, $json, $text, $words, $now)
        ON CONFLICT (session_id) DO UPDATE SET
            transcript_json = excluded.transcript_json, transcript_text = excluded.transcript_text, word_count = excluded.word_count;
        """,
        ("$id", row.SessionId),
        ("$json", CompressedText.Encode(row.TranscriptJson)),
        ("$text", row.TranscriptText),
        ("$words", row.WordCount),
        ("$now", Format(row.CreatedAt)));

    private static async Task ReplaceMetricsAsync(Writer writer, string sessionId, IReadOnlyList<MetricRow> rows)
    {
        await writer.ExecuteAsync("DELETE FROM metrics WHERE session_id = $id;", ("$id", sessionId)).ConfigureAwait(false);
        foreach (var row in rows)
        {
            await writer.ExecuteAsync(
                """
                INSERT INTO metrics (session_id, timestamp, metric_type, eou_delay_ms, llm_ttft_ms, tts_ttfb_ms, total_latency_ms,
                                     prompt_tokens, completion_tokens, total_tokens, stt_duration_ms, created_at)
                VALUES ($id, $ts, $type, $eou, $ttft, $ttfb, $total, $prompt, $completion, $tokens, $stt, $now);
                """,
                ("$id", row.SessionId),
                ("$ts", Format(row.Timestamp)),
                ("$type", row.MetricType),
                ("$eou", row.EouDelayMs),
                ("$ttft", row.LlmTtftMs),
                ("$ttfb", row.TtsTtfbMs),
                ("$total", row.TotalLatencyMs),
                ("$prompt", row.PromptTokens),
                ("$completion", row.CompletionTokens),
                ("$tokens", row.TotalTokens),
                ("$stt", row.SttDurationMs),
                ("$now", Format(row.CreatedAt))).ConfigureAwait(false);
        }
    }

    private static Task UpsertAnalysisAsync(Writer writer, AnalysisRow row)
    {
        var columns = AnalysisRow.Columns;
        var values = new List<(string, object?)> { ("$id", row.SessionId), ("$at", Format(row.AnalyzedAt)), ("$version", row.AnalyzerVersion) };
        // Each result as a zstd frame with the JSON dictionary (CompressedText): SQL reads it through va_json().
        values.AddRange(columns.Select(c => ("$" + c, (object?)(row.Get(c) is { } result ? CompressedText.Encode(result.GetRawText()) : null))));
        var sql = $"""
            INSERT INTO analysis_results (session_id, {string.Join(", ", columns)}, analyzed_at, analyzer_version)
            VALUES ($id, {string.Join(", ", columns.Select(c => "$" + c))}, $at, $version)
            ON CONFLICT (session_id) DO UPDATE SET {string.Join(", ", columns.Select(c => $"{c} = excluded.{c}"))},
                analyzed_at = excluded.analyzed_at, analyzer_version = excluded.analyzer_version;
            """;
        return writer.ExecuteAsync(sql, [.. values]);
    }

    private static Task UpsertLlmCostAsync(Writer writer, LlmCostRow row) => writer.ExecuteAsync(
        """
        INSERT INTO analysis_llm_costs (session_id, deployment, prompt_tokens, completion_tokens, cost_usd, analyzed_at)
        VALUES ($id, $deployment, $prompt, $completion, $cost, $at)
        ON CONFLICT (session_id) DO UPDATE SET deployment = excluded.deployment, prompt_tokens = excluded.prompt_tokens,
            completion_tokens = excluded.completion_tokens, cost_usd = excluded.cost_usd, analyzed_at = excluded.analyzed_at;
        """,
        ("$id", row.SessionId),
        ("$deployment", row.Deployment),
        ("$prompt", row.PromptTokens),
        ("$completion", row.CompletionTokens),
        ("$cost", row.CostUsd),
        ("$at", Format(row.AnalyzedAt)));

    private static Task UpsertLeadAsync(Writer writer, LeadRow row, DateTimeOffset now)
    {
        (string Column, object? Value)[] profile =
        [
            ("team_size", row.TeamSize),
            ("monthly_volume", row.MonthlyVolume),
            ("integration_needs", JsonList(row.IntegrationNeeds)),
            ("industry", row.Industry),
            ("location", row.Location),
            ("use_case", JsonList(row.UseCase)),
            ("current_tool", row.CurrentTool),
            ("pain_points", JsonList(row.PainPoints)),
            ("decision_timeline", row.DecisionTimeline),
            ("budget_authority", row.BudgetAuthority),
            ("urgency", row.Urgency),
            ("qualification_tier", row.QualificationTier),
            ("lead_score", row.LeadScore),
        ];

        // Call counts and dates are derived from the sessions table, so a re-delivery cannot inflate them. Profile
        // fields (and the name) come from the latest call; what it did not mention keeps the value an earlier call
        // gave. An older call arriving later only fills what is still empty, so both arrival orders of two calls
        // give the same profile.
        var columns = profile.Select(p => p.Column).Prepend("name").ToList();
        var sql = $"""
            INSERT INTO leads (email, latest_session_id, {string.Join(", ", columns)},
                               first_call_date, last_call_date, total_calls, updated_at)
            SELECT $email, $id, {string.Join(", ", columns.Select(c => "$" + c))}, MIN(start_time), MAX(start_time), COUNT(*), $now
            FROM sessions WHERE user_email = $email
            ON CONFLICT (email) DO UPDATE SET
                latest_session_id = CASE WHEN excluded.last_call_date = $start THEN $id ELSE leads.latest_session_id END,
                {string.Join(",\n    ", columns.Select(c => $"{c} = CASE WHEN excluded.last_call_date = $start THEN COALESCE(${c}, leads.{c}) ELSE COALESCE(leads.{c}, ${c}) END"))},
                first_call_date = excluded.first_call_date, last_call_date = excluded.last_call_date,
                total_calls = excluded.total_calls, updated_at = excluded.updated_at;
            """;
        return writer.ExecuteAsync(
            sql,
            [
                ("$email", row.Email), ("$name", row.Name), ("$id", row.LatestSessionId), ("$start", Format(row.CallStartTime)), ("$now", Format(now)),
                .. profile.Select(p => ("$" + p.Column, p.Value)),
            ]);
    }

    /// <summary>A JSON array of the values, or null when there are none (so an earlier call's list is kept).</summary>
    private static string? JsonList(IReadOnlyList<string>? values) => values is { Count: > 0 } ? JsonSerializer.Serialize(values) : null;

    private static string Format(DateTimeOffset value) => WarehouseTime.Format(value);

    /// <summary>Runs parameterized statements inside the writer's transaction.</summary>
    private sealed class Writer(SqliteConnection connection, SqliteTransaction transaction, CancellationToken cancellationToken)
    {
        public async Task ExecuteAsync(string sql, params (string Name, object? Value)[] parameters)
        {
            await using var command = connection.Command(transaction, sql, parameters);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        /// <summary>The dashboard's rollups follow the session in the same transaction.</summary>
        public Task RollUpAsync(WarehouseRecord record) => SqliteDashboardRollups.WriteAsync(connection, transaction, record, cancellationToken);
    }
}
