namespace VoiceAnalytics.Core.Analysis.Llm;

/// <summary>
/// The report's <c>llm_analysis</c>: whether the model's values were merged or the session fell back to rules (and
/// why), every call with its tokens and cost, each label field's final value with provenance, confidence and any
/// disagreement, the values dropped by validation, and what only the model gives (objection handling, action items
/// with due dates, executive paragraphs).
/// </summary>
public sealed record LlmAnalysisReport : IRevisesEarlierResults
{
    public required string SessionId { get; init; }

    /// <summary><see cref="LlmStatus.Merged"/> or <see cref="LlmStatus.RulesOnly"/>.</summary>
    public required string Status { get; init; }

    /// <summary>Why rules only: one of <see cref="LlmFallback"/>; null when merged.</summary>
    public string? Fallback { get; init; }

    public int PromptVersion { get; init; } = LlmPrompt.Version;

    /// <summary>The deployment whose answer was merged.</summary>
    public string? Deployment { get; init; }

    public IReadOnlyList<LlmCallRecord> Calls { get; init; } = [];

    public long PromptTokens => Calls.Sum(c => c.PromptTokens);

    public long CompletionTokens => Calls.Sum(c => c.CompletionTokens);

    /// <summary>USD actually spent on this session (cached answers cost nothing again).</summary>
    public double CostUsd => Math.Round(Calls.Where(c => !c.Cached).Sum(c => c.CostUsd), 6);

    public IReadOnlyList<FieldDecision> Fields { get; init; } = [];

    public IReadOnlyList<FieldDecision> Disagreements => [.. Fields.Where(f => f.Disagreement)];

    public IReadOnlyList<DroppedValue> Dropped { get; init; } = [];

    public IReadOnlyList<ModelObjectionFinding> Objections { get; init; } = [];

    public IReadOnlyList<ModelActionFinding> ActionItems { get; init; } = [];

    public IReadOnlyList<string> ExecutiveParagraphs { get; init; } = [];

    public IReadOnlyDictionary<string, object> Revise(AnalysisResults earlier) =>
        Status == LlmStatus.Merged ? MergedResults.Revise(earlier, this) : new Dictionary<string, object>();
}

/// <summary>One chat-completions call: which deployment and why, its outcome, tokens and cost.</summary>
/// <param name="Purpose"><c>cheap</c> (every session) or <c>strong</c> (the re-run of Tier 1 or hot leads).</param>
/// <param name="Outcome"><c>ok</c> or one of <see cref="LlmFallback"/>.</param>
/// <param name="Cached">Answered from the cache: no HTTP call, nothing paid again.</param>
public sealed record LlmCallRecord(string Deployment, string Purpose, string Outcome, bool Cached, long PromptTokens, long CompletionTokens, double CostUsd);

public static class LlmStatus
{
    public const string Merged = "merged";
    public const string RulesOnly = "rules_only";
}

/// <summary>Why a call's answer was not used; the session then keeps its rule values.</summary>
public static class LlmFallback
{
    public const string BudgetExhausted = "budget_exhausted";
    public const string ContentFilter = "content_filter";
    public const string Truncated = "truncated";
    public const string InvalidJson = "invalid_json";
    public const string Unavailable = "unavailable";
    public const string Timeout = "timeout";
    public const string Rejected = "rejected";
}
