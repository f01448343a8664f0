using Microsoft.Azure.Functions.Worker;
using VoiceAnalytics.Core.Pipeline;

namespace VoiceAnalytics.Functions.Functions.Analysis;

/// <summary>Activity: the <c>content_gaps</c> analyzer (failed searches and unanswered questions), checkpointed.</summary>
public sealed class ContentGaps(SessionActivities activities)
{
    public const string Analyzer = "content_gaps";

    [Function(nameof(ContentGaps))]
    public Task Run([ActivityTrigger] string sessionId, CancellationToken cancellationToken) =>
        activities.AnalyzeAsync(sessionId, Analyzer, cancellationToken);
}
