namespace VoiceAnalytics.Core.Scoring;

/// <summary>
/// Tier 1 when the team has <see cref="LeadScoringOptions.Tier1MinTeamSize"/>+ seats, or
/// <see cref="LeadScoringOptions.Tier1MinMonthlyVolume"/>+ documents a month, or needs one of
/// <see cref="LeadScoringOptions.Tier1Integrations"/> (by default 5, 100, Salesforce or HubSpot).
/// </summary>
public static class QualificationTierRule
{
    public const string Qualified = "Tier 1";
    public const string NotQualified = "Tier 2";

    public static (string Tier, string Reason) Evaluate(LeadFacts facts, LeadScoringOptions options)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(options);
        if (facts.TeamSize >= options.Tier1MinTeamSize)
        {
            return (Qualified, $"team of {facts.TeamSize} ({options.Tier1MinTeamSize} or more seats)");
        }

        if (facts.MonthlyVolume >= options.Tier1MinMonthlyVolume)
        {
            return (Qualified, $"{facts.MonthlyVolume} documents a month ({options.Tier1MinMonthlyVolume} or more)");
        }

        if (facts.IntegrationNeeds.FirstOrDefault(n => options.Tier1Integrations.Contains(n, StringComparer.OrdinalIgnoreCase)) is { } crm)
        {
            return (Qualified, $"needs the {crm} integration");
        }

        return (NotQualified, $"under {options.Tier1MinTeamSize} seats, under {options.Tier1MinMonthlyVolume} documents a month and no {string.Join(" or ", options.Tier1Integrations)} need");
    }
}
