using System.Globalization;
using Microsoft.Data.Sqlite;
using VoiceAnalytics.Core.Privacy;
using VoiceAnalytics.Core.Storage.Sqlite;

namespace VoiceAnalytics.Core.Warehouse.Sqlite;

/// <summary>
/// <see cref="IWarehousePrivacy"/> on the warehouse tables. Every statement is keyed by an indexed column
/// (session_id, user_email, ended_at, timestamp, triggered_at) and limited; each session's change is one transaction.
/// Connections have <c>secure_delete</c> on and the FTS index has FTS5's secure-delete on (<see cref="WarehouseSchema"/>).
/// </summary>
public sealed class SqliteWarehousePrivacy(SqliteDatabase database) : IWarehousePrivacy
{
    private static readonly string[] LatencyColumns = ["eou_delay_ms", "llm_ttft_ms", "tts_ttfb_ms", "prompt_tokens", "completion_tokens", "total_tokens", "stt_duration_ms"];

    public async Task<IReadOnlyList<string>> FindSessionsAsync(string email, string emailHash, int max, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command(
            "SELECT session_id FROM sessions WHERE user_email IN ($email, $hash) ORDER BY session_id LIMIT $max;",
            ("$email", LeadEmail.Normalize(email)), ("$hash", emailHash), ("$max", max));
        var ids = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    public async Task<WarehouseErasure> EraseAsync(IReadOnlyList<string> sessionIds, string? email, string? emailHash, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sessionIds);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var run = new Runner(connection, transaction, cancellationToken);
        var total = WarehouseErasure.None;
        foreach (var id in sessionIds)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await DashboardItemsRollup.RemoveAsync(connection, transaction, id, cancellationToken).ConfigureAwait(false);
            await SqliteDashboardRollups.RemoveAsync(connection, transaction, id, cancellationToken).ConfigureAwait(false);
            // The delete trigger removes the transcript's FTS row with it (one index row per transcript).
            var transcripts = await run.ExecAsync("DELETE FROM transcripts WHERE session_id = $id;", ("$id", id)).ConfigureAwait(false);
            total = total with
            {
                TranscriptIndex = total.TranscriptIndex + transcripts,
                Transcripts = total.Transcripts + transcripts,
                Metrics = total.Metrics + await run.ExecAsync("DELETE FROM metrics WHERE session_id = $id;", ("$id", id)).ConfigureAwait(false),
                AnalysisResults = total.AnalysisResults + await run.ExecAsync("DELETE FROM analysis_results WHERE session_id = $id;", ("$id", id)).ConfigureAwait(false),
                LlmCosts = total.LlmCosts + await run.ExecAsync("DELETE FROM analysis_llm_costs WHERE session_id = $id;", ("$id", id)).ConfigureAwait(false),
                Alerts = total.Alerts + await run.ExecAsync("DELETE FROM alerts_history WHERE session_id = $id;", ("$id", id)).ConfigureAwait(false),
                Leads = total.Leads + await run.ExecAsync("DELETE FROM leads WHERE latest_session_id = $id;", ("$id", id)).ConfigureAwait(false),
                Sessions = total.Sessions + await run.ExecAsync("DELETE FROM sessions WHERE session_id = $id;", ("$id", id)).ConfigureAwait(false),
            };
        }

        var leads = await run.ExecAsync("DELETE FROM leads WHERE email IN ($email, $hash);", ("$email", LeadEmail.Normalize(email)), ("$hash", emailHash)).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return total with { Leads = total.Leads + leads };
    }

    public async Task<IReadOnlyList<RedactionCandidate>> ListToRedactAsync(DateTimeOffset endedBefore, string retainedTier, int max, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command(
            """
            SELECT session_id, user_email, user_name FROM sessions INDEXED BY idx_unredacted_ended_at
             WHERE redacted_at IS NULL AND ended_at < $before AND qualification_tier IS NOT $keep
             ORDER BY ended_at LIMIT $max;
            """,
            ("$before", WarehouseTime.Format(endedBefore)), ("$keep", retainedTier), ("$max", max));
        var candidates = new List<RedactionCandidate>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            candidates.Add(new RedactionCandidate(reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2)));
        }

        return candidates;
    }

    public async Task<bool> RedactAsync(string sessionId, PersonRedaction redaction, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(redaction);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var run = new Runner(connection, transaction, cancellationToken);
        var changed = await run.ExecAsync(
            """
            UPDATE sessions SET user_email = COALESCE($hash, user_email), user_name = COALESCE($pseudonym, user_name), redacted_at = $now
             WHERE session_id = $id;
            """,
            ("$id", sessionId), ("$hash", redaction.EmailHash), ("$pseudonym", redaction.Pseudonym), ("$now", WarehouseTime.Format(now))).ConfigureAwait(false);
        if (changed == 0)
        {
            return false;
        }

        await RedactTranscriptAsync(run, sessionId, redaction).ConfigureAwait(false);
        await RedactAnalysisAsync(run, sessionId, redaction).ConfigureAwait(false);
        await DashboardItemsRollup.ClearQuotesAsync(connection, transaction, sessionId, cancellationToken).ConfigureAwait(false);
        if (redaction.Email is { } email && redaction.EmailHash is { } hash)
        {
            // The lead stays a lead under its hash once none of its calls keeps the email (a Tier 1 call keeps it).
            await run.ExecAsync(
                """
                UPDATE OR REPLACE leads SET email = $hash, name = $pseudonym, location = NULL
                 WHERE email = $email AND NOT EXISTS (SELECT 1 FROM sessions WHERE user_email = $email);
                """,
                ("$email", email), ("$hash", hash), ("$pseudonym", redaction.Pseudonym)).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    private static async Task RedactTranscriptAsync(Runner run, string sessionId, PersonRedaction redaction)
    {
        var row = await run.ReadAsync("SELECT transcript_json, transcript_text FROM transcripts WHERE session_id = $id;", r => (CompressedText.Decode(r.GetValue(0))!, r.GetString(1)), ("$id", sessionId)).ConfigureAwait(false);
        if (row.Count == 0)
        {
            return;
        }

        var (json, text) = row[0];
        // The update trigger re-indexes the masked text (and FTS5 secure-delete zeroes the old entries).
        await run.ExecAsync(
            "UPDATE transcripts SET transcript_json = $json, transcript_text = $text WHERE session_id = $id;",
            ("$id", sessionId), ("$json", CompressedText.Encode(redaction.RedactJson(json)!)), ("$text", redaction.MaskText(text))).ConfigureAwait(false);
    }

    private static async Task RedactAnalysisAsync(Runner run, string sessionId, PersonRedaction redaction)
    {
        var columns = AnalysisRow.Columns;
        var rows = await run.ReadAsync(
            $"SELECT {string.Join(", ", columns)} FROM analysis_results WHERE session_id = $id;",
            r => columns.Select((_, i) => CompressedText.Decode(r.GetValue(i))).ToList(),
            ("$id", sessionId)).ConfigureAwait(false);
        if (rows.Count == 0)
        {
            return;
        }

        var values = new List<(string, object?)> { ("$id", sessionId) };
        values.AddRange(columns.Select((c, i) => ("$" + c, (object?)(redaction.RedactJson(rows[0][i]) is { } json ? CompressedText.Encode(json) : null))));
        await run.ExecAsync(
            $"UPDATE analysis_results SET {string.Join(", ", columns.Select(c => $"{c} = ${c}"))} WHERE session_id = $id;", [.. values]).ConfigureAwait(false);
    }

    public async Task<int> RollUpMetricsAsync(DateTimeOffset before, int max, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var run = new Runner(connection, transaction, cancellationToken);
        var rows = await run.ReadAsync(
            $"SELECT id, timestamp, metric_type, total_latency_ms, {string.Join(", ", LatencyColumns)} FROM metrics WHERE timestamp < $before ORDER BY timestamp LIMIT $max;",
            r => new MetricSample(r.GetInt64(0), r.GetString(1)[..13], r.GetString(2), r.IsDBNull(3) ? null : r.GetInt64(3),
                [.. Enumerable.Range(4, LatencyColumns.Length).Select(i => r.IsDBNull(i) ? 0L : r.GetInt64(i))]),
            ("$before", WarehouseTime.Format(before)), ("$max", max)).ConfigureAwait(false);

        foreach (var group in rows.GroupBy(r => (r.Hour, r.Type)))
        {
            await MergeHourAsync(run, group.Key.Hour + ":00:00.000Z", group.Key.Type, [.. group]).ConfigureAwait(false);
        }

        foreach (var row in rows)
        {
            await run.ExecAsync("DELETE FROM metrics WHERE id = $id;", ("$id", row.Id)).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return rows.Count;
    }

    /// <summary>
    /// Adds a group's counts and sums to its hour. The p95 (nearest rank) is exact when one batch holds the whole hour;
    /// when an hour spans batches the larger of the two p95s is kept, an upper bound.
    /// </summary>
    private static Task MergeHourAsync(Runner run, string hour, string type, IReadOnlyList<MetricSample> samples)
    {
        var latencies = samples.Where(s => s.TotalLatencyMs is not null).Select(s => s.TotalLatencyMs!.Value).Order().ToList();
        long? p95 = latencies.Count == 0 ? null : latencies[Math.Max(0, (int)Math.Ceiling(0.95 * latencies.Count) - 1)];
        long? maxLatency = latencies.Count == 0 ? null : latencies[^1];
        var sums = Enumerable.Range(0, LatencyColumns.Length).Select(i => samples.Sum(s => s.Values[i])).ToList();
        return run.ExecAsync(
            """
            INSERT INTO metrics_hourly (hour, metric_type, samples, latency_samples, sum_total_latency_ms, avg_total_latency_ms, p95_total_latency_ms, max_total_latency_ms,
                                        sum_eou_delay_ms, sum_llm_ttft_ms, sum_tts_ttfb_ms, sum_prompt_tokens, sum_completion_tokens, sum_total_tokens, sum_stt_duration_ms)
            VALUES ($hour, $type, $samples, $latencySamples, $sumLatency, CASE WHEN $latencySamples > 0 THEN 1.0 * $sumLatency / $latencySamples END, $p95, $max,
                    $eou, $ttft, $ttfb, $prompt, $completion, $tokens, $stt)
            ON CONFLICT (hour, metric_type) DO UPDATE SET
                samples = samples + excluded.samples,
                latency_samples = latency_samples + excluded.latency_samples,
                sum_total_latency_ms = sum_total_latency_ms + excluded.sum_total_latency_ms,
                avg_total_latency_ms = CASE WHEN latency_samples + excluded.latency_samples > 0
                    THEN 1.0 * (sum_total_latency_ms + excluded.sum_total_latency_ms) / (latency_samples + excluded.latency_samples) END,
                p95_total_latency_ms = MAX(COALESCE(p95_total_latency_ms, excluded.p95_total_latency_ms), COALESCE(excluded.p95_total_latency_ms, p95_total_latency_ms)),
                max_total_latency_ms = MAX(COALESCE(max_total_latency_ms, excluded.max_total_latency_ms), COALESCE(excluded.max_total_latency_ms, max_total_latency_ms)),
                sum_eou_delay_ms = sum_eou_delay_ms + excluded.sum_eou_delay_ms, sum_llm_ttft_ms = sum_llm_ttft_ms + excluded.sum_llm_ttft_ms,
                sum_tts_ttfb_ms = sum_tts_ttfb_ms + excluded.sum_tts_ttfb_ms, sum_prompt_tokens = sum_prompt_tokens + excluded.sum_prompt_tokens,
                sum_completion_tokens = sum_completion_tokens + excluded.sum_completion_tokens, sum_total_tokens = sum_total_tokens + excluded.sum_total_tokens,
                sum_stt_duration_ms = sum_stt_duration_ms + excluded.sum_stt_duration_ms;
            """,
            ("$hour", hour), ("$type", type), ("$samples", samples.Count), ("$latencySamples", latencies.Count), ("$sumLatency", latencies.Sum()),
            ("$p95", p95), ("$max", maxLatency), ("$eou", sums[0]), ("$ttft", sums[1]), ("$ttfb", sums[2]), ("$prompt", sums[3]),
            ("$completion", sums[4]), ("$tokens", sums[5]), ("$stt", sums[6]));
    }

    public async Task<int> DeleteAlertsAsync(DateTimeOffset before, int max, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command(
            "DELETE FROM alerts_history WHERE id IN (SELECT id FROM alerts_history WHERE triggered_at < $before ORDER BY triggered_at LIMIT $max);",
            ("$before", WarehouseTime.Format(before)), ("$max", max));
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public Task CompactAsync(CancellationToken cancellationToken) => database.CheckpointAsync(cancellationToken);

    private sealed record MetricSample(long Id, string Hour, string Type, long? TotalLatencyMs, long[] Values);

    /// <summary>Parameterized statements inside one transaction.</summary>
    private sealed class Runner(SqliteConnection connection, SqliteTransaction transaction, CancellationToken cancellationToken)
    {
        public async Task<int> ExecAsync(string sql, params (string Name, object? Value)[] parameters)
        {
            await using var command = connection.Command(transaction, sql, parameters);
            return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        public async Task<List<T>> ReadAsync<T>(string sql, Func<SqliteDataReader, T> map, params (string Name, object? Value)[] parameters)
        {
            await using var command = connection.Command(transaction, sql, parameters);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            var rows = new List<T>();
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                rows.Add(map(reader));
            }

            return rows;
        }
    }
}
