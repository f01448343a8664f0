using Microsoft.Azure.Functions.Worker;
using VoiceAnalytics.Core.Pipeline;

namespace VoiceAnalytics.Functions.Functions.Analysis;

/// <summary>Activity: the <c>executive_summary</c> analyzer (the executive summary, from every earlier result), checkpointed.</summary>
public sealed class ExecutiveSummary(SessionActivities activities)
{
    public const string Analyzer = "executive_summary";

    [Function(nameof(ExecutiveSummary))]
    public Task Run([ActivityTrigger] string sessionId, CancellationToken cancellationToken) =>
        activities.AnalyzeAsync(sessionId, Analyzer, cancellationToken);
}
