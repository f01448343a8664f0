namespace VoiceAnalytics.Core.Warehouse.Lists;

/// <summary>
/// What the dashboard's ranked lists and drill-down (spec 6.4-6.6) ask the warehouse, under the global filters of
/// spec 6.7 (a session counts by its start). SQLite answers from hourly rollups kept on write; Cosmos aggregates
/// the window's day partitions at query time.
/// </summary>
public interface IDashboardLists
{
    /// <summary>
    /// One kind's entries (<see cref="DashboardItemKinds"/>) summed over the window, one total per (item, sub, tier);
    /// entries no session holds any more are left out. Order is unspecified.
    /// </summary>
    Task<IReadOnlyList<ItemTotal>> TotalsAsync(DashboardFilter filter, string kind, CancellationToken cancellationToken);

    /// <summary>
    /// The sessions holding the entry (<paramref name="kind"/>, <paramref name="item"/>, any sub), newest start first
    /// (ties by session id, descending), starting after <paramref name="after"/>; with <paramref name="zeroResultsOnly"/>
    /// only those where a search of it reported 0 results.
    /// </summary>
    Task<IReadOnlyList<ItemSession>> SessionsAsync(
        DashboardFilter filter, string kind, string item, bool zeroResultsOnly, ItemCursor? after, int limit, CancellationToken cancellationToken);

    /// <summary>The highest-scored sessions of the window (score descending, then newest), at most <paramref name="max"/>, with their entries as signals.</summary>
    Task<IReadOnlyList<HotLead>> HotLeadsAsync(DashboardFilter filter, int max, CancellationToken cancellationToken);
}

/// <summary>An entry's figures summed over the window's sessions (see <see cref="DashboardItem"/> for each figure).</summary>
/// <param name="Tier">The sessions' qualification tier, null for sessions without one.</param>
/// <param name="Sessions">Sessions holding the entry.</param>
public sealed record ItemTotal(
    string Item, string Sub, string? Tier, long Sessions, long Count, long Positive, long Zero, long ValueSum, long ValueCount);

/// <summary>A session behind an entry, with the quote that matched (null when the entry has none).</summary>
public sealed record ItemSession(string SessionId, DateTimeOffset StartTime, string? Tier, int? LeadScore, string? Sentiment, string? Quote);

/// <summary>Where a drill-down page ended: the last session's start and id.</summary>
public sealed record ItemCursor(DateTimeOffset StartTime, string SessionId);

/// <summary>A high-scored session with its caller and the entries it holds (industry, team size, integrations, competitors...).</summary>
public sealed record HotLead(
    string SessionId, DateTimeOffset StartTime, string? Name, int Score, string? Tier, IReadOnlyList<DashboardItem> Signals);
