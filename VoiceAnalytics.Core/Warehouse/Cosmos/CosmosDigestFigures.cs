using System.Text.Json;
using VoiceAnalytics.Core.Warehouse.Sqlite;

namespace VoiceAnalytics.Core.Warehouse.Cosmos;

/// <summary>
/// <see cref="IDigestFigures"/> on the <c>analysis_results</c> documents analyzed in the window. A re-analysis can
/// land any day after the session's start day, so this hourly query is the one that goes across partitions; the
/// range index on <c>analyzed_at</c> serves it in each physical partition (no scan). The JSON arrays are read here.
/// </summary>
public sealed class CosmosDigestFigures(CosmosStore store) : IDigestFigures
{
    internal const string AnalyzedSql =
        "SELECT c.session_id, c.day, c.analyzed_at, c.engagement_score, c.sales_intelligence, c.quality_analysis, c.objections, c.content_gaps FROM c WHERE c.analyzed_at >= @from AND c.analyzed_at < @to";

    public async Task<IReadOnlyList<FailedSearch>> FailedSearchesAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) =>
        (await AnalyzedAsync(from, to, cancellationToken).ConfigureAwait(false))
            .SelectMany(a => CosmosDocuments.Items(CosmosDocuments.At(a.ContentGaps, "failed_queries"))
                .Select(f => CosmosDocuments.Text(CosmosDocuments.At(f, "query")))
                .Where(q => q is not null)
                .Select(q => new FailedSearch(q!, WarehouseTime.Parse(a.AnalyzedAt))))
            .ToList();

    public async Task<IReadOnlyList<LowEngagementSession>> LowEngagementAsync(DateTimeOffset from, DateTimeOffset to, double below, CancellationToken cancellationToken) =>
        (await AnalyzedAsync(from, to, cancellationToken).ConfigureAwait(false))
            .Where(a => a.EngagementScore < below)
            .OrderBy(a => a.EngagementScore).ThenBy(a => a.SessionId, StringComparer.Ordinal)
            .Select(a => new LowEngagementSession(
                a.SessionId,
                a.EngagementScore!.Value,
                CosmosDocuments.Items(CosmosDocuments.At(a.QualityAnalysis, "red_flags")).Select(r => Scalar(CosmosDocuments.At(r, "code"))).OfType<string>().ToList(),
                CosmosDocuments.Items(CosmosDocuments.At(a.ContentGaps, "missing_documentation")).Select(m => Scalar(m)).OfType<string>().ToList()))
            .ToList();

    public async Task<IReadOnlyList<FeatureMention>> FeatureMentionsAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var mentions = new List<FeatureMention>();
        foreach (var a in await AnalyzedAsync(from, to, cancellationToken).ConfigureAwait(false))
        {
            var at = WarehouseTime.Parse(a.AnalyzedAt);
            var requests = CosmosDocuments.At(a.SalesIntelligence, "product_fit", "feature_requests");
            foreach (var request in CosmosDocuments.Items(requests))
            {
                if (Scalar(CosmosDocuments.At(request, "value")) is { } feature)
                {
                    mentions.Add(new FeatureMention(feature, Scalar(CosmosDocuments.At(request, "evidence", "quote")), at));
                }
            }

            // A "features" objection counts only for a call that named no feature (no request array, or an empty one).
            if (requests is not { ValueKind: JsonValueKind.Array } named || named.GetArrayLength() == 0)
            {
                foreach (var objection in CosmosDocuments.Items(CosmosDocuments.At(a.Objections, "objections")))
                {
                    if (CosmosDocuments.Text(CosmosDocuments.At(objection, "category")) == "features")
                    {
                        mentions.Add(new FeatureMention(null, Scalar(CosmosDocuments.At(objection, "evidence", "quote")), at));
                    }
                }
            }
        }

        return mentions;
    }

    /// <summary>The window's analyses in SQLite's order: by analysis time, then session id.</summary>
    private async Task<List<AnalysisDocument>> AnalyzedAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) =>
        (await store.QueryAsync<AnalysisDocument>(store.Containers.AnalysisResults, CosmosOpsFigures.Window(AnalyzedSql, from, to), null, cancellationToken).ConfigureAwait(false))
            .OrderBy(a => a.AnalyzedAt, StringComparer.Ordinal).ThenBy(a => a.SessionId, StringComparer.Ordinal)
            .ToList();

    /// <summary>A JSON scalar as SQLite's json_extract gives it as text (strings unquoted, numbers as written).</summary>
    private static string? Scalar(JsonElement? value) => value switch
    {
        { ValueKind: JsonValueKind.String } v => v.GetString(),
        { ValueKind: JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False } v => v.GetRawText(),
        _ => null,
    };
}
