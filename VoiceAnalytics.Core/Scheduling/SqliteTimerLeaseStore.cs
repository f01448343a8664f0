using System.Globalization;
using VoiceAnalytics.Core.Storage.Sqlite;

namespace VoiceAnalytics.Core.Scheduling;

/// <summary>Timer runs in the embedded database: the primary key (timer, occurrence) is the lease.</summary>
public sealed class SqliteTimerLeaseStore(SqliteDatabase database, TimeProvider time) : ITimerLeaseStore
{
    public async Task<bool> TryAcquireAsync(string timer, DateTimeOffset occurrence, bool isPastDue, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO timer_runs (timer, occurrence, past_due, started_at) VALUES ($timer, $occurrence, $pastDue, $now)
            ON CONFLICT (timer, occurrence) DO NOTHING;
            """;
        command.Parameters.AddWithValue("$timer", timer);
        command.Parameters.AddWithValue("$occurrence", Format(occurrence));
        command.Parameters.AddWithValue("$pastDue", isPastDue ? 1 : 0);
        command.Parameters.AddWithValue("$now", Format(time.GetUtcNow()));
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    public async Task CompleteAsync(string timer, DateTimeOffset occurrence, string? error, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE timer_runs SET completed_at = $now, error = $error WHERE timer = $timer AND occurrence = $occurrence;";
        command.Parameters.AddWithValue("$timer", timer);
        command.Parameters.AddWithValue("$occurrence", Format(occurrence));
        command.Parameters.AddWithValue("$now", Format(time.GetUtcNow()));
        command.Parameters.AddWithValue("$error", (object?)error ?? DBNull.Value);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<DateTimeOffset?> GetExpectedNextAsync(string timer, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT next_occurrence FROM timer_status WHERE timer = $timer;";
        command.Parameters.AddWithValue("$timer", timer);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is string next
            ? DateTimeOffset.Parse(next, CultureInfo.InvariantCulture)
            : null;
    }

    public async Task SetExpectedNextAsync(string timer, DateTimeOffset next, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO timer_status (timer, next_occurrence) VALUES ($timer, $next)
            ON CONFLICT (timer) DO UPDATE SET next_occurrence = excluded.next_occurrence;
            """;
        command.Parameters.AddWithValue("$timer", timer);
        command.Parameters.AddWithValue("$next", Format(next));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static string Format(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);
}
