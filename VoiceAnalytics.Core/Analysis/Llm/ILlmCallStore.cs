namespace VoiceAnalytics.Core.Analysis.Llm;

/// <summary>
/// The model calls made: the cache (an answer per payload hash, prompt version and deployment, so a retry or a
/// replay does not pay twice) and the spend per budget day.
/// </summary>
public interface ILlmCallStore
{
    /// <summary>The cached successful answer for <paramref name="key"/>, or null.</summary>
    Task<StoredLlmCall?> FindAsync(LlmCallKey key, CancellationToken cancellationToken);

    /// <summary>Records a paid call; <paramref name="call"/>'s content is null when the answer was unusable (nothing to cache).</summary>
    Task SaveAsync(LlmCallKey key, StoredLlmCall call, string budgetDay, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>USD spent on the budget day (yyyy-MM-dd in the budget's time zone).</summary>
    Task<double> SpentOnAsync(string budgetDay, CancellationToken cancellationToken);
}

public sealed record LlmCallKey(string PayloadHash, int PromptVersion, string Deployment);

/// <summary>A call as stored: the answer's JSON when usable, and what it cost.</summary>
public sealed record StoredLlmCall(string? Content, long PromptTokens, long CompletionTokens, double CostUsd);
