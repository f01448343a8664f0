using Microsoft.Extensions.Logging;

namespace VoiceAnalytics.Core.Storage.Sqlite;

/// <summary>Progress of the one-time move of raw bodies into their own table (<see cref="BodyMove"/>): counts only.</summary>
internal static partial class BodyMoveLog
{
    [LoggerMessage(9301, LogLevel.Information, "Moving {Sessions} raw bodies into ingested_bodies (compressed); this runs once")]
    public static partial void Started(ILogger logger, long sessions);

    [LoggerMessage(9302, LogLevel.Information, "Moved {Moved} of {Sessions} raw bodies")]
    public static partial void Progress(ILogger logger, long moved, long sessions);

    [LoggerMessage(9303, LogLevel.Information, "Moved {Moved} raw bodies into ingested_bodies in {Elapsed}; ingested_sessions.body dropped")]
    public static partial void Finished(ILogger logger, long moved, TimeSpan elapsed);
}
