using Microsoft.Azure.Functions.Worker;
using VoiceAnalytics.Core.Pipeline;

namespace VoiceAnalytics.Functions.Functions.Analysis;

/// <summary>Activity: the <c>llm_analysis</c> analyzer (the optional Azure OpenAI analysis merged with the rules (registered only when Llm:Endpoint is set)), checkpointed.</summary>
public sealed class LlmAnalysis(SessionActivities activities)
{
    public const string Analyzer = "llm_analysis";

    [Function(nameof(LlmAnalysis))]
    public Task Run([ActivityTrigger] string sessionId, CancellationToken cancellationToken) =>
        activities.AnalyzeAsync(sessionId, Analyzer, cancellationToken);
}
