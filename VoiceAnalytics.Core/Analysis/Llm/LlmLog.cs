using Microsoft.Extensions.Logging;

namespace VoiceAnalytics.Core.Analysis.Llm;

/// <summary>Log lines of the model path: ids, deployments, outcomes and figures only; never transcript text or keys.</summary>
internal static partial class LlmLog
{
    [LoggerMessage(EventId = 8001, Level = LogLevel.Debug, Message = "Session {SessionId}: model answer for {Deployment} served from the cache")]
    public static partial void CacheHit(ILogger logger, string sessionId, string deployment);

    [LoggerMessage(EventId = 8002, Level = LogLevel.Information, Message = "Session {SessionId}: {Deployment} answered {Outcome} ({PromptTokens} + {CompletionTokens} tokens, {CostUsd} USD)")]
    public static partial void CallCompleted(ILogger logger, string sessionId, string deployment, string outcome, long promptTokens, long completionTokens, double costUsd);

    [LoggerMessage(EventId = 8003, Level = LogLevel.Warning, Message = "Session {SessionId}: {Deployment} failed with status {Status}; rules only ({Reason})")]
    public static partial void CallFailed(ILogger logger, string sessionId, string deployment, int status, string reason);

    [LoggerMessage(EventId = 8004, Level = LogLevel.Warning, Message = "Session {SessionId}: the daily model budget is spent; rules only until tomorrow")]
    public static partial void BudgetExhausted(ILogger logger, string sessionId);
}
