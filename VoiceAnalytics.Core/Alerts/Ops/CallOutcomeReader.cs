using VoiceAnalytics.Core.Contracts;
using VoiceAnalytics.Core.Storage;
using VoiceAnalytics.Core.Warehouse;

namespace VoiceAnalytics.Core.Alerts.Ops;

/// <summary>
/// The calls of a window with their error and connection figures. A call is an error when its processing failed
/// (in the window, and it is still failed: <see cref="ISessionActivity"/>), when the agent closed it with
/// <c>close_reason: error</c>, or when a tool call returned an error. The calls are the warehouse sessions that ended
/// in the window (their figures recorded when they were written, <see cref="IOpsFigures.SessionOutcomesAsync"/>: one
/// index range, no payload read) plus those failures. A session written before the figures were recorded counts
/// as a call without error and without connection figures, as one whose figures the payload did not give.
/// </summary>
public sealed class CallOutcomeReader(IOpsFigures warehouse, ISessionActivity intake)
{
    private const int MaxReasonLength = 200;

    public async Task<IReadOnlyList<CallOutcome>> ReadAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var outcomes = (await warehouse.SessionOutcomesAsync(from, to, cancellationToken).ConfigureAwait(false)).Select(Classify).ToList();
        var known = outcomes.Select(o => o.SessionId).ToHashSet(StringComparer.Ordinal);
        foreach (var failure in await intake.FailuresAsync(from, to, cancellationToken).ConfigureAwait(false))
        {
            if (known.Add(failure.SessionId))
            {
                outcomes.Add(new CallOutcome(failure.SessionId, "processing failed: " + Truncate(failure.Reason), null));
            }
        }

        return outcomes;
    }

    private static CallOutcome Classify(SessionOutcome session)
    {
        var error = string.Equals(session.CloseReason, "error", StringComparison.OrdinalIgnoreCase) ? "closed with error"
            : session.FailedTools.Count > 0 ? "tool error: " + string.Join(", ", session.FailedTools)
            : null;
        var connection = session.PacketLossPercent is null && session.JitterMs is null
            ? null
            : new ConnectionQuality { PacketLoss = session.PacketLossPercent, Jitter = session.JitterMs };
        return new CallOutcome(session.SessionId, error, connection);
    }

    private static string Truncate(string reason) => reason.Length <= MaxReasonLength ? reason : reason[..MaxReasonLength];
}
