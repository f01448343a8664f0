using Microsoft.Data.Sqlite;
using VoiceAnalytics.Core.Storage.Sqlite;

namespace VoiceAnalytics.Core.Sinks;

/// <summary>
/// <see cref="IDeliveryPrivacy"/> on the outbox and ledger tables. Entries of the person's sessions are found by
/// session id; the shared entries (digests, executive emails) are looked through for the email or the full name,
/// in pages by id, because the outbox is a local, bounded record of what unconfigured sinks would send.
/// </summary>
public sealed class SqliteDeliveryPrivacy(SqliteDatabase database) : IDeliveryPrivacy
{
    private const int Page = 500;

    internal const string SharedPageSql = "SELECT id, payload, codec FROM outbox WHERE session_id IS NULL AND id > $after ORDER BY id LIMIT $page;";

    public async Task<DeliveryErasure> EraseAsync(IReadOnlyList<string> sessionIds, PersonMention person, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sessionIds);
        ArgumentNullException.ThrowIfNull(person);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        int outbox = 0, ledger = 0;
        foreach (var id in sessionIds)
        {
            outbox += await connection.ExecuteAsync(transaction, "DELETE FROM outbox WHERE session_id = $id;", cancellationToken, ("$id", id)).ConfigureAwait(false);
            ledger += await connection.ExecuteAsync(transaction, "DELETE FROM deliveries WHERE session_id = $id;", cancellationToken, ("$id", id)).ConfigureAwait(false);
            // The Salesforce record ids of the session: they point at the person's Lead or Contact.
            await connection.ExecuteAsync(transaction, "DELETE FROM salesforce_records WHERE session_id = $id;", cancellationToken, ("$id", id)).ConfigureAwait(false);
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

        return replacements.Count == 0 ? 0 : await RewritePagesAsync(connection, transaction, replacements, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Keyset pages of the shared entries (session_id IS NULL: a range of idx_outbox_session in id order), each
    /// decoded, rewritten when it names the person, and stored again compressed. Ordinal, so case-sensitive as
    /// before: the lower-cased email and the name as written.
    /// </summary>
    private static async Task<int> RewritePagesAsync(SqliteConnection connection, SqliteTransaction transaction, List<(string From, string To)> replacements, CancellationToken cancellationToken)
    {
        var rewritten = 0;
        long after = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var changed = new List<(long Id, string Payload)>();
            var read = 0;
            await using (var page = connection.Command(transaction, SharedPageSql, ("$after", after), ("$page", Page)))
            await using (var reader = await page.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    read++;
                    after = reader.GetInt64(0);
                    var payload = OutboxPayloadCodec.Decode(reader.GetValue(1), reader.GetInt64(2));
                    var replaced = replacements.Aggregate(payload, (text, r) => text.Replace(r.From, r.To, StringComparison.Ordinal));
                    if (!string.Equals(replaced, payload, StringComparison.Ordinal))
                    {
                        changed.Add((after, replaced));
                    }
                }
            }

            foreach (var (id, payload) in changed)
            {
                var (bytes, codec) = OutboxPayloadCodec.Encode(payload);
                rewritten += await connection.ExecuteAsync(transaction, "UPDATE outbox SET payload = $payload, codec = $codec WHERE id = $id;", cancellationToken, ("$payload", bytes), ("$codec", codec), ("$id", id)).ConfigureAwait(false);
            }

            if (read < Page)
            {
                return rewritten;
            }
        }
    }
}
