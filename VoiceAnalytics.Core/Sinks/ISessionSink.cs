using VoiceAnalytics.Core.Contracts;
using VoiceAnalytics.Core.Pipeline;

namespace VoiceAnalytics.Core.Sinks;

/// <summary>A destination of the finished report. Deliveries are at-least-once, so a sink must be idempotent.</summary>
public interface ISessionSink
{
    /// <summary>Stable name, used in the delivery ledger: <c>warehouse</c>, <c>salesforce</c>, ...</summary>
    string Name { get; }

    /// <summary>
    /// A system of record (the warehouse) is delivered before the other sinks, so rows they write that refer to the
    /// session (alerts_history.session_id) find it there.
    /// </summary>
    bool IsSystemOfRecord { get; }

    Task DeliverAsync(SessionPayload session, SessionReport report, CancellationToken cancellationToken);
}
