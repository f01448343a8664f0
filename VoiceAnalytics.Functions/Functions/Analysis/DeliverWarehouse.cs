using Microsoft.Azure.Functions.Worker;
using VoiceAnalytics.Core.Pipeline;

namespace VoiceAnalytics.Functions.Functions.Analysis;

/// <summary>Activity: delivers the report to the warehouse, the system of record, delivered before the others. A failure is recorded in the ledger, then thrown so the retry policy applies.</summary>
public sealed class DeliverWarehouse(SessionActivities activities)
{
    public const string Sink = "warehouse";

    [Function(nameof(DeliverWarehouse))]
    public Task Run([ActivityTrigger] string sessionId, CancellationToken cancellationToken) =>
        SinkActivity.DeliverAsync(activities, sessionId, Sink, cancellationToken);
}
