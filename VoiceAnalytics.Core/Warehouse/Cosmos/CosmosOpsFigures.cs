using Microsoft.Azure.Cosmos;
using VoiceAnalytics.Core.Warehouse.Sqlite;

namespace VoiceAnalytics.Core.Warehouse.Cosmos;

/// <summary>
/// <see cref="IOpsFigures"/> on Cosmos DB. A window of end or turn times reads the day partitions its sessions can
/// have started in (<see cref="CosmosDay.EndingIn"/>), filtered on the indexed time fields; averages and sums are
/// taken here over the few documents of a two-minute window, with SQLite's null rules.
/// </summary>
public sealed class CosmosOpsFigures(CosmosStore store) : IOpsFigures
{
    internal const string LatestStartSql = "SELECT TOP 1 c.start_time FROM c ORDER BY c.start_time DESC";
    internal const string OutcomesSql =
        "SELECT c.session_id, c.close_reason, c.failed_tools, c.packet_loss_percent, c.jitter_ms FROM c WHERE c.ended_at >= @from AND c.ended_at < @to";
    internal const string TurnsSql = "SELECT c.session_id, c.start_time, c.turns FROM c WHERE c.last_turn_at >= @from AND c.first_turn_at < @to";
    internal const string CostSql =
        "SELECT c.session_id, c.day, c.analyzed_at, c.performance_analysis, c.llm_cost FROM c WHERE c.ended_at >= @from AND c.ended_at < @to";

    /// <summary>Across partitions, but served by the range index: each physical partition returns its top entry.</summary>
    public async Task<DateTimeOffset?> LatestSessionStartAsync(CancellationToken cancellationToken)
    {
        var rows = await store.QueryAsync<StartOnly>(store.Containers.Sessions, new QueryDefinition(LatestStartSql), null, cancellationToken).ConfigureAwait(false);
        return rows.Select(r => r.StartTime).Max(StringComparer.Ordinal) is { } latest ? WarehouseTime.Parse(latest) : null;
    }

    /// <summary>A document written before the figures were recorded has none of the four fields: it reads as none given.</summary>
    public async Task<IReadOnlyList<SessionOutcome>> SessionOutcomesAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var rows = await store.QueryDaysAsync<OutcomeDocument>(store.Containers.Sessions, Window(OutcomesSql, from, to), CosmosDay.EndingIn(from, to), cancellationToken).ConfigureAwait(false);
        return rows.OrderBy(r => r.SessionId, StringComparer.Ordinal)
            .Select(r => new SessionOutcome(r.SessionId, r.CloseReason, r.FailedTools ?? [], r.PacketLossPercent, r.JitterMs))
            .ToList();
    }

    public async Task<LatencyFigures> LatencyAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var turns = (await TurnsInAsync(from, to, cancellationToken).ConfigureAwait(false)).Where(t => t.TotalLatencyMs is not null).ToList();
        return new LatencyFigures(
            turns.Count, Average(turns.Select(t => t.TotalLatencyMs)), Average(turns.Select(t => t.EouDelayMs)),
            Average(turns.Select(t => t.LlmTtftMs)), Average(turns.Select(t => t.TtsTtfbMs)));
    }

    public async Task<long> TokensAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) =>
        (await TurnsInAsync(from, to, cancellationToken).ConfigureAwait(false)).Sum(t => (t.PromptTokens ?? 0) + (t.CompletionTokens ?? 0));

    public async Task<CostFigures> CostAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var analyses = (await store.QueryDaysAsync<AnalysisDocument>(
                store.Containers.AnalysisResults, Window(CostSql, from, to), CosmosDay.EndingIn(from, to), cancellationToken).ConfigureAwait(false))
            .Where(a => a.PerformanceAnalysis is { ValueKind: not System.Text.Json.JsonValueKind.Null })
            .ToList();
        double Sum(string field) => analyses.Sum(a => CosmosDocuments.Number(CosmosDocuments.At(a.PerformanceAnalysis, "cost", field)) ?? 0);
        var analysisLlm = analyses.Sum(a => a.LlmCost?.CostUsd ?? 0);
        return new CostFigures(analyses.Count, Sum("total_usd") + analysisLlm, Sum("llm_usd"), Sum("stt_usd"), Sum("tts_usd"), analysisLlm);
    }

    internal static QueryDefinition Window(string sql, DateTimeOffset from, DateTimeOffset to) =>
        new QueryDefinition(sql).WithParameter("@from", WarehouseTime.Format(from)).WithParameter("@to", WarehouseTime.Format(to));

    private async Task<List<TurnDocument>> TurnsInAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var (low, high) = (WarehouseTime.Format(from), WarehouseTime.Format(to));
        var documents = await store.QueryDaysAsync<MetricsDocument>(store.Containers.Metrics, Window(TurnsSql, from, to), CosmosDay.EndingIn(from, to), cancellationToken).ConfigureAwait(false);
        return documents.SelectMany(d => d.Turns)
            .Where(t => string.CompareOrdinal(t.Timestamp, low) >= 0 && string.CompareOrdinal(t.Timestamp, high) < 0)
            .ToList();
    }

    private static double? Average(IEnumerable<long?> values)
    {
        var present = values.Where(v => v is not null).Select(v => (double)v!.Value).ToList();
        return present.Count == 0 ? null : present.Average();
    }

    private sealed record OutcomeDocument(
        [property: System.Text.Json.Serialization.JsonPropertyName("session_id")] string SessionId,
        [property: System.Text.Json.Serialization.JsonPropertyName("close_reason")] string? CloseReason,
        [property: System.Text.Json.Serialization.JsonPropertyName("failed_tools")] List<string>? FailedTools,
        [property: System.Text.Json.Serialization.JsonPropertyName("packet_loss_percent")] double? PacketLossPercent,
        [property: System.Text.Json.Serialization.JsonPropertyName("jitter_ms")] double? JitterMs);

    private sealed record StartOnly([property: System.Text.Json.Serialization.JsonPropertyName("start_time")] string StartTime);
}

/// <summary>A projection holding only a session id.</summary>
public sealed record SessionDocumentId([property: System.Text.Json.Serialization.JsonPropertyName("session_id")] string SessionId);
