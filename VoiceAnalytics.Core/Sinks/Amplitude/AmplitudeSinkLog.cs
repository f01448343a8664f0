using Microsoft.Extensions.Logging;

namespace VoiceAnalytics.Core.Sinks.Amplitude;

/// <summary>Log messages of the Amplitude sink: session ids and counts, never a user id or an event property.</summary>
internal static partial class AmplitudeSinkLog
{
    [LoggerMessage(4210, LogLevel.Information, "Amplitude is not configured; {EventCount} events of session {SessionId} were written to the outbox")]
    public static partial void WroteToOutbox(ILogger logger, string sessionId, int eventCount);

    [LoggerMessage(4211, LogLevel.Information, "Amplitude ingested {SentCount} of {EventCount} events of session {SessionId}")]
    public static partial void Delivered(ILogger logger, string sessionId, int sentCount, int eventCount);

    [LoggerMessage(4212, LogLevel.Warning, "Amplitude refused {DroppedCount} events of session {SessionId}; they were recorded in the outbox as amplitude-dropped")]
    public static partial void Dropped(ILogger logger, string sessionId, int droppedCount);
}
