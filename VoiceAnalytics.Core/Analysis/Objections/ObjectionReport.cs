using VoiceAnalytics.Core.Analysis.Sales.ProductFit.Tools;
using VoiceAnalytics.Core.Analysis.Text;

namespace VoiceAnalytics.Core.Analysis.Objections;

/// <summary>
/// Spec 3.5: the objections (categorized and prioritized), the competitors named, comparison requests, switching
/// barriers with mitigation strategies, and the battlecard triggers they add up to.
/// </summary>
public sealed record ObjectionReport
{
    /// <summary>Ordered by <see cref="Objection.Priority"/>.</summary>
    public IReadOnlyList<Objection> Objections { get; init; } = [];

    /// <summary>The distinct objection categories, sorted (LABELS.md <c>objection_categories</c>).</summary>
    public IReadOnlyList<string> Categories { get; init; } = [];

    public IReadOnlyList<CompetitorMention> CompetitorMentions { get; init; } = [];

    /// <summary>The user's comparison questions; the value is the sentence.</summary>
    public IReadOnlyList<Extracted<string>> ComparisonRequests { get; init; } = [];

    /// <summary>The value is one of <see cref="BarrierKinds"/>.</summary>
    public IReadOnlyList<Extracted<string>> SwitchingBarriers { get; init; } = [];

    public IReadOnlyList<BarrierMitigation> BarrierMitigations { get; init; } = [];

    /// <summary>
    /// Which battlecards the rep needs: <c>competitor:docusign</c>, <c>objection:pricing</c>,
    /// <c>barrier:contract_lock_in</c>, <c>comparison</c>.
    /// </summary>
    public IReadOnlyList<string> BattlecardTriggers { get; init; } = [];
}
