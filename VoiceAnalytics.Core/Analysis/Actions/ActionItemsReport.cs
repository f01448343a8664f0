namespace VoiceAnalytics.Core.Analysis.Actions;

/// <summary>Spec 3.8: the follow-ups agreed in the call, with owners, due dates and priorities.</summary>
public sealed record ActionItemsReport
{
    /// <summary>In call order.</summary>
    public IReadOnlyList<ActionItem> Items { get; init; } = [];

    /// <summary>The distinct owners, sorted (LABELS.md <c>action_item_owners</c>).</summary>
    public IReadOnlyList<string> Owners { get; init; } = [];

    /// <summary>The earliest due date: when the next step happens.</summary>
    public DateOnly? NextDueDate { get; init; }
}
