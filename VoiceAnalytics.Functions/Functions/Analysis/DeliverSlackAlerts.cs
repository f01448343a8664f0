using Microsoft.Azure.Functions.Worker;
using VoiceAnalytics.Core.Pipeline;

namespace VoiceAnalytics.Functions.Functions.Analysis;

/// <summary>Activity: delivers the report to hot-lead, meeting-booked and competitor alerts in Slack #sales. A failure is recorded in the ledger, then thrown so the retry policy applies.</summary>
public sealed class DeliverSlackAlerts(SessionActivities activities)
{
    public const string Sink = "slack-alerts";

    [Function(nameof(DeliverSlackAlerts))]
    public Task Run([ActivityTrigger] string sessionId, CancellationToken cancellationToken) =>
        SinkActivity.DeliverAsync(activities, sessionId, Sink, cancellationToken);
}
