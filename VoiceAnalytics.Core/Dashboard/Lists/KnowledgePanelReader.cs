using Microsoft.Extensions.Options;
using VoiceAnalytics.Core.Warehouse;
using VoiceAnalytics.Core.Warehouse.Lists;
using static VoiceAnalytics.Core.Warehouse.Lists.DashboardItemKinds;

namespace VoiceAnalytics.Core.Dashboard.Lists;

/// <summary>
/// Spec 6.4 from the ranked-list rollup. A search is one <c>unleash_search_knowledge</c> call; it has results when
/// its output reported some (or did not say and was no error), 0 results when it reported 0 (errors are neither).
/// Queries are grouped trimmed and lower-cased, as the content-gap reports do. Lists go by count descending, ties by query.
/// </summary>
public sealed class KnowledgePanelReader(IDashboardLists lists, IOptions<DashboardListsOptions> options, TimeProvider time)
{
    private static readonly int[] BinStarts = [0, 1, 3, 6, 11, 21];

    public async Task<KnowledgePanel> ReadAsync(DashboardFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var settings = options.Value;
        var queries = (await lists.TotalsAsync(filter, KnowledgeSearch, cancellationToken).ConfigureAwait(false))
            .GroupBy(t => t.Item, StringComparer.Ordinal)
            .Select(g => new QueryEntry(
                g.Key, g.Sum(t => t.Count), g.Sum(t => t.Positive), g.Sum(t => t.Zero), ListMath.Ratio(g.Sum(t => t.Positive), g.Sum(t => t.Count)),
                ListMath.Ratio(g.Sum(t => t.ValueSum), g.Sum(t => t.ValueCount)), g.Sum(t => t.Positive) == 0))
            .OrderByDescending(q => q.Count).ThenBy(q => q.Query, StringComparer.Ordinal)
            .ToList();
        var bins = await lists.TotalsAsync(filter, SearchResults, cancellationToken).ConfigureAwait(false);
        var tools = (await lists.TotalsAsync(filter, Tool, cancellationToken).ConfigureAwait(false))
            .GroupBy(t => t.Item, StringComparer.Ordinal)
            .Select(g => (Tool: g.Key, Calls: g.Sum(t => t.Count), Errors: g.Sum(t => t.Zero)))
            .ToList();

        var searches = queries.Sum(q => q.Count);
        var found = queries.Sum(q => q.WithResults);
        var rate = ListMath.Ratio(found, searches);
        var gaps = queries.Where(q => q.ZeroResults > 0).OrderByDescending(q => q.ZeroResults).ThenBy(q => q.Query, StringComparer.Ordinal).ToList();
        var counted = bins.Sum(b => b.Count);
        var calls = tools.Sum(t => t.Calls);
        return new KnowledgePanel(
            ListWindow.Of(filter),
            time.GetUtcNow(),
            new SearchSuccess(searches, found, rate, settings.SearchSuccessTarget, rate is { } r ? r > settings.SearchSuccessTarget : null),
            new QueryList(queries.Count, [.. queries.Take(settings.TopQueries)]),
            new ContentGapList(gaps.Count, gaps.Sum(q => q.ZeroResults), [.. gaps.Take(settings.ContentGaps).Select(q => new ContentGapEntry(q.Query, q.ZeroResults, q.Count))]),
            new ResultsPerQuery(
                ListMath.Ratio(bins.Sum(b => b.ValueSum), counted),
                counted,
                [.. ResultBins.Select((label, i) =>
                {
                    var n = bins.Where(b => b.Item == label).Sum(b => b.Count);
                    return new Bucket(label, BinStarts[i], i + 1 < BinStarts.Length ? BinStarts[i + 1] - 1 : null, n, ListMath.Ratio(n, counted));
                })]),
            new ToolUsageList(calls, [.. tools
                .OrderByDescending(t => t.Calls).ThenBy(t => t.Tool, StringComparer.Ordinal).Take(settings.ListLength)
                .Select(t => new ToolUsageEntry(t.Tool, t.Calls, t.Errors, ListMath.Ratio(t.Calls, calls)))]));
    }
}
