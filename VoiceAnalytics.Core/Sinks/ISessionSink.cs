using VoiceAnalytics.Core.Contracts;
using VoiceAnalytics.Core.Pipeline;

namespace VoiceAnalytics.Core.Sinks;

/// <summary>A destination of the finished report. Deliveries are at-least-once, so a sink must be idempotent.</summary>
public interface ISessionSink
{
    /// <summary>Stable name, used in the delivery ledger: <c>warehouse</c>, <c>salesforce</c>, ...</summary>
    string Name { get; }

    Task DeliverAsync(SessionPayload session, SessionReport report, CancellationToken cancellationToken);
}
