using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using VoiceAnalytics.Core.Analysis.Llm;
using VoiceAnalytics.Core.Analysis.Performance;
using VoiceAnalytics.Core.Analysis.Quality;
using VoiceAnalytics.Core.Analysis.Sales;
using VoiceAnalytics.Core.Analysis.Sentiment;
using VoiceAnalytics.Core.Scoring;
using VoiceAnalytics.Core.Contracts;
using VoiceAnalytics.Core.Pipeline;
using VoiceAnalytics.Core.Storage.Sqlite;

namespace VoiceAnalytics.Core.Sinks.Warehouse;

/// <summary>
/// Writes a session to the warehouse tables in one transaction. Every write is an upsert on the spec's key
/// (metrics rows are replaced per session), so re-delivering a session leaves exactly one set of rows.
/// </summary>
public sealed class SqliteWarehouseSink : ISessionSink
{
    private readonly SqliteDatabase _database;
    private readonly TimeProvider _time;

    public SqliteWarehouseSink(SqliteDatabase database, TimeProvider time)
    {
        _database = database;
        _time = time;
    }

    public string Name => "warehouse";

    public bool IsSystemOfRecord => true;

    public async Task DeliverAsync(SessionPayload session, SessionReport report, CancellationToken cancellationToken)
    {
        var now = Format(_time.GetUtcNow());
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var writer = new Writer(connection, transaction, cancellationToken);

        await UpsertSessionAsync(writer, session, report, now).ConfigureAwait(false);
        await UpsertTranscriptAsync(writer, session, now).ConfigureAwait(false);
        await ReplaceMetricsAsync(writer, session, report.Get<PerformanceReport>(), now).ConfigureAwait(false);
        await UpsertAnalysisAsync(writer, report).ConfigureAwait(false);
        await UpsertLlmCostAsync(writer, report).ConfigureAwait(false);
        await UpsertLeadAsync(writer, session, report, now).ConfigureAwait(false);

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    private static Task UpsertSessionAsync(Writer writer, SessionPayload session, SessionReport report, string now)
    {
        var messages = session.Transcript.Messages.Where(m => m.IsUser || m.IsAssistant).ToList();
        var lead = report.Get<LeadScoreReport>();
        var quality = report.Get<ConversationQualityReport>();
        var meetingBooked = report.Get<SalesIntelligenceReport>()?.Deal.MeetingBooked ?? MeetingBooked(session);
        return writer.ExecuteAsync(
            """
            INSERT INTO sessions (session_id, start_time, end_time, duration_seconds, participant_id, user_email, user_name,
                                  turn_count, interruption_count, qualification_tier, lead_score, engagement_score, sentiment,
                                  meeting_booked, created_at)
            VALUES ($id, $start, $end, $duration, $participant, $email, $name, $turns, $interruptions, $tier, $score,
                    $engagement, $sentiment, $meeting, $now)
            ON CONFLICT (session_id) DO UPDATE SET
                start_time = excluded.start_time, end_time = excluded.end_time, duration_seconds = excluded.duration_seconds,
                participant_id = excluded.participant_id, user_email = excluded.user_email, user_name = excluded.user_name,
                turn_count = excluded.turn_count, interruption_count = excluded.interruption_count,
                qualification_tier = excluded.qualification_tier, lead_score = excluded.lead_score,
                engagement_score = excluded.engagement_score, sentiment = excluded.sentiment,
                meeting_booked = excluded.meeting_booked;
            """,
            ("$id", session.SessionId),
            ("$start", Format(session.StartTime)),
            ("$end", session.EndTime is { } end ? Format(end) : null),
            ("$duration", (long)Math.Round(session.EffectiveDurationSeconds)),
            ("$participant", session.ParticipantId),
            ("$email", LeadEmail.Normalize(session.UserEmail)),
            ("$name", session.UserName),
            ("$turns", messages.Count),
            ("$interruptions", quality?.Interruptions ?? messages.Count(m => m.IsAssistant && m.Interrupted)),
            ("$tier", lead?.QualificationTier),
            ("$score", lead?.Score),
            // The quality score (0-10) is the spec's engagement score: questions, listening, balance, sentiment, ending.
            ("$engagement", quality?.QualityScore),
            ("$sentiment", report.Get<SentimentReport>()?.Overall),
            ("$meeting", meetingBooked ? 1 : 0),
            ("$now", now));
    }

    private static async Task UpsertTranscriptAsync(Writer writer, SessionPayload session, string now)
    {
        var (text, words) = TranscriptFlattener.Flatten(session.Transcript);
        await writer.ExecuteAsync(
            """
            INSERT INTO transcripts (session_id, transcript_json, transcript_text, word_count, created_at)
            VALUES ($id, $json, $text, $words, $now)
            ON CONFLICT (session_id) DO UPDATE SET
                transcript_json = excluded.transcript_json, transcript_text = excluded.transcript_text, word_count = excluded.word_count;
            """,
            ("$id", session.SessionId),
            ("$json", JsonSerializer.Serialize(session.Transcript, PayloadJson.Options)),
            ("$text", text),
            ("$words", words),
            ("$now", now)).ConfigureAwait(false);
        await writer.ExecuteAsync("DELETE FROM transcripts_fts WHERE session_id = $id;", ("$id", session.SessionId)).ConfigureAwait(false);
        await writer.ExecuteAsync("INSERT INTO transcripts_fts (session_id, transcript_text) VALUES ($id, $text);", ("$id", session.SessionId), ("$text", text)).ConfigureAwait(false);
    }

    private static async Task ReplaceMetricsAsync(Writer writer, SessionPayload session, PerformanceReport? performance, string now)
    {
        await writer.ExecuteAsync("DELETE FROM metrics WHERE session_id = $id;", ("$id", session.SessionId)).ConfigureAwait(false);
        if (performance is null)
        {
            return;
        }

        foreach (var turn in performance.Turns)
        {
            await writer.ExecuteAsync(
                """
                INSERT INTO metrics (session_id, timestamp, metric_type, eou_delay_ms, llm_ttft_ms, tts_ttfb_ms, total_latency_ms,
                                     prompt_tokens, completion_tokens, total_tokens, stt_duration_ms, created_at)
                VALUES ($id, $ts, 'latency', $eou, $ttft, $ttfb, $total, $prompt, $completion, $tokens, $stt, $now);
                """,
                ("$id", session.SessionId),
                ("$ts", Format(turn.Timestamp)),
                ("$eou", Ms(turn.EouDelayMs)),
                ("$ttft", Ms(turn.LlmTtftMs)),
                ("$ttfb", Ms(turn.TtsTtfbMs)),
                // The turn's latency on the call's basis: the ops latency alerts and the executive report average this
                // column, and a realtime turn's stage sum (its TTFT alone) would understate the wait.
                ("$total", Ms(turn.LatencyMs)),
                ("$prompt", turn.PromptTokens),
                ("$completion", turn.CompletionTokens),
                ("$tokens", turn.PromptTokens + turn.CompletionTokens),
                ("$stt", Ms(turn.SttDurationMs)),
                ("$now", now)).ConfigureAwait(false);
        }
    }

    private static Task UpsertAnalysisAsync(Writer writer, SessionReport report)
    {
        var values = new List<(string, object?)> { ("$id", report.SessionId), ("$at", Format(report.AnalyzedAt)), ("$version", report.AnalyzerVersionTag) };
        // Serialize each result once: one analyzer may fill two columns (objections and competitors).
        var json = report.Results.ToDictionary(p => p.Key, p => JsonSerializer.Serialize(p.Value, p.Value.GetType(), ReportJson.Options), StringComparer.Ordinal);
        foreach (var (column, analyzer) in WarehouseColumns.AnalysisResults)
        {
            values.Add(("$" + column, json.GetValueOrDefault(analyzer)));
        }

        var columns = WarehouseColumns.AnalysisResults.Select(c => c.Column).ToList();
        var sql = $"""
            INSERT INTO analysis_results (session_id, {string.Join(", ", columns)}, analyzed_at, analyzer_version)
            VALUES ($id, {string.Join(", ", columns.Select(c => "$" + c))}, $at, $version)
            ON CONFLICT (session_id) DO UPDATE SET {string.Join(", ", columns.Select(c => $"{c} = excluded.{c}"))},
                analyzed_at = excluded.analyzed_at, analyzer_version = excluded.analyzer_version;
            """;
        return writer.ExecuteAsync(sql, [.. values]);
    }

    private static Task UpsertLlmCostAsync(Writer writer, SessionReport report)
    {
        if (report.Get<LlmAnalysisReport>() is not { } llm)
        {
            return Task.CompletedTask;
        }

        return writer.ExecuteAsync(
            """
            INSERT INTO analysis_llm_costs (session_id, deployment, prompt_tokens, completion_tokens, cost_usd, analyzed_at)
            VALUES ($id, $deployment, $prompt, $completion, $cost, $at)
            ON CONFLICT (session_id) DO UPDATE SET deployment = excluded.deployment, prompt_tokens = excluded.prompt_tokens,
                completion_tokens = excluded.completion_tokens, cost_usd = excluded.cost_usd, analyzed_at = excluded.analyzed_at;
            """,
            ("$id", report.SessionId),
            ("$deployment", llm.Deployment),
            ("$prompt", llm.PromptTokens),
            ("$completion", llm.CompletionTokens),
            ("$cost", llm.CostUsd),
            ("$at", Format(report.AnalyzedAt)));
    }

    private static Task UpsertLeadAsync(Writer writer, SessionPayload session, SessionReport report, string now)
    {
        var email = LeadEmail.Normalize(session.UserEmail);
        if (email is null)
        {
            return Task.CompletedTask;
        }

        var sales = report.Get<SalesIntelligenceReport>();
        var lead = report.Get<LeadScoreReport>();
        (string Column, object? Value)[] profile =
        [
            ("team_size", sales?.Sizing.TeamSize?.Value),
            ("monthly_volume", sales?.Sizing.MonthlyVolume?.Value),
            ("integration_needs", JsonList(sales?.ProductFit.IntegrationNeeds.Select(i => i.Value))),
            ("industry", sales?.ProductFit.Industry?.Value),
            ("use_case", JsonList(sales?.ProductFit.UseCases.Select(u => u.Value))),
            ("current_tool", sales?.ProductFit.CurrentTool?.Value),
            ("pain_points", JsonList(sales?.ProductFit.PainPoints.Select(p => p.Category).Distinct())),
            ("decision_timeline", sales?.Deal.DecisionTimeline?.Value),
            ("budget_authority", sales?.Deal.BudgetAuthority?.Value),
            ("urgency", sales?.Deal.Urgency?.Value),
            ("qualification_tier", lead?.QualificationTier),
            ("lead_score", lead?.Score),
        ];

        // Call counts and dates are derived from the sessions table, so a re-delivery cannot inflate them. Profile
        // fields come from the latest call; what it did not mention keeps the value an earlier call gave.
        var columns = profile.Select(p => p.Column).ToList();
        var sql = $"""
            INSERT INTO leads (email, name, latest_session_id, {string.Join(", ", columns)},
                               first_call_date, last_call_date, total_calls, updated_at)
            SELECT $email, $name, $id, {string.Join(", ", columns.Select(c => "$" + c))}, MIN(start_time), MAX(start_time), COUNT(*), $now
            FROM sessions WHERE user_email = $email
            ON CONFLICT (email) DO UPDATE SET
                name = COALESCE(excluded.name, leads.name),
                latest_session_id = CASE WHEN excluded.last_call_date = $start THEN $id ELSE leads.latest_session_id END,
                {string.Join(",\n    ", columns.Select(c => $"{c} = CASE WHEN excluded.last_call_date = $start THEN COALESCE(${c}, leads.{c}) ELSE leads.{c} END"))},
                first_call_date = excluded.first_call_date, last_call_date = excluded.last_call_date,
                total_calls = excluded.total_calls, updated_at = excluded.updated_at;
            """;
        return writer.ExecuteAsync(
            sql,
            [
                ("$email", email), ("$name", session.UserName), ("$id", session.SessionId), ("$start", Format(session.StartTime)), ("$now", now),
                .. profile.Select(p => ("$" + p.Column, p.Value)),
            ]);
    }

    /// <summary>A JSON array of the values, or null when there are none (so an earlier call's list is kept).</summary>
    private static string? JsonList(IEnumerable<string>? values) =>
        values?.ToList() is { Count: > 0 } list ? JsonSerializer.Serialize(list) : null;

    private static bool MeetingBooked(SessionPayload session) =>
        session.Transcript.Items.OfType<FunctionCallOutputItem>().Any(o => o.Name == "book_sales_meeting" && !o.IsError);

    private static long? Ms(double? value) => value is { } v ? (long)Math.Round(v) : null;

    private static string Format(DateTimeOffset value) => WarehouseTime.Format(value);

    /// <summary>Runs parameterized statements inside the sink's transaction.</summary>
    private sealed class Writer(SqliteConnection connection, SqliteTransaction transaction, CancellationToken cancellationToken)
    {
        public async Task ExecuteAsync(string sql, params (string Name, object? Value)[] parameters)
        {
            await using var command = connection.Command(transaction, sql, parameters);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
