using System.Globalization;
using VoiceAnalytics.Core.Storage.Sqlite;

namespace VoiceAnalytics.Core.Analysis.Llm;

/// <summary><see cref="ILlmCallStore"/> in the embedded database (both storage modes keep it there, like the warehouse).</summary>
internal sealed class SqliteLlmCallStore(SqliteDatabase database) : ILlmCallStore
{
    public async Task<StoredLlmCall?> FindAsync(LlmCallKey key, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command(
            """
            SELECT content, prompt_tokens, completion_tokens, cost_usd FROM llm_calls
            WHERE payload_hash = $h AND prompt_version = $v AND deployment = $d AND content IS NOT NULL
            ORDER BY created_at DESC LIMIT 1;
            """,
            ("$h", key.PayloadHash), ("$v", key.PromptVersion), ("$d", key.Deployment));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false)
            ? new StoredLlmCall(reader.GetString(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetDouble(3))
            : null;
    }

    public async Task SaveAsync(LlmCallKey key, StoredLlmCall call, string budgetDay, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command(
            """
            INSERT OR REPLACE INTO llm_calls (payload_hash, prompt_version, deployment, content, prompt_tokens, completion_tokens, cost_usd, budget_day, created_at)
            VALUES ($h, $v, $d, $c, $p, $o, $u, $day, $at);
            """,
            ("$h", key.PayloadHash), ("$v", key.PromptVersion), ("$d", key.Deployment), ("$c", call.Content),
            ("$p", call.PromptTokens), ("$o", call.CompletionTokens), ("$u", call.CostUsd), ("$day", budgetDay),
            ("$at", at.UtcDateTime.ToString("O", CultureInfo.InvariantCulture)));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<double> SpentOnAsync(string budgetDay, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command("SELECT COALESCE(SUM(cost_usd), 0) FROM llm_calls WHERE budget_day = $day;", ("$day", budgetDay));
        return Convert.ToDouble(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
    }
}
