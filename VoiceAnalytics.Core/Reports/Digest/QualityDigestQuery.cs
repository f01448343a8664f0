using VoiceAnalytics.Core.Alerts.Slack.Messages;
using VoiceAnalytics.Core.Warehouse;

namespace VoiceAnalytics.Core.Reports.Digest;

/// <summary>
/// One hour of the warehouse for the #product digest (spec 7.4): failed knowledge-base searches grouped by question,
/// sessions with an engagement score under the threshold with the reason and what they share, and feature requests
/// (plus "features" objections of calls that named no feature) grouped by feature.
/// </summary>
public sealed class QualityDigestQuery(IDigestFigures warehouse)
{
    public const double EngagementThreshold = 5;
    private const int MaxItems = 10;
    private const int MaxQuoteLength = 120;

    public async Task<QualityDigestDetails> ReadAsync(DigestWindow window, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(window);
        var searches = await warehouse.FailedSearchesAsync(window.From, window.To, cancellationToken).ConfigureAwait(false);
        var low = await warehouse.LowEngagementAsync(window.From, window.To, EngagementThreshold, cancellationToken).ConfigureAwait(false);
        var mentions = await warehouse.FeatureMentionsAsync(window.From, window.To, cancellationToken).ConfigureAwait(false);
        var lowItems = low.Select(s => new LowEngagementItem(s.SessionId, s.EngagementScore, LowEngagementReason.From(s.RedFlagCodes))).ToList();
        return new QualityDigestDetails
        {
            HourEnding = window.To,
            FailedSearchTotal = searches.Count,
            ContentGaps = Gaps(searches),
            EngagementThreshold = EngagementThreshold,
            LowEngagementSessions = lowItems,
            LowEngagementPattern = Pattern(lowItems.Select(i => i.Reason).ToList(), low.Select(s => s.MissingTopics).ToList()),
            FeatureMentionTotal = mentions.Count,
            FeatureRequests = Features(mentions),
        };
    }

    /// <summary>The same question however it was cased or spaced counts as one; the most asked first, then the earliest.</summary>
    private static IReadOnlyList<ContentGapItem> Gaps(IReadOnlyList<FailedSearch> searches) => searches
        .Select((search, order) => (Search: search, Order: order))
        .GroupBy(s => s.Search.Query.Trim().ToLowerInvariant(), StringComparer.Ordinal)
        .OrderByDescending(g => g.Count()).ThenBy(g => g.Min(s => s.Order))
        .Take(MaxItems)
        .Select(g => new ContentGapItem(g.First().Search.Query.Trim(), g.Count()))
        .ToList();

    private static IReadOnlyList<FeatureRequestItem> Features(IReadOnlyList<FeatureMention> mentions) => mentions
        .GroupBy(m => FeatureNames.Display(m.Feature ?? ""))
        .Select(g => new FeatureRequestItem(g.Key, g.Count(), Shorten(g.Select(m => m.Quote).FirstOrDefault(q => !string.IsNullOrWhiteSpace(q)))))
        .OrderByDescending(f => f.Mentions).ThenBy(f => f.Feature, StringComparer.Ordinal)
        .Take(MaxItems)
        .ToList();

    /// <summary>What two or more of the low sessions share: a topic the knowledge base lacked, else the same reason.</summary>
    private static string? Pattern(IReadOnlyList<string> reasons, IReadOnlyList<IReadOnlyList<string>> missingTopics)
    {
        var topic = missingTopics.SelectMany(t => t.Distinct()).GroupBy(t => t).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).FirstOrDefault();
        if (topic is { } t && t.Count() >= 2)
        {
            return FormattableString.Invariant($"{t.Count()} of these calls asked about {t.Key.Replace('_', ' ')} (not in KB)");
        }

        var reason = reasons.GroupBy(r => r).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).FirstOrDefault();
        return reason is { } r && r.Count() >= 2 && r.Key != LowEngagementReason.Unknown
            ? FormattableString.Invariant($"{r.Count()} of these calls: {r.Key.ToLowerInvariant()}")
            : null;
    }

    private static string? Shorten(string? quote) =>
        quote is null ? null : quote.Length <= MaxQuoteLength ? quote.Trim() : string.Concat(quote.AsSpan(0, MaxQuoteLength - 1).TrimEnd(), "…");
}
