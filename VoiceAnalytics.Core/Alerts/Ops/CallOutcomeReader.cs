using System.Text.Json;
using VoiceAnalytics.Core.Analysis.Performance;
using VoiceAnalytics.Core.Contracts;
using VoiceAnalytics.Core.Storage;
using VoiceAnalytics.Core.Warehouse;

namespace VoiceAnalytics.Core.Alerts.Ops;

/// <summary>
/// The calls of a window with their error and connection figures. A call is an error when its processing failed
/// (in the window, and it is still failed: <see cref="ISessionActivity"/>), when the agent closed it with
/// <c>close_reason: error</c>, or when a tool call returned an error. The calls are the warehouse sessions that ended
/// in the window plus those failures; the figures come from the stored raw payload, the only place connection
/// quality is kept.
/// </summary>
public sealed class CallOutcomeReader(IOpsFigures warehouse, ISessionActivity intake, ISessionStore store)
{
    private const int MaxReasonLength = 200;

    public async Task<IReadOnlyList<CallOutcome>> ReadAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var outcomes = new List<CallOutcome>();
        foreach (var sessionId in await warehouse.SessionsEndedAsync(from, to, cancellationToken).ConfigureAwait(false))
        {
            var body = await store.GetPayloadAsync(sessionId, cancellationToken).ConfigureAwait(false);
            outcomes.Add(body is null ? new CallOutcome(sessionId, null, null) : Classify(sessionId, body));
        }

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

    private static CallOutcome Classify(string sessionId, byte[] body)
    {
        SessionPayload session;
        try
        {
            session = PayloadParser.Deserialize(body);
        }
        catch (JsonException)
        {
            return new CallOutcome(sessionId, "unreadable payload", null);
        }

        var failedTools = ToolCallOutcomes.Read(session).ErrorCount > 0
            ? session.ToolCalls.Where(t => t.IsError).Select(t => t.Name)
                .Concat(session.Transcript.Items.OfType<FunctionCallOutputItem>().Where(o => o.IsError).Select(o => o.Name))
                .Distinct(StringComparer.Ordinal).ToList()
            : null;
        var error = string.Equals(session.CloseReason, "error", StringComparison.OrdinalIgnoreCase) ? "closed with error"
            : failedTools is not null ? "tool error: " + string.Join(", ", failedTools)
            : null;
        return new CallOutcome(sessionId, error, session.ConnectionQuality);
    }

    private static string Truncate(string reason) => reason.Length <= MaxReasonLength ? reason : reason[..MaxReasonLength];
}
