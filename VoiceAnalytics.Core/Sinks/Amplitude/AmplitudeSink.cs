using Microsoft.Extensions.Logging;
using VoiceAnalytics.Core.Contracts;
using VoiceAnalytics.Core.Pipeline;

namespace VoiceAnalytics.Core.Sinks.Amplitude;

/// <summary>
/// Sends a session's product-analytics events (spec section 5) to Amplitude. Events Amplitude refuses for good are
/// recorded in the outbox as <c>amplitude-dropped</c> and the delivery succeeds for the rest; events left unsent by
/// throttling or transient errors make the delivery fail, so the ledger retries it (insert_ids make the resend safe).
/// Without an API key the batch goes to the outbox instead.
/// </summary>
public sealed class AmplitudeSink(AmplitudeConnection connection, AmplitudeEventMapper mapper, IOutbox outbox, ILogger<AmplitudeSink> logger) : ISessionSink
{
    public const string SinkName = "amplitude";
    public const string DroppedSinkName = "amplitude-dropped";
    public const string Destination = "httpapi";

    public string Name => SinkName;

    public bool IsSystemOfRecord => false;

    public async Task DeliverAsync(SessionPayload session, SessionReport report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        var events = mapper.Map(session, report);
        if (!connection.IsConfigured)
        {
            await outbox.WriteAsync(SinkName, Destination, session.SessionId, session.SessionId, AmplitudeOutboxJson.Batch(events), cancellationToken).ConfigureAwait(false);
            AmplitudeSinkLog.WroteToOutbox(logger, session.SessionId, events.Count);
            return;
        }

        var result = await connection.CreateClient().SendAsync(events, cancellationToken).ConfigureAwait(false);
        foreach (var dropped in result.Dropped)
        {
            var key = dropped.Event.InsertId ?? $"{session.SessionId}/{dropped.Event.EventType}";
            await outbox.WriteAsync(DroppedSinkName, Destination, key, session.SessionId, AmplitudeOutboxJson.Dropped(dropped), cancellationToken).ConfigureAwait(false);
        }

        if (result.Dropped.Count > 0)
        {
            AmplitudeSinkLog.Dropped(logger, session.SessionId, result.Dropped.Count);
        }

        AmplitudeSinkLog.Delivered(logger, session.SessionId, result.SentCount, events.Count);
        if (!result.IsComplete)
        {
            throw new AmplitudeDeliveryException($"{result.Unsent.Count} of {events.Count} Amplitude events unsent: {result.TransientFailure}");
        }
    }
}
