using Microsoft.Azure.Functions.Worker;
using VoiceAnalytics.Core.Pipeline;

namespace VoiceAnalytics.Functions.Functions.Analysis;

/// <summary>Activity: Checks the payload is stored and marks the session <c>processing</c>.</summary>
public sealed class BeginSessionAnalysis(SessionActivities activities)
{
    [Function(nameof(BeginSessionAnalysis))]
    public Task Run([ActivityTrigger] string sessionId, CancellationToken cancellationToken) =>
        activities.BeginAsync(sessionId, cancellationToken);
}
