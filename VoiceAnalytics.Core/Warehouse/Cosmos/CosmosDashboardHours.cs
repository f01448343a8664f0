using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Azure.Cosmos;
using VoiceAnalytics.Core.Warehouse.Dashboard;

namespace VoiceAnalytics.Core.Warehouse.Cosmos;

/// <summary>
/// <see cref="IDashboardHours"/> on Cosmos DB without rollups: the window's sessions, turns and analyses are read
/// from their day partitions (one single-partition query per day and container) and each session's contribution is
/// computed as the embedded warehouse stores it (<see cref="DashboardFacts"/>), then summed per hour here.
/// </summary>
public sealed class CosmosDashboardHours(CosmosStore store) : IDashboardHours
{
    internal const string TurnsSql = "SELECT c.session_id, c.start_time, c.turns FROM c WHERE c.start_time >= @from AND c.start_time < @to";

    internal const string AnalysisSql =
        "SELECT c.session_id, c.quality_analysis, c.performance_analysis, c.llm_cost FROM c WHERE c.start_time >= @from AND c.start_time < @to";

    /// <summary>Every figure is computed here, the histograms not asked for included.</summary>
    public async Task<IReadOnlyList<DashboardHour>> HoursAsync(DashboardFilter filter, IReadOnlyList<DashboardHistogram> histograms, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return [.. (await FactsAsync(filter, cancellationToken).ConfigureAwait(false))
            .GroupBy(f => f.Key.Hour, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new DashboardHour(DashboardHourWindow.Start(g.Key), DashboardTotals.Sum(g.Select(f => f.Totals))))];
    }

    public async Task<DashboardTotals> TotalsAsync(DashboardFilter filter, IReadOnlyList<DashboardHistogram> histograms, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return DashboardTotals.Sum((await FactsAsync(filter, cancellationToken).ConfigureAwait(false)).Select(f => f.Totals));
    }

    public async Task<IReadOnlyList<ProviderUsd>> CostsAsync(DashboardFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return [.. (await FactsAsync(filter, cancellationToken).ConfigureAwait(false))
            .SelectMany(f => f.Costs)
            .GroupBy(c => c.Provider, StringComparer.Ordinal)
            .Select(g => new ProviderUsd(g.Key, Math.Round(g.Sum(c => c.Usd), 6)))
            .Where(p => p.Usd != 0)
            .OrderByDescending(p => p.Usd).ThenBy(p => p.Provider, StringComparer.Ordinal)];
    }

    public async Task<int> StartedAsync(DashboardFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return (await SessionsAsync(filter, filter.From, filter.To, cancellationToken).ConfigureAwait(false)).Count;
    }

    public async Task<DashboardChoices> ChoicesAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var (first, end) = Hours(from, to);
        var sessions = await SessionsAsync(new DashboardFilter(first, end), first, end, cancellationToken).ConfigureAwait(false);
        static IReadOnlyList<ChoiceCount> Count(IEnumerable<string?> values) => [.. values
            .Where(v => !string.IsNullOrEmpty(v))
            .GroupBy(v => v!, StringComparer.Ordinal)
            .Select(g => new ChoiceCount(g.Key, g.Count()))
            .OrderByDescending(c => c.Sessions).ThenBy(c => c.Value, StringComparer.Ordinal)];
        return new DashboardChoices(Count(sessions.Select(s => s.Industry)), Count(sessions.Select(s => s.AgentVersion)));
    }

    private async Task<List<DashboardFacts>> FactsAsync(DashboardFilter filter, CancellationToken cancellationToken)
    {
        var (first, end) = Hours(filter.From, filter.To);
        var sessions = await SessionsAsync(filter, first, end, cancellationToken).ConfigureAwait(false);
        if (sessions.Count == 0)
        {
            return [];
        }

        var days = CosmosDay.Covering(first, end);
        var turns = (await store.QueryDaysAsync<MetricsDocument>(store.Containers.Metrics, CosmosOpsFigures.Window(TurnsSql, first, end), days, cancellationToken).ConfigureAwait(false))
            .ToDictionary(m => m.SessionId, StringComparer.Ordinal);
        var analyses = (await store.QueryDaysAsync<AnalysisFigures>(store.Containers.AnalysisResults, CosmosOpsFigures.Window(AnalysisSql, first, end), days, cancellationToken).ConfigureAwait(false))
            .ToDictionary(a => a.SessionId, StringComparer.Ordinal);
        return [.. sessions.Select(session =>
        {
            var analysis = analyses.GetValueOrDefault(session.SessionId);
            var results = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
            if (analysis?.QualityAnalysis is { ValueKind: JsonValueKind.Object } quality)
            {
                results["quality_analysis"] = quality;
            }

            if (analysis?.PerformanceAnalysis is { ValueKind: JsonValueKind.Object } performance)
            {
                results["performance_analysis"] = performance;
            }

            var metrics = turns.GetValueOrDefault(session.SessionId)?.Turns.Select(t => new MetricRow
            {
                SessionId = session.SessionId,
                Timestamp = default,
                CreatedAt = default,
                TotalLatencyMs = t.TotalLatencyMs,
                PromptTokens = t.PromptTokens,
                CompletionTokens = t.CompletionTokens,
                TotalTokens = t.TotalTokens,
            }).ToList() ?? [];
            return DashboardFacts.Of(new WarehouseRecord(
                session,
                new TranscriptRow { SessionId = session.SessionId, TranscriptJson = "{}", TranscriptText = "", CreatedAt = session.CreatedAt },
                metrics,
                new AnalysisRow { SessionId = session.SessionId, Results = results, AnalyzedAt = session.CreatedAt, AnalyzerVersion = "" },
                analysis?.LlmCost,
                null));
        })];
    }

    /// <summary>The sessions that started in [from, to) matching the filter's values (its own window is not read).</summary>
    private Task<List<SessionRow>> SessionsAsync(DashboardFilter filter, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var query = CosmosDashboardFigures.FilteredSessions("*", filter, from, to);
        return store.QueryDaysAsync<SessionRow>(store.Containers.Sessions, query, CosmosDay.Covering(from, to), cancellationToken);
    }

    private static (DateTimeOffset First, DateTimeOffset End) Hours(DateTimeOffset from, DateTimeOffset to)
    {
        var (first, end) = DashboardHourWindow.Of(from, to);
        return (DashboardHourWindow.Start(first), DashboardHourWindow.Start(end));
    }

    private sealed record AnalysisFigures
    {
        [JsonPropertyName("session_id")] public required string SessionId { get; init; }
        [JsonPropertyName("quality_analysis")] public JsonElement? QualityAnalysis { get; init; }
        [JsonPropertyName("performance_analysis")] public JsonElement? PerformanceAnalysis { get; init; }
        [JsonPropertyName("llm_cost")] public LlmCostRow? LlmCost { get; init; }
    }
}
