using VoiceAnalytics.Core.Analysis.Text;

namespace VoiceAnalytics.Core.Analysis.Sales.Deal;

/// <summary>
/// The deal signals of a call (spec 3.1: decision timeline, budget authority, buying signal, stakeholders), each with
/// its confidence and the user's words as evidence. Values are the label names (<see cref="TimelineBuckets"/>,
/// <see cref="AuthorityLevels"/>, <see cref="UrgencyLevels"/>, <see cref="BuyingSignalLevels"/>).
/// </summary>
public sealed record DealSignals
{
    /// <summary>this_week | this_month | this_quarter | next_quarter | evaluating; null when timing never came up.</summary>
    public Extracted<string>? DecisionTimeline { get; init; }

    /// <summary>The date the decision is due by, when the user gave one.</summary>
    public DateOnly? DecisionDate { get; init; }

    /// <summary>decision_maker | influencer | needs_approval.</summary>
    public Extracted<string>? BudgetAuthority { get; init; }

    /// <summary>available | constrained: whether the money is there, when the user said so.</summary>
    public Extracted<string>? BudgetStatus { get; init; }

    /// <summary>high | medium | low; null when nothing about timing was said.</summary>
    public Extracted<string>? Urgency { get; init; }

    /// <summary>Roles of the other people in the decision or rollout (ceo, cfo, it, legal, manager, ...), one entry per role.</summary>
    public IReadOnlyList<Extracted<string>> Stakeholders { get; init; } = [];

    /// <summary>strong | medium | weak | none.</summary>
    public required Extracted<string> BuyingSignal { get; init; }

    /// <summary>True when a book_sales_meeting call succeeded.</summary>
    public bool MeetingBooked { get; init; }

    public MeetingDetails? Meeting { get; init; }
}
