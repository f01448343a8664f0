namespace VoiceAnalytics.Core.Analysis.Sales.Deal.People;

/// <summary>The budget_authority labels, and whether the money is there (<see cref="DealSignals.BudgetStatus"/>).</summary>
public static class AuthorityLevels
{
    /// <summary>Can buy alone.</summary>
    public const string DecisionMaker = "decision_maker";

    /// <summary>Recommends; someone else decides.</summary>
    public const string Influencer = "influencer";

    /// <summary>Decides but must get sign-off or budget approval.</summary>
    public const string NeedsApproval = "needs_approval";

    public const string BudgetAvailable = "available";

    public const string BudgetConstrained = "constrained";
}
