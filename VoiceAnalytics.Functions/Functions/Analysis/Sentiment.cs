using Microsoft.Azure.Functions.Worker;
using VoiceAnalytics.Core.Pipeline;

namespace VoiceAnalytics.Functions.Functions.Analysis;

/// <summary>Activity: the <c>sentiment</c> analyzer (overall sentiment, trend and emotions), checkpointed.</summary>
public sealed class Sentiment(SessionActivities activities)
{
    public const string Analyzer = "sentiment";

    [Function(nameof(Sentiment))]
    public Task Run([ActivityTrigger] string sessionId, CancellationToken cancellationToken) =>
        activities.AnalyzeAsync(sessionId, Analyzer, cancellationToken);
}
