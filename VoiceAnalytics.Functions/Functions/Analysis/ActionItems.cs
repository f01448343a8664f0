using Microsoft.Azure.Functions.Worker;
using VoiceAnalytics.Core.Pipeline;

namespace VoiceAnalytics.Functions.Functions.Analysis;

/// <summary>Activity: the <c>action_items</c> analyzer (follow-ups with owners and due dates), checkpointed.</summary>
public sealed class ActionItems(SessionActivities activities)
{
    public const string Analyzer = "action_items";

    [Function(nameof(ActionItems))]
    public Task Run([ActivityTrigger] string sessionId, CancellationToken cancellationToken) =>
        activities.AnalyzeAsync(sessionId, Analyzer, cancellationToken);
}
