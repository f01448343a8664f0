using Microsoft.Azure.Functions.Worker;
using VoiceAnalytics.Core.Pipeline;

namespace VoiceAnalytics.Functions.Functions.Analysis;

/// <summary>Activity: Assembles the session report from every analyzer's checkpoint and stores it for the sinks.</summary>
public sealed class AssembleSessionReport(SessionActivities activities)
{
    [Function(nameof(AssembleSessionReport))]
    public Task Run([ActivityTrigger] string sessionId, CancellationToken cancellationToken) =>
        activities.ReportAsync(sessionId, cancellationToken);
}
