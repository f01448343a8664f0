using Microsoft.Extensions.Options;
using VoiceAnalytics.Core.Scoring;
using VoiceAnalytics.Core.Warehouse;
using VoiceAnalytics.Core.Warehouse.Lists;
using static VoiceAnalytics.Core.Warehouse.Lists.DashboardItemKinds;

namespace VoiceAnalytics.Core.Dashboard.Lists;

/// <summary>
/// Spec 6.5 from the ranked-list rollup: every figure the page shows, computed here. Lists are ordered by their count
/// descending, ties by name (ordinal), and cut to <see cref="DashboardListsOptions.ListLength"/> (industries: 10).
/// </summary>
public sealed class SalesPanelReader(IDashboardLists lists, IOptions<LeadScoringOptions> scoring, IOptions<DashboardListsOptions> options, TimeProvider time)
{
    public const int TopIndustries = 10;

    public async Task<SalesPanel> ReadAsync(DashboardFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var length = options.Value.ListLength;
        var scores = await lists.TotalsAsync(filter, LeadScore, cancellationToken).ConfigureAwait(false);
        var industries = await lists.TotalsAsync(filter, Industry, cancellationToken).ConfigureAwait(false);
        var teams = await lists.TotalsAsync(filter, TeamSize, cancellationToken).ConfigureAwait(false);
        var integrations = await lists.TotalsAsync(filter, Integration, cancellationToken).ConfigureAwait(false);
        var competitors = await lists.TotalsAsync(filter, Competitor, cancellationToken).ConfigureAwait(false);
        var objections = await lists.TotalsAsync(filter, Objection, cancellationToken).ConfigureAwait(false);

        return new SalesPanel(
            ListWindow.Of(filter),
            time.GetUtcNow(),
            LeadScoresOf(scores),
            IndustriesOf(industries),
            TeamSizesOf(teams, scoring.Value.Tier1MinTeamSize),
            new IntegrationList(integrations
                .GroupBy(t => t.Item, StringComparer.Ordinal)
                .Select(g => new IntegrationEntry(
                    g.Key, g.Sum(t => t.Sessions), g.Where(t => t.Tier == QualificationTierRule.Qualified).Sum(t => t.Sessions),
                    g.Where(t => t.Tier == QualificationTierRule.NotQualified).Sum(t => t.Sessions),
                    g.Where(t => t.Tier is not (QualificationTierRule.Qualified or QualificationTierRule.NotQualified)).Sum(t => t.Sessions)))
                .OrderByDescending(e => e.Sessions).ThenBy(e => e.Integration, StringComparer.Ordinal)
                .Take(length).ToList()),
            CompetitorsOf(competitors, length),
            ObjectionsOf(objections, length));
    }

    private static LeadScoreHistogram LeadScoresOf(IReadOnlyList<ItemTotal> totals)
    {
        var all = totals.Sum(t => t.Sessions);
        int[] mins = [0, 21, 41, 61, 81];
        return new LeadScoreHistogram(all, LeadScoreBuckets.Select((label, i) =>
        {
            var sessions = totals.Where(t => t.Item == label).Sum(t => t.Sessions);
            return new Bucket(label, mins[i], i == 4 ? 100 : mins[i + 1] - 1, sessions, ListMath.Ratio(sessions, all));
        }).ToList());
    }

    private static IndustryList IndustriesOf(IReadOnlyList<ItemTotal> totals)
    {
        var all = totals.Sum(t => t.Sessions);
        return new IndustryList(all, totals
            .GroupBy(t => t.Item, StringComparer.Ordinal)
            .Select(g => (Industry: g.Key, Sessions: g.Sum(t => t.Sessions)))
            .OrderByDescending(e => e.Sessions).ThenBy(e => e.Industry, StringComparer.Ordinal)
            .Take(TopIndustries)
            .Select(e => new IndustryEntry(e.Industry, e.Sessions, ListMath.Ratio(e.Sessions, all)))
            .ToList());
    }

    private static TeamSizeHistogram TeamSizesOf(IReadOnlyList<ItemTotal> totals, int threshold)
    {
        var all = totals.Sum(t => t.Sessions);
        var starts = TeamSizeBucketStarts;
        return new TeamSizeHistogram(threshold, all, TeamSizeBuckets.Select((label, i) =>
        {
            var sessions = totals.Where(t => t.Item == label).Sum(t => t.Sessions);
            return new TeamSizeBucket(label, starts[i], i + 1 < starts.Count ? starts[i + 1] - 1 : null, sessions, ListMath.Ratio(sessions, all), starts[i] >= threshold);
        }).ToList());
    }

    private static CompetitorList CompetitorsOf(IReadOnlyList<ItemTotal> totals, int length) => new(
        totals.Sum(t => t.Count),
        totals
            .GroupBy(t => t.Item, StringComparer.Ordinal)
            .Select(g =>
            {
                long Of(string sentiment) => g.Where(t => t.Sub == sentiment).Sum(t => t.Count);
                var (positive, neutral, negative) = (Of("positive"), Of("neutral"), Of("negative"));
                var dominant = negative >= neutral && negative >= positive ? "negative" : neutral >= positive ? "neutral" : "positive";
                return new CompetitorEntry(g.Key, g.Sum(t => t.Count), positive, neutral, negative, dominant);
            })
            .OrderByDescending(e => e.Mentions).ThenBy(e => e.Competitor, StringComparer.Ordinal)
            .Take(length).ToList());

    private static ObjectionList ObjectionsOf(IReadOnlyList<ItemTotal> totals, int length) => new(
        totals.Sum(t => t.Count),
        totals
            .GroupBy(t => (t.Item, t.Sub))
            .Select(g => new ObjectionEntry(
                g.Key.Item, g.Key.Sub, g.Sum(t => t.Count), g.Sum(t => t.Sessions), g.Sum(t => t.Positive), ListMath.Ratio(g.Sum(t => t.Positive), g.Sum(t => t.Count))))
            .OrderByDescending(e => e.Count).ThenBy(e => e.Objection, StringComparer.Ordinal).ThenBy(e => e.Category, StringComparer.Ordinal)
            .Take(length).ToList());
}
