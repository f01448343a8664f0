using Microsoft.Data.Sqlite;
using VoiceAnalytics.Core.Storage.Sqlite;

namespace VoiceAnalytics.Core.Sinks;

/// <summary>
/// <see cref="IDeliveryPrivacy"/> on the outbox and ledger tables. Entries of the person's sessions are found by
/// session id; the shared entries (digests, executive emails) are looked through for the email or the full name,
/// in pages of the outbox by id, because the outbox is a local, bounded record of what unconfigured sinks would send.
/// </summary>
public sealed class SqliteDeliveryPrivacy(SqliteDatabase database) : IDeliveryPrivacy
{
    private const int Page = 500;

    public async Task<DeliveryErasure> EraseAsync(IReadOnlyList<string> sessionIds, PersonMention person, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sessionIds);
        ArgumentNullException.ThrowIfNull(person);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        int outbox = 0, ledger = 0;
        foreach (var id in sessionIds)
        {
            outbox += await ExecAsync(connection, transaction, "DELETE FROM outbox WHERE session_id = $id;", cancellationToken, ("$id", id)).ConfigureAwait(false);
            ledger += await ExecAsync(connection, transaction, "DELETE FROM deliveries WHERE session_id = $id;", cancellationToken, ("$id", id)).ConfigureAwait(false);
        }

        var rewritten = await RewriteSharedAsync(connection, transaction, person, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new DeliveryErasure(outbox, rewritten, ledger);
    }

    private static async Task<int> RewriteSharedAsync(SqliteConnection connection, SqliteTransaction transaction, PersonMention person, CancellationToken cancellationToken)
    {
        var replacements = new List<(string From, string To)>();
        if (person.Email is { Length: > 0 } email)
        {
            replacements.Add((email, person.EmailReplacement ?? "[EMAIL]"));
        }

        if (person.Name is { Length: > 2 } name)
        {
            replacements.Add((name, person.NameReplacement ?? "[NAME]"));
        }

        var rewritten = 0;
        foreach (var (from, to) in replacements)
        {
            // Keyset pages: each statement touches at most Page rows; instr() is case-sensitive, so the lower-cased email and the name as written.
            long after = 0;
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                long? last;
                await using (var page = connection.Command(transaction, "SELECT MAX(id) FROM (SELECT id FROM outbox WHERE id > $after ORDER BY id LIMIT $page);", ("$after", after), ("$page", Page)))
                {
                    last = await page.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is long id ? id : null;
                }

                if (last is not { } end)
                {
                    break;
                }

                rewritten += await ExecAsync(
                    connection, transaction,
                    "UPDATE outbox SET payload = replace(payload, $from, $to) WHERE id > $after AND id <= $end AND session_id IS NULL AND instr(payload, $from) > 0;",
                    cancellationToken, ("$from", from), ("$to", to), ("$after", after), ("$end", end)).ConfigureAwait(false);
                after = end;
            }
        }

        return rewritten;
    }

    private static async Task<int> ExecAsync(SqliteConnection connection, SqliteTransaction transaction, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = connection.Command(transaction, sql, parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
