namespace VoiceAnalytics.Core.Warehouse.Lists;

/// <summary>The kinds of ranked-list entries, their buckets, and the bounds on what one (untrusted) call may add.</summary>
public static class DashboardItemKinds
{
    /// <summary>A knowledge-base search by normalized query (6.4 top queries, content gaps, success rate).</summary>
    public const string KnowledgeSearch = "kb_search";

    /// <summary>Knowledge-base searches by result-count bin (<see cref="ResultBins"/>, 6.4 histogram).</summary>
    public const string SearchResults = "kb_results";

    /// <summary>Tool calls by tool name (6.4 tool usage).</summary>
    public const string Tool = "tool";

    /// <summary>Sessions by lead-score bucket (<see cref="LeadScoreBuckets"/>, 6.5).</summary>
    public const string LeadScore = "lead_score";

    public const string Industry = "industry";

    /// <summary>Sessions by team-size bucket (<see cref="TeamSizeBuckets"/>, 6.5).</summary>
    public const string TeamSize = "team_size";

    public const string Integration = "integration";

    /// <summary>Competitor mentions, split by the mention's sentiment.</summary>
    public const string Competitor = "competitor";

    /// <summary>Objections by trigger phrase, split by category.</summary>
    public const string Objection = "objection";

    public static readonly IReadOnlyList<string> All =
        [KnowledgeSearch, SearchResults, Tool, LeadScore, Industry, TeamSize, Integration, Competitor, Objection];

    /// <summary>Distinct entries one session may add per kind; the rest of a flood is dropped.</summary>
    public const int MaxItemsPerKind = 20;

    /// <summary>Entry text is cut to this many characters.</summary>
    public const int MaxItemLength = 100;

    /// <summary>Quotes are cut to this many characters.</summary>
    public const int MaxQuoteLength = 200;

    public static readonly IReadOnlyList<string> LeadScoreBuckets = ["0-20", "21-40", "41-60", "61-80", "81-100"];

    public static readonly IReadOnlyList<string> TeamSizeBuckets = ["1-2", "3-4", "5-10", "11-25", "26+"];

    /// <summary>Bins of a search's result count for the results histogram.</summary>
    public static readonly IReadOnlyList<string> ResultBins = ["0", "1-2", "3-5", "6-10", "11-20", "21+"];

    public static string LeadScoreBucket(int score) => score switch
    {
        <= 20 => LeadScoreBuckets[0],
        <= 40 => LeadScoreBuckets[1],
        <= 60 => LeadScoreBuckets[2],
        <= 80 => LeadScoreBuckets[3],
        _ => LeadScoreBuckets[4],
    };

    /// <summary>The bucket of a team of <paramref name="seats"/>, or null for no team (0 or less).</summary>
    public static string? TeamSizeBucket(int seats) => seats switch
    {
        <= 0 => null,
        <= 2 => TeamSizeBuckets[0],
        <= 4 => TeamSizeBuckets[1],
        <= 10 => TeamSizeBuckets[2],
        <= 25 => TeamSizeBuckets[3],
        _ => TeamSizeBuckets[4],
    };

    /// <summary>The lowest team size of each bucket, in <see cref="TeamSizeBuckets"/> order.</summary>
    public static readonly IReadOnlyList<int> TeamSizeBucketStarts = [1, 3, 5, 11, 26];

    public static string ResultBin(int results) => results switch
    {
        <= 0 => ResultBins[0],
        <= 2 => ResultBins[1],
        <= 5 => ResultBins[2],
        <= 10 => ResultBins[3],
        <= 20 => ResultBins[4],
        _ => ResultBins[5],
    };

    /// <summary>A query as the content-gap reports group it (trimmed, lower case: QualityDigestQuery), cut to <see cref="MaxItemLength"/>.</summary>
    public static string NormalizeQuery(string query) => Cut(query.Trim().ToLowerInvariant(), MaxItemLength);

    public static string Cut(string text, int max) => text.Length <= max ? text : text[..max];
}
