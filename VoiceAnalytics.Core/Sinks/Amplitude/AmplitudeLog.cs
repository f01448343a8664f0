using Microsoft.Extensions.Logging;

namespace VoiceAnalytics.Core.Sinks.Amplitude;

/// <summary>Log messages of the Amplitude client: counts, statuses, field names; never the API key, a user id or an event property.</summary>
internal static partial class AmplitudeLog
{
    [LoggerMessage(4200, LogLevel.Debug, "Amplitude ingested {EventCount} events")]
    public static partial void Ingested(ILogger logger, int eventCount);

    [LoggerMessage(4201, LogLevel.Warning, "Amplitude throttled a batch of {EventCount} events (attempt {Attempt}); retrying in {Delay}")]
    public static partial void Throttled(ILogger logger, int eventCount, int attempt, TimeSpan delay);

    [LoggerMessage(4202, LogLevel.Warning, "Amplitude batch of {EventCount} events failed ({Failure}, attempt {Attempt}); retrying in {Delay}")]
    public static partial void Failed(ILogger logger, int eventCount, string failure, int attempt, TimeSpan delay);

    [LoggerMessage(4203, LogLevel.Warning, "Amplitude refused {EventCount} events: {Reasons}")]
    public static partial void Dropped(ILogger logger, int eventCount, string reasons);

    [LoggerMessage(4204, LogLevel.Information, "Amplitude answered 413 for {EventCount} events; splitting the batch")]
    public static partial void Splitting(ILogger logger, int eventCount);

    [LoggerMessage(4205, LogLevel.Warning, "Amplitude delivery stopped with {UnsentCount} events unsent: {Failure}")]
    public static partial void GaveUp(ILogger logger, int unsentCount, string failure);
}
