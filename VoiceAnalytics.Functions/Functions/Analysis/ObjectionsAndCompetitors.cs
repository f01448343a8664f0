using Microsoft.Azure.Functions.Worker;
using VoiceAnalytics.Core.Pipeline;

namespace VoiceAnalytics.Functions.Functions.Analysis;

/// <summary>Activity: the <c>objections_and_competitors</c> analyzer (objections by category and competitor mentions), checkpointed.</summary>
public sealed class ObjectionsAndCompetitors(SessionActivities activities)
{
    public const string Analyzer = "objections_and_competitors";

    [Function(nameof(ObjectionsAndCompetitors))]
    public Task Run([ActivityTrigger] string sessionId, CancellationToken cancellationToken) =>
        activities.AnalyzeAsync(sessionId, Analyzer, cancellationToken);
}
