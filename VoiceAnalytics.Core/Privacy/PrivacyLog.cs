using Microsoft.Extensions.Logging;

namespace VoiceAnalytics.Core.Privacy;

/// <summary>The privacy stage's log lines: counts and ids only, never an email, a name or text.</summary>
internal static partial class PrivacyLog
{
    [LoggerMessage(6000, LogLevel.Information, "Erasure {ErasureId}: {Sessions} session(s), {Removed} item(s) removed")]
    public static partial void Erased(ILogger logger, string erasureId, int sessions, int removed);

    [LoggerMessage(6001, LogLevel.Information, "Retention: {Rule} handled {Count} item(s) in {Batches} batch(es)")]
    public static partial void RuleDone(ILogger logger, string rule, int count, int batches);

    [LoggerMessage(6002, LogLevel.Warning, "Retention: {Rule} stopped at {Batches} batch(es) (Privacy:MaxBatchesPerRun); the rest waits for the next run")]
    public static partial void RuleCapped(ILogger logger, string rule, int batches);

    [LoggerMessage(6003, LogLevel.Information, "Session {SessionId} was erased while it was processed; its rows were removed again")]
    public static partial void Swept(ILogger logger, string sessionId);

    [LoggerMessage(6004, LogLevel.Information, "Session {SessionId} was erased; its queue message is dropped")]
    public static partial void DroppedErased(ILogger logger, string sessionId);
}
