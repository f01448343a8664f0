using VoiceAnalytics.Core.Storage.Sqlite;

namespace VoiceAnalytics.Core.Analysis.Llm;

/// <summary>
/// <c>llm_calls</c>: one row per paid call, keyed by what makes an answer reusable. <c>content</c> is null for an
/// answer that could not be used (it still counts against the budget); only rows with content are served as cache.
/// </summary>
internal sealed class LlmCallTablesSchema : ISqliteSchema
{
    public string Ddl => """
        CREATE TABLE IF NOT EXISTS llm_calls (
            payload_hash      TEXT NOT NULL,
            prompt_version    INTEGER NOT NULL,
            deployment        TEXT NOT NULL,
            content           TEXT,
            prompt_tokens     INTEGER NOT NULL,
            completion_tokens INTEGER NOT NULL,
            cost_usd          REAL NOT NULL,
            budget_day        TEXT NOT NULL,
            created_at        TEXT NOT NULL,
            PRIMARY KEY (payload_hash, prompt_version, deployment, created_at)
        );
        CREATE INDEX IF NOT EXISTS idx_llm_calls_budget_day ON llm_calls (budget_day);
        """;
}
