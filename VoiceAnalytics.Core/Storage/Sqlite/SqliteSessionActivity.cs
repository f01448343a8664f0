using System.Globalization;

namespace VoiceAnalytics.Core.Storage.Sqlite;

/// <summary>
/// <see cref="ISessionActivity"/> on the intake table, served by its indexes on <c>received_at</c> and
/// <c>(state, updated_at)</c>; a failed session's <c>updated_at</c> is when it failed.
/// </summary>
public sealed class SqliteSessionActivity(SqliteDatabase database) : ISessionActivity
{
    internal const string LatestReceivedSql = "SELECT MAX(received_at) FROM ingested_sessions WHERE received_at >= $from;";

    internal const string FailuresSql =
        """
        SELECT session_id, COALESCE(failure_reason, ''), updated_at FROM ingested_sessions
         WHERE state = 'failed' AND updated_at >= $from AND updated_at < $to ORDER BY updated_at, session_id;
        """;

    public async Task<DateTimeOffset?> LatestReceivedAsync(DateTimeOffset notBefore, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command(
            LatestReceivedSql, ("$from", Format(notBefore)));
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is string text ? Parse(text) : null;
    }

    public async Task<IReadOnlyList<SessionFailure>> FailuresAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command(
            FailuresSql,
            ("$from", Format(from)), ("$to", Format(to)));
        var failures = new List<SessionFailure>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            failures.Add(new SessionFailure(reader.GetString(0), reader.GetString(1), Parse(reader.GetString(2))));
        }

        return failures;
    }

    // The intake table keeps round-trip ("O") UTC timestamps: fixed width, so text order is time order.
    private static string Format(DateTimeOffset value) => value.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);

    private static DateTimeOffset Parse(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
}
