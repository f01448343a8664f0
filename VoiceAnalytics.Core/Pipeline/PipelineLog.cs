using Microsoft.Extensions.Logging;

namespace VoiceAnalytics.Core.Pipeline;

/// <summary>Log messages of the pipeline. Session ids only: never an email, a name or transcript text.</summary>
internal static partial class PipelineLog
{
    [LoggerMessage(1000, LogLevel.Information, "Session {SessionId} analyzed with {ResultCount} analyzer results")]
    public static partial void SessionAnalyzed(ILogger logger, string sessionId, int resultCount);

    [LoggerMessage(1001, LogLevel.Debug, "Session {SessionId}: {Analyzer} v{Version} restored from its checkpoint")]
    public static partial void CheckpointHit(ILogger logger, string sessionId, string analyzer, int version);

    [LoggerMessage(1002, LogLevel.Debug, "Session {SessionId}: {Analyzer} v{Version} completed")]
    public static partial void AnalyzerCompleted(ILogger logger, string sessionId, string analyzer, int version);

    [LoggerMessage(1006, LogLevel.Warning, "Session {SessionId}: {Analyzer} v{Version} ran over its budget of {BudgetMs} ms and was cancelled; the report marks it timed_out")]
    public static partial void AnalyzerTimedOut(ILogger logger, string sessionId, string analyzer, int version, long budgetMs);

    [LoggerMessage(1007, LogLevel.Information, "Session {SessionId}: analysis interrupted by shutdown; its message is queued again")]
    public static partial void Released(ILogger logger, string sessionId);

    [LoggerMessage(1008, LogLevel.Warning, "Session {SessionId}: could not release its message at shutdown ({Error}); it is delivered again when the lease ends")]
    public static partial void ReleaseFailed(ILogger logger, string sessionId, string error);

    [LoggerMessage(1003, LogLevel.Warning, "Session {SessionId} failed attempt {Attempt} of {MaxAttempts}; retrying in {Delay}: {Reason}")]
    public static partial void AttemptFailed(ILogger logger, string sessionId, long attempt, int maxAttempts, TimeSpan delay, string reason);

    [LoggerMessage(1004, LogLevel.Error, "Session {SessionId} failed {Attempts} times and was moved to the poison queue: {Reason}")]
    public static partial void Poisoned(ILogger logger, string sessionId, long attempts, string reason);

    [LoggerMessage(1005, LogLevel.Warning, "Lost the lease on the message of session {SessionId}; another consumer owns it now")]
    public static partial void LeaseLost(ILogger logger, string sessionId);
}
