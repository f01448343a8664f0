using Microsoft.Azure.Functions.Worker;
using VoiceAnalytics.Core.Pipeline;

namespace VoiceAnalytics.Functions.Functions.Analysis;

/// <summary>Activity: delivers the report to Amplitude events. A failure is recorded in the ledger, then thrown so the retry policy applies.</summary>
public sealed class DeliverAmplitude(SessionActivities activities)
{
    public const string Sink = "amplitude";

    [Function(nameof(DeliverAmplitude))]
    public Task Run([ActivityTrigger] string sessionId, CancellationToken cancellationToken) =>
        SinkActivity.DeliverAsync(activities, sessionId, Sink, cancellationToken);
}
