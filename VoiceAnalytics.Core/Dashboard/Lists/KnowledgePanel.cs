using System.Text.Json.Serialization;

namespace VoiceAnalytics.Core.Dashboard.Lists;

/// <summary>The body of <c>GET /api/dashboard/knowledge</c> (spec 6.4); docs/dashboard-api.md describes every field.</summary>
public sealed record KnowledgePanel(
    [property: JsonPropertyName("window")] ListWindow Window,
    [property: JsonPropertyName("generated_at")] DateTimeOffset GeneratedAt,
    [property: JsonPropertyName("search_success")] SearchSuccess SearchSuccess,
    [property: JsonPropertyName("top_queries")] QueryList TopQueries,
    [property: JsonPropertyName("content_gaps")] ContentGapList ContentGaps,
    [property: JsonPropertyName("results_per_query")] ResultsPerQuery ResultsPerQuery,
    [property: JsonPropertyName("tool_usage")] ToolUsageList ToolUsage);

/// <param name="Rate">With results / searches, null without searches.</param>
/// <param name="MeetsTarget">Rate above the target, null without searches.</param>
public sealed record SearchSuccess(
    [property: JsonPropertyName("searches")] long Searches,
    [property: JsonPropertyName("with_results")] long WithResults,
    [property: JsonPropertyName("rate")] double? Rate,
    [property: JsonPropertyName("target")] double Target,
    [property: JsonPropertyName("meets_target")] bool? MeetsTarget);

public sealed record QueryList(
    [property: JsonPropertyName("distinct_queries")] long DistinctQueries,
    [property: JsonPropertyName("items")] IReadOnlyList<QueryEntry> Items);

/// <param name="AverageResults">Result count per search over the searches whose output reported one; null when none did.</param>
/// <param name="Failed">No search of the query found anything (0 results or an error): the page shows it in red.</param>
public sealed record QueryEntry(
    [property: JsonPropertyName("query")] string Query,
    [property: JsonPropertyName("count")] long Count,
    [property: JsonPropertyName("with_results")] long WithResults,
    [property: JsonPropertyName("zero_results")] long ZeroResults,
    [property: JsonPropertyName("success_rate")] double? SuccessRate,
    [property: JsonPropertyName("average_results")] double? AverageResults,
    [property: JsonPropertyName("failed")] bool Failed);

/// <param name="Queries">Distinct queries with at least one 0-result search (the counter).</param>
/// <param name="Searches">0-result searches.</param>
public sealed record ContentGapList(
    [property: JsonPropertyName("queries")] long Queries,
    [property: JsonPropertyName("searches")] long Searches,
    [property: JsonPropertyName("items")] IReadOnlyList<ContentGapEntry> Items);

public sealed record ContentGapEntry(
    [property: JsonPropertyName("query")] string Query,
    [property: JsonPropertyName("zero_results")] long ZeroResults,
    [property: JsonPropertyName("searches")] long Searches);

/// <param name="Average">Result count per search over <see cref="SearchesWithCount"/>, null when none.</param>
public sealed record ResultsPerQuery(
    [property: JsonPropertyName("average")] double? Average,
    [property: JsonPropertyName("searches_with_count")] long SearchesWithCount,
    [property: JsonPropertyName("histogram")] IReadOnlyList<Bucket> Histogram);

public sealed record ToolUsageList(
    [property: JsonPropertyName("calls")] long Calls,
    [property: JsonPropertyName("items")] IReadOnlyList<ToolUsageEntry> Items);

public sealed record ToolUsageEntry(
    [property: JsonPropertyName("tool")] string Tool,
    [property: JsonPropertyName("calls")] long Calls,
    [property: JsonPropertyName("errors")] long Errors,
    [property: JsonPropertyName("share")] double? Share);
