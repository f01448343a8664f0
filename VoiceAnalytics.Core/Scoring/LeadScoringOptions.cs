namespace VoiceAnalytics.Core.Scoring;

/// <summary>
/// Lead scoring weights (configuration section <c>LeadScoring</c>). The defaults are the analytics strategy's
/// "Lead Scoring Inputs" (team size, monthly volume, integration needs, urgency, budget authority); the spec's five
/// components (3.2) group them, each capped at its maximum, and add the engagement factors the strategy leaves open.
/// </summary>
public sealed class LeadScoringOptions
{
    public const string Section = "LeadScoring";

    /// <summary>Strategy: 1-2 → 0, 3-4 → 5, 5-10 → 15, 10+ → 25 (firmographic).</summary>
    public List<PointsBand> TeamSize { get; set; } =
    [
        new() { Min = 0, Max = 2, Points = 0 },
        new() { Min = 3, Max = 4, Points = 5 },
        new() { Min = 5, Max = 10, Points = 15 },
        new() { Min = 11, Points = 25 },
    ];

    /// <summary>Strategy: &lt;10 → 0, 10-50 → 5, 50-100 → 10, 100+ → 20 documents a month (demographic: size indicator).</summary>
    public List<PointsBand> MonthlyVolume { get; set; } =
    [
        new() { Min = 0, Max = 9, Points = 0 },
        new() { Min = 10, Max = 49, Points = 5 },
        new() { Min = 50, Max = 99, Points = 10 },
        new() { Min = 100, Points = 20 },
    ];

    /// <summary>Strategy: salesforce 20, hubspot 15, api 10, none 0; the best one counts (fit).</summary>
    public Dictionary<string, int> IntegrationNeeds { get; set; } = new(StringComparer.OrdinalIgnoreCase)
    {
        ["salesforce"] = 20,
        ["hubspot"] = 15,
        ["api"] = 10,
    };

    /// <summary>Strategy "urgency" by decision timeline: this_week 15, this_month 10, this_quarter 5, evaluating 0 (intent).</summary>
    public Dictionary<string, int> DecisionTimeline { get; set; } = new(StringComparer.OrdinalIgnoreCase)
    {
        ["this_week"] = 15,
        ["this_month"] = 10,
        ["this_quarter"] = 5,
        ["next_quarter"] = 0,
        ["evaluating"] = 0,
    };

    /// <summary>Strategy: decision_maker 15, influencer 10, needs_approval 5, unknown 0 (intent).</summary>
    public Dictionary<string, int> BudgetAuthority { get; set; } = new(StringComparer.OrdinalIgnoreCase)
    {
        ["decision_maker"] = 15,
        ["influencer"] = 10,
        ["needs_approval"] = 5,
    };

    /// <summary>Employees (firmographic, added to team size): 50-199 → 3, 200+ → 5.</summary>
    public List<PointsBand> CompanySize { get; set; } =
    [
        new() { Min = 50, Max = 199, Points = 3 },
        new() { Min = 200, Points = 5 },
    ];

    /// <summary>Industries PandaDoc sells best into (demographic bonus).</summary>
    public List<string> TargetIndustries { get; set; } = ["software", "real_estate", "marketing_agency", "consulting", "finance", "insurance", "legal", "hr_staffing"];

    public int TargetIndustryPoints { get; set; } = 5;

    /// <summary>Two or more use cases (fit).</summary>
    public int MultipleUseCasesPoints { get; set; } = 3;

    public int MeetingBookedPoints { get; set; } = 5;

    public Dictionary<string, int> BuyingSignal { get; set; } = new(StringComparer.OrdinalIgnoreCase)
    {
        ["strong"] = 8,
        ["medium"] = 5,
        ["weak"] = 2,
    };

    public int PointsPerUserQuestion { get; set; } = 2;

    public int MaxQuestionPoints { get; set; } = 8;

    /// <summary>An engaged call: at least this many user turns.</summary>
    public int EngagedUserTurns { get; set; } = 8;

    public int EngagedTurnsPoints { get; set; } = 4;

    /// <summary>A call long enough to qualify and short enough to stay focused: 3 to 20 minutes.</summary>
    public int AppropriateDurationPoints { get; set; } = 3;

    public int PositiveSentimentPoints { get; set; } = 2;

    public int HotAbove { get; set; } = 80;

    /// <summary>Tier 1 (LABELS.md): a team of at least this many seats ...</summary>
    public int Tier1MinTeamSize { get; set; } = 5;

    /// <summary>... or at least this many documents a month ...</summary>
    public int Tier1MinMonthlyVolume { get; set; } = 100;

    /// <summary>... or a need for one of these integrations.</summary>
    public List<string> Tier1Integrations { get; set; } = ["salesforce", "hubspot"];

    public int WarmFrom { get; set; } = 60;
}
