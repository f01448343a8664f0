using System.Globalization;
using System.Text.Json;
using VoiceAnalytics.Core.Storage.Sqlite;

namespace VoiceAnalytics.Core.Privacy;

/// <summary><see cref="IErasureLog"/> in the embedded database (both storage modes, like the delivery ledger).</summary>
public sealed class SqliteErasureLog(SqliteDatabase database) : IErasureLog
{
    public async Task TombstoneAsync(string erasureId, IReadOnlyList<string> sessionIds, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sessionIds);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = connection.BeginTransaction();
        foreach (var id in sessionIds)
        {
            await using var command = connection.Command(
                transaction, "INSERT INTO erased_sessions (session_id, erasure_id, erased_at) VALUES ($id, $erasure, $at) ON CONFLICT (session_id) DO NOTHING;",
                ("$id", id), ("$erasure", erasureId), ("$at", Format(at)));
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<bool> IsErasedAsync(string sessionId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command("SELECT 1 FROM erased_sessions WHERE session_id = $id;", ("$id", sessionId));
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is not null;
    }

    public async Task SaveAsync(ErasureReceipt receipt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(receipt);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command(
            """
            INSERT INTO erasures (erasure_id, email_hash, requested_at, receipt_json) VALUES ($id, $hash, $at, $json)
            ON CONFLICT (erasure_id) DO UPDATE SET receipt_json = excluded.receipt_json;
            """,
            ("$id", receipt.ErasureId), ("$hash", receipt.EmailHash), ("$at", Format(receipt.RequestedAt)), ("$json", JsonSerializer.Serialize(receipt)));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<ErasureReceipt?> GetAsync(string erasureId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command("SELECT receipt_json FROM erasures WHERE erasure_id = $id;", ("$id", erasureId));
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is string json ? JsonSerializer.Deserialize<ErasureReceipt>(json) : null;
    }

    private static string Format(DateTimeOffset value) => value.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);
}
