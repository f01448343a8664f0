using Microsoft.Azure.Functions.Worker;
using VoiceAnalytics.Core.Pipeline;

namespace VoiceAnalytics.Functions.Functions.Analysis;

/// <summary>Activity: Marks the session <c>analyzed</c> with its report.</summary>
public sealed class CompleteSessionAnalysis(SessionActivities activities)
{
    [Function(nameof(CompleteSessionAnalysis))]
    public Task Run([ActivityTrigger] string sessionId, CancellationToken cancellationToken) =>
        activities.CompleteAsync(sessionId, cancellationToken);
}
