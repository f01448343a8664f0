namespace VoiceAnalytics.Core.Scoring;

/// <summary>What lead scoring reads, gathered from the earlier analyzers' results (label-enum values).</summary>
public sealed record LeadFacts
{
    public int? TeamSize { get; init; }
    public int? CompanySize { get; init; }
    public int? MonthlyVolume { get; init; }
    public IReadOnlyList<string> IntegrationNeeds { get; init; } = [];
    public string? Industry { get; init; }
    public IReadOnlyList<string> UseCases { get; init; } = [];
    public string? DecisionTimeline { get; init; }
    public string? BudgetAuthority { get; init; }
    public string? BuyingSignal { get; init; }
    public bool MeetingBooked { get; init; }
    public int UserQuestions { get; init; }
    public int UserTurns { get; init; }
    public double DurationSeconds { get; init; }
    public string? Sentiment { get; init; }

    /// <summary>Mean confidence of the core signals that were found (0 when none).</summary>
    public double SignalConfidence { get; init; }
}
