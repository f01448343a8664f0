using System.Globalization;
using Microsoft.Data.Sqlite;
using VoiceAnalytics.Core.Alerts.History;
using VoiceAnalytics.Core.Storage.Sqlite;

namespace VoiceAnalytics.Core.Warehouse.Sqlite;

/// <summary>
/// <see cref="IAlertHistory"/> on the warehouse's <c>alerts_history</c> table. Each check-and-write runs in one
/// immediate transaction, so two hosts evaluating the same condition still open it once.
/// </summary>
public sealed class SqliteAlertHistory(SqliteDatabase database) : IAlertHistory
{
    private const string Columns = "id, alert_type, alert_name, severity, message, context, session_id, triggered_at, sent_to, resolved_at";

    internal const string ForSessionSql =
        $"SELECT {Columns} FROM alerts_history WHERE alert_name = $name AND session_id = $session AND alert_type <> '{AlertHistoryTypes.Resolution}' ORDER BY id LIMIT 1;";

    internal const string OpenSql =
        $"SELECT {Columns} FROM alerts_history WHERE alert_name = $name AND session_id IS NULL AND resolved_at IS NULL AND alert_type <> '{AlertHistoryTypes.Resolution}' ORDER BY id DESC LIMIT 1;";

    internal const string ListSql = $"SELECT {Columns} FROM alerts_history WHERE triggered_at >= $from AND triggered_at < $to ORDER BY triggered_at, id;";

    public Task<(AlertRecord Alert, bool Created)> AddForSessionAsync(NewAlert alert, DateTimeOffset triggeredAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(alert);
        ArgumentException.ThrowIfNullOrEmpty(alert.SessionId);
        return AddOnceAsync(
            alert,
            triggeredAt,
            ForSessionSql,
            cancellationToken);
    }

    public Task<(AlertRecord Alert, bool Created)> OpenAsync(NewAlert alert, DateTimeOffset triggeredAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(alert);
        return AddOnceAsync(alert, triggeredAt, OpenSql, cancellationToken);
    }

    public async Task<AlertRecord?> FindOpenAsync(string alertName, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await QuerySingleAsync(connection, null, OpenSql, [("$name", alertName)], cancellationToken).ConfigureAwait(false);
    }

    public async Task<AlertRecord?> ResolveAsync(string alertName, string message, DateTimeOffset resolvedAt, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var open = await QuerySingleAsync(connection, transaction, OpenSql, [("$name", alertName)], cancellationToken).ConfigureAwait(false);
        if (open is null)
        {
            return null;
        }

        var at = WarehouseTime.Format(resolvedAt);
        await connection.ExecuteAsync(transaction, "UPDATE alerts_history SET resolved_at = $at WHERE id = $id;", cancellationToken, ("$at", at), ("$id", open.Id)).ConfigureAwait(false);
        await connection.ExecuteAsync(
            transaction,
            """
            INSERT INTO alerts_history (alert_type, alert_name, severity, message, context, session_id, triggered_at, sent_to, resolved_at)
            VALUES ($type, $name, $severity, $message, $context, NULL, $at, $sentTo, $at);
            """,
            cancellationToken,
            ("$type", AlertHistoryTypes.Resolution), ("$name", alertName), ("$severity", open.Severity), ("$message", message),
            ("$context", $$"""{"resolves_alert_id":{{open.Id}}}"""), ("$at", at), ("$sentTo", open.SentTo)).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return open with { ResolvedAt = resolvedAt };
    }

    /// <summary>
    /// Joins the session's <see cref="SqliteWriteBatch"/> when one is open, so "sent to the outbox" commits with the
    /// outbox entry itself (a crash between them cannot mark an alert sent that is not there). The claim
    /// (<see cref="AddForSessionAsync"/>) stays immediate: it decides whether to send.
    /// </summary>
    public Task SetSentToAsync(long id, string sentTo, CancellationToken cancellationToken) =>
        database.WriteAsync((connection, transaction, ct) => connection.ExecuteAsync(transaction, "UPDATE alerts_history SET sent_to = $sentTo WHERE id = $id;", ct, ("$sentTo", sentTo), ("$id", id)), cancellationToken);

    public async Task<IReadOnlyList<AlertRecord>> ListAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command(
            ListSql,
            [("$from", WarehouseTime.Format(from)), ("$to", WarehouseTime.Format(to))]);
        var rows = new List<AlertRecord>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(Read(reader));
        }

        return rows;
    }

    /// <summary>
    /// The check-and-write is immediate even in a session's <see cref="SqliteWriteBatch"/> (it decides whether to
    /// send), and then commits with the batch's writes so far: the warehouse's session row it refers to.
    /// </summary>
    private Task<(AlertRecord Alert, bool Created)> AddOnceAsync(NewAlert alert, DateTimeOffset triggeredAt, string existingQuery, CancellationToken cancellationToken) =>
        database.WriteNowAsync(
            async (connection, transaction, ct) =>
            {
                (string, object?)[] key = [("$name", alert.AlertName), ("$session", alert.SessionId)];
                if (await QuerySingleAsync(connection, transaction, existingQuery, key, ct).ConfigureAwait(false) is { } existing)
                {
                    return (existing, false);
                }

                await using var insert = connection.Command(
                    transaction,
                    """
                    INSERT INTO alerts_history (alert_type, alert_name, severity, message, context, session_id, triggered_at, sent_to)
                    VALUES ($type, $name, $severity, $message, $context, $session, $at, $sentTo)
                    RETURNING id;
                    """,
                    [("$type", alert.AlertType), ("$name", alert.AlertName), ("$severity", alert.Severity), ("$message", alert.Message),
                     ("$context", alert.Context), ("$session", alert.SessionId), ("$at", WarehouseTime.Format(triggeredAt)), ("$sentTo", alert.SentTo)]);
                var id = Convert.ToInt64(await insert.ExecuteScalarAsync(ct).ConfigureAwait(false), CultureInfo.InvariantCulture);
                var record = new AlertRecord(id, alert.AlertType, alert.AlertName, alert.Severity, alert.Message, alert.Context, alert.SessionId, triggeredAt, alert.SentTo, null);
                return (record, true);
            },
            cancellationToken);

    private static async Task<AlertRecord?> QuerySingleAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql, (string, object?)[] parameters, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(transaction, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? Read(reader) : null;
    }


    private static AlertRecord Read(SqliteDataReader reader) => new(
        reader.GetInt64(0),
        reader.GetString(1),
        reader.GetString(2),
        reader.GetString(3),
        reader.GetString(4),
        reader.IsDBNull(5) ? null : reader.GetString(5),
        reader.IsDBNull(6) ? null : reader.GetString(6),
        Parse(reader.GetString(7)),
        reader.IsDBNull(8) ? null : reader.GetString(8),
        reader.IsDBNull(9) ? null : Parse(reader.GetString(9)));

    private static DateTimeOffset Parse(string value) => DateTimeOffset.Parse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
}
