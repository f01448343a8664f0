namespace VoiceAnalytics.Core.Scoring;

/// <summary>Tier 1 when the team has 5+ seats, or 100+ documents a month, or needs Salesforce or HubSpot.</summary>
public static class QualificationTierRule
{
    public static (string Tier, string Reason) Evaluate(LeadFacts facts)
    {
        if (facts.TeamSize >= 5)
        {
            return ("Tier 1", $"team of {facts.TeamSize} (5 or more seats)");
        }

        if (facts.MonthlyVolume >= 100)
        {
            return ("Tier 1", $"{facts.MonthlyVolume} documents a month (100 or more)");
        }

        if (facts.IntegrationNeeds.FirstOrDefault(n => n is "salesforce" or "hubspot") is { } crm)
        {
            return ("Tier 1", $"needs the {crm} integration");
        }

        return ("Tier 2", "under 5 seats, under 100 documents a month and no Salesforce or HubSpot need");
    }
}
