using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Azure.Cosmos;
using VoiceAnalytics.Core.Warehouse.Lists;
using VoiceAnalytics.Core.Warehouse.Sqlite;

namespace VoiceAnalytics.Core.Warehouse.Cosmos;

/// <summary>
/// <see cref="IDashboardLists"/> on Cosmos DB, aggregated at query time: the window's sessions (one single-partition
/// query per day, the spec 6.7 filters in the query), their analysis documents and, for the knowledge-base and tool
/// kinds, their transcripts, through the same <see cref="DashboardItemExtractor"/> the SQLite rollup uses.
/// </summary>
public sealed class CosmosDashboardLists(CosmosStore store) : IDashboardLists
{
    internal const string AnalysisSql =
        "SELECT c.session_id, c.sales_intelligence, c.objections, c.competitors FROM c WHERE c.start_time >= @from AND c.start_time < @to";

    // Transcript documents carry no start time: a day's are read whole and matched to the window's sessions.
    internal const string TranscriptsSql = "SELECT c.session_id, c.transcript_json FROM c";

    private static readonly HashSet<string> TranscriptKinds = new([DashboardItemKinds.KnowledgeSearch, DashboardItemKinds.SearchResults, DashboardItemKinds.Tool], StringComparer.Ordinal);

    public async Task<IReadOnlyList<ItemTotal>> TotalsAsync(DashboardFilter filter, string kind, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var sessions = await ItemsAsync(filter, TranscriptKinds.Contains(kind), cancellationToken).ConfigureAwait(false);
        return sessions
            .SelectMany(s => s.Items.Where(i => i.Kind == kind).Select(i => (s.Session.QualificationTier, Item: i)))
            .GroupBy(x => (x.Item.Item, x.Item.Sub, x.QualificationTier))
            .Select(g => new ItemTotal(
                g.Key.Item, g.Key.Sub, g.Key.QualificationTier, g.Count(), g.Sum(x => (long)x.Item.Count), g.Sum(x => (long)x.Item.Positive),
                g.Sum(x => (long)x.Item.Zero), g.Sum(x => x.Item.ValueSum), g.Sum(x => (long)x.Item.ValueCount)))
            .ToList();
    }

    public async Task<IReadOnlyList<ItemSession>> SessionsAsync(
        DashboardFilter filter, string kind, string item, bool zeroResultsOnly, ItemCursor? after, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var sessions = await ItemsAsync(filter, TranscriptKinds.Contains(kind), cancellationToken).ConfigureAwait(false);
        (string Start, string SessionId)? cursor = after is null ? null : (WarehouseTime.Format(after.StartTime), after.SessionId);
        return sessions
            .Select(s => (s.Session, Matches: s.Items.Where(i => i.Kind == kind && i.Item == item && (!zeroResultsOnly || i.Zero > 0)).ToList()))
            .Where(s => s.Matches.Count > 0)
            .Where(s => cursor is not { } c || Before(s.Session.StartTime, s.Session.SessionId, c.Start, c.SessionId))
            .OrderByDescending(s => s.Session.StartTime, StringComparer.Ordinal)
            .ThenByDescending(s => s.Session.SessionId, StringComparer.Ordinal)
            .Take(limit)
            .Select(s => new ItemSession(
                s.Session.SessionId, WarehouseTime.Parse(s.Session.StartTime), s.Session.QualificationTier, s.Session.LeadScore, s.Session.Sentiment,
                s.Matches.Select(m => m.Quote).Where(q => q is not null).Max(StringComparer.Ordinal)))
            .ToList();
    }

    public async Task<IReadOnlyList<HotLead>> HotLeadsAsync(DashboardFilter filter, int max, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var sessions = await ItemsAsync(filter, false, cancellationToken).ConfigureAwait(false);
        string[] signalKinds = [DashboardItemKinds.Industry, DashboardItemKinds.TeamSize, DashboardItemKinds.Integration, DashboardItemKinds.Competitor, DashboardItemKinds.Objection];
        return sessions
            .Where(s => s.Session.LeadScore is not null)
            .OrderByDescending(s => s.Session.LeadScore)
            .ThenByDescending(s => s.Session.StartTime, StringComparer.Ordinal)
            .ThenByDescending(s => s.Session.SessionId, StringComparer.Ordinal)
            .Take(max)
            .Select(s => new HotLead(
                s.Session.SessionId, WarehouseTime.Parse(s.Session.StartTime), s.Session.UserName, s.Session.LeadScore!.Value, s.Session.QualificationTier,
                s.Items.Where(i => signalKinds.Contains(i.Kind))
                    .OrderBy(i => i.Kind, StringComparer.Ordinal).ThenBy(i => i.Item, StringComparer.Ordinal).ThenBy(i => i.Sub, StringComparer.Ordinal)
                    .ToList()))
            .ToList();
    }

    private static bool Before(string start, string id, string cursorStart, string cursorId)
    {
        var byStart = string.CompareOrdinal(start, cursorStart);
        return byStart < 0 || (byStart == 0 && string.CompareOrdinal(id, cursorId) < 0);
    }

    /// <summary>The window's sessions with their entries, as the SQLite rollup would count them.</summary>
    private async Task<List<(ListSessionDocument Session, IReadOnlyList<DashboardItem> Items)>> ItemsAsync(
        DashboardFilter filter, bool withTranscripts, CancellationToken cancellationToken)
    {
        var days = CosmosDay.Covering(filter.From, filter.To);
        var sessions = await store.QueryDaysAsync<ListSessionDocument>(store.Containers.Sessions, SessionsQuery(filter), days, cancellationToken).ConfigureAwait(false);
        if (sessions.Count == 0)
        {
            return [];
        }

        var analyses = (await store.QueryDaysAsync<ListAnalysisDocument>(
                store.Containers.AnalysisResults, CosmosOpsFigures.Window(AnalysisSql, filter.From, filter.To), days, cancellationToken).ConfigureAwait(false))
            .ToDictionary(a => a.SessionId, StringComparer.Ordinal);
        var transcripts = new Dictionary<string, string>(StringComparer.Ordinal);
        if (withTranscripts)
        {
            var ids = sessions.Select(s => s.SessionId).ToHashSet(StringComparer.Ordinal);
            foreach (var transcript in await store.QueryDaysAsync<ListTranscriptDocument>(
                         store.Containers.Transcripts, new QueryDefinition(TranscriptsSql), days.Distinct().ToList(), cancellationToken).ConfigureAwait(false))
            {
                if (ids.Contains(transcript.SessionId) && transcript.TranscriptJson is { } json)
                {
                    transcripts[transcript.SessionId] = json.GetRawText();
                }
            }
        }

        return sessions.Select(s =>
        {
            var analysis = analyses.GetValueOrDefault(s.SessionId);
            var source = new DashboardItemSource(
                s.LeadScore, s.Industry, analysis?.SalesIntelligence, analysis?.Objections, analysis?.Competitors, transcripts.GetValueOrDefault(s.SessionId) ?? "{}");
            return (s, DashboardItemExtractor.Extract(source));
        }).ToList();
    }

    /// <summary>The window, then one equality per filter that is set (<see cref="CosmosDashboardFigures.FilteredSessions"/>).</summary>
    internal static QueryDefinition SessionsQuery(DashboardFilter filter) =>
        CosmosDashboardFigures.FilteredSessions("c.session_id, c.start_time, c.qualification_tier, c.lead_score, c.sentiment, c.industry, c.user_name", filter, filter.From, filter.To);

    private sealed record ListSessionDocument
    {
        [JsonPropertyName("session_id")] public required string SessionId { get; init; }
        [JsonPropertyName("start_time")] public required string StartTime { get; init; }
        [JsonPropertyName("qualification_tier")] public string? QualificationTier { get; init; }
        [JsonPropertyName("lead_score")] public int? LeadScore { get; init; }
        [JsonPropertyName("sentiment")] public string? Sentiment { get; init; }
        [JsonPropertyName("industry")] public string? Industry { get; init; }
        [JsonPropertyName("user_name")] public string? UserName { get; init; }
    }

    private sealed record ListAnalysisDocument
    {
        [JsonPropertyName("session_id")] public required string SessionId { get; init; }
        [JsonPropertyName("sales_intelligence")] public JsonElement? SalesIntelligence { get; init; }
        [JsonPropertyName("objections")] public JsonElement? Objections { get; init; }
        [JsonPropertyName("competitors")] public JsonElement? Competitors { get; init; }
    }

    private sealed record ListTranscriptDocument
    {
        [JsonPropertyName("session_id")] public required string SessionId { get; init; }
        [JsonPropertyName("transcript_json")] public JsonElement? TranscriptJson { get; init; }
    }
}
