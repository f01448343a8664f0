using Microsoft.Azure.Functions.Worker;
using VoiceAnalytics.Core.Pipeline;

namespace VoiceAnalytics.Functions.Functions.Analysis;

/// <summary>Activity: the <c>conversation_quality</c> analyzer (turn balance, dead air, ending and quality score), checkpointed.</summary>
public sealed class ConversationQuality(SessionActivities activities)
{
    public const string Analyzer = "conversation_quality";

    [Function(nameof(ConversationQuality))]
    public Task Run([ActivityTrigger] string sessionId, CancellationToken cancellationToken) =>
        activities.AnalyzeAsync(sessionId, Analyzer, cancellationToken);
}
