using Microsoft.Azure.Functions.Worker;
using VoiceAnalytics.Core.Pipeline;

namespace VoiceAnalytics.Functions.Functions.Analysis;

/// <summary>Activity: the <c>performance_metrics</c> analyzer (latency percentiles, tokens and cost), checkpointed.</summary>
public sealed class PerformanceMetrics(SessionActivities activities)
{
    public const string Analyzer = "performance_metrics";

    [Function(nameof(PerformanceMetrics))]
    public Task Run([ActivityTrigger] string sessionId, CancellationToken cancellationToken) =>
        activities.AnalyzeAsync(sessionId, Analyzer, cancellationToken);
}
