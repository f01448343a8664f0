using Microsoft.Azure.Functions.Worker;
using VoiceAnalytics.Core.Pipeline;

namespace VoiceAnalytics.Functions.Functions.Analysis;

/// <summary>Activity: delivers the report to Salesforce: lead, Voice_Call__c and follow-up task. A failure is recorded in the ledger, then thrown so the retry policy applies.</summary>
public sealed class DeliverSalesforce(SessionActivities activities)
{
    public const string Sink = "salesforce";

    [Function(nameof(DeliverSalesforce))]
    public Task Run([ActivityTrigger] string sessionId, CancellationToken cancellationToken) =>
        SinkActivity.DeliverAsync(activities, sessionId, Sink, cancellationToken);
}
