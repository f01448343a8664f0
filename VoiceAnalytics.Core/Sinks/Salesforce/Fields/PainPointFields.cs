using VoiceAnalytics.Core.Analysis.Sales.ProductFit;

namespace VoiceAnalytics.Core.Sinks.Salesforce.Fields;

/// <summary>Spec 4.3: pain points as a bulleted list with their impact, use cases, requested features with the user's words.</summary>
internal static class PainPointFields
{
    public static void AddTo(Dictionary<string, object?> fields, ProductFitSignals fit)
    {
        if (SalesforceText.Bullets(fit.PainPoints.Select(p => p.Impact is null ? p.Description : $"{p.Description} (impact: {p.Impact})")) is { } pains)
        {
            fields["Pain_Points__c"] = pains;
        }

        if (SalesforcePicklists.MultiSelect(fit.UseCases.Select(u => u.Value)) is { } useCases)
        {
            fields["Use_Cases__c"] = useCases;
        }

        var features = fit.FeatureRequests.Select(f => f.Evidence is { } evidence
            ? $"{SalesforcePicklists.Display(f.Value)}: {SalesforceText.Quoted(evidence.Quote)}"
            : SalesforcePicklists.Display(f.Value));
        if (SalesforceText.Bullets(features) is { } requests)
        {
            fields["Feature_Requests__c"] = requests;
        }
    }
}
