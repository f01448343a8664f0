using Microsoft.Azure.Functions.Worker;
using VoiceAnalytics.Core.Pipeline;

namespace VoiceAnalytics.Functions.Functions.Analysis;

/// <summary>Activity: records why the orchestration gave up, so <c>GET /api/sessions/{id}</c> shows <c>failed</c> with the reason.</summary>
public sealed class MarkSessionFailed(SessionActivities activities)
{
    [Function(nameof(MarkSessionFailed))]
    public Task Run([ActivityTrigger] SessionFailure failure, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(failure);
        return activities.FailAsync(failure.SessionId, failure.Reason, cancellationToken);
    }
}
