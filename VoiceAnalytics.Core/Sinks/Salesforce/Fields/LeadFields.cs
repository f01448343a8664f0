using VoiceAnalytics.Core.Analysis.Objections;
using VoiceAnalytics.Core.Analysis.Sales;
using VoiceAnalytics.Core.Contracts;
using VoiceAnalytics.Core.Pipeline;

namespace VoiceAnalytics.Core.Sinks.Salesforce.Fields;

/// <summary>
/// The fields of spec 4.1-4.6 written to the caller's Lead or Contact (orgs add the custom fields to both). An update
/// carries what this call found and leaves everything else as it is; a new Lead also gets its identity
/// (<see cref="LeadIdentity"/>) and the "nothing known yet" picklist values.
/// </summary>
internal static class LeadFields
{
    public static Dictionary<string, object?> ForUpdate(SessionPayload session, SessionReport report)
    {
        var fields = new Dictionary<string, object?>(StringComparer.Ordinal);
        LeadScoreFields.AddTo(fields, session, report);
        if (report.Get<SalesIntelligenceReport>() is { } sales)
        {
            DiscoveredSignalFields.AddTo(fields, sales);
            PainPointFields.AddTo(fields, sales.ProductFit);
            CompetitiveFields.AddTo(fields, sales.ProductFit, report.Get<ObjectionReport>());
        }

        CallIntelligenceFields.AddTo(fields, report);
        NextStepFields.AddTo(fields, report);
        return fields;
    }

    public static Dictionary<string, object?> ForCreate(SessionPayload session, SessionReport report, string email)
    {
        var fields = new Dictionary<string, object?>(StringComparer.Ordinal);
        LeadIdentity.AddTo(fields, session, report, email);
        foreach (var (name, value) in ForUpdate(session, report))
        {
            fields[name] = value;
        }

        fields.TryAdd("Budget_Authority__c", SalesforcePicklists.UnknownAuthority);
        fields.TryAdd("Competitor_Mentioned__c", SalesforcePicklists.NoCompetitor);
        return fields;
    }
}
