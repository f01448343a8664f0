using VoiceAnalytics.Core.Warehouse;
using VoiceAnalytics.Core.Warehouse.Lists;

namespace VoiceAnalytics.Core.Dashboard.Lists;

/// <summary>The sessions behind a widget entry, one page from the ranked-list rollup's per-session index.</summary>
public sealed class SessionDrillDownReader(IDashboardLists lists, TimeProvider time)
{
    public async Task<SessionDrillDown> ReadAsync(DashboardFilter filter, DrillDownRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(request);
        // One more than the page: whether a next page exists without a second query.
        var sessions = await lists.SessionsAsync(filter, request.ItemKind, request.Item, request.ZeroResultsOnly, request.After, request.Limit + 1, cancellationToken).ConfigureAwait(false);
        var page = sessions.Take(request.Limit).ToList();
        return new SessionDrillDown(
            ListWindow.Of(filter),
            time.GetUtcNow(),
            request.Kind,
            request.Value,
            request.Limit,
            [.. page.Select(s => new DrillDownSession(s.SessionId, s.StartTime, s.Tier, s.LeadScore, s.Sentiment, s.Quote, ActivityListsReader.SessionUrl(s.SessionId)))],
            sessions.Count > request.Limit ? DrillDownRequest.Encode(new ItemCursor(page[^1].StartTime, page[^1].SessionId)) : null);
    }
}
