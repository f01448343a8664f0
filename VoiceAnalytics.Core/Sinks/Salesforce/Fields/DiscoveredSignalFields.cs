using VoiceAnalytics.Core.Analysis.Sales;

namespace VoiceAnalytics.Core.Sinks.Salesforce.Fields;

/// <summary>
/// Spec 4.2: team size, monthly volume, integrations, industry, timeline, authority, current tool, urgency. A signal
/// the call did not reveal is left out, so the lead keeps what an earlier call found.
/// </summary>
internal static class DiscoveredSignalFields
{
    public static void AddTo(Dictionary<string, object?> fields, SalesIntelligenceReport sales)
    {
        if (sales.Sizing.TeamSize is { Value: > 0 } team)
        {
            fields["Team_Size__c"] = Math.Min(team.Value, 9999);
        }

        if (sales.Sizing.MonthlyVolume is { Value: >= 0 } volume)
        {
            fields["Monthly_Document_Volume__c"] = Math.Min(volume.Value, 99_999);
        }

        Set(fields, "Integration_Needs__c", SalesforcePicklists.MultiSelect(sales.ProductFit.IntegrationNeeds.Select(i => i.Value)));
        Set(fields, "Industry_Vertical__c", Display(sales.ProductFit.Industry?.Value));
        Set(fields, "Decision_Timeline__c", Display(sales.Deal.DecisionTimeline?.Value));
        Set(fields, "Budget_Authority__c", Display(sales.Deal.BudgetAuthority?.Value));
        Set(fields, "Current_Tool__c", Display(sales.ProductFit.CurrentTool?.Value));
        Set(fields, "Urgency_Level__c", Display(sales.Deal.Urgency?.Value));
    }

    private static string? Display(string? label) => label is null ? null : SalesforcePicklists.Display(label);

    private static void Set(Dictionary<string, object?> fields, string name, string? value)
    {
        if (value is not null)
        {
            fields[name] = value;
        }
    }
}
