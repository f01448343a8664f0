using Microsoft.Azure.Functions.Worker;
using VoiceAnalytics.Core.Pipeline;

namespace VoiceAnalytics.Functions.Functions.Analysis;

/// <summary>Activity: the <c>lead_scoring</c> analyzer (the 0-100 lead score and tier, from the fan-out results), checkpointed.</summary>
public sealed class LeadScoring(SessionActivities activities)
{
    public const string Analyzer = "lead_scoring";

    [Function(nameof(LeadScoring))]
    public Task Run([ActivityTrigger] string sessionId, CancellationToken cancellationToken) =>
        activities.AnalyzeAsync(sessionId, Analyzer, cancellationToken);
}
