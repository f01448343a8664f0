using System.Globalization;

namespace VoiceAnalytics.Core.Storage.Sqlite;

/// <summary>
/// Writes one row of its own table and reads it back in a write transaction. A locked database answers within
/// <see cref="BusyTimeoutMs"/> instead of the 30 s the other writers wait.
/// </summary>
public sealed class SqliteStorageProbe(SqliteDatabase database, TimeProvider time) : IStorageProbe
{
    private const int BusyTimeoutMs = 2000;

    public async Task<StorageProbeResult> CheckAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using (var pragma = connection.CreateCommand())
            {
                pragma.CommandText = $"PRAGMA busy_timeout={BusyTimeoutMs.ToString(CultureInfo.InvariantCulture)};";
                await pragma.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            var now = time.GetUtcNow().ToUnixTimeMilliseconds();
            await using var transaction = connection.BeginTransaction(deferred: false); // BEGIN IMMEDIATE: takes the write lock
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = """
                INSERT INTO health_probe (id, written_at) VALUES (1, $now) ON CONFLICT (id) DO UPDATE SET written_at = excluded.written_at;
                SELECT written_at FROM health_probe WHERE id = 1;
                """;
            command.Parameters.AddWithValue("$now", now);
            var read = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return read is long written && written == now
                ? StorageProbeResult.Ok
                : new StorageProbeResult(false, "io", "The probe row read back differs from what was written.");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return StorageProbeResult.Failed(ex);
        }
    }
}

/// <summary>The health probe's one-row table.</summary>
internal sealed class HealthProbeSchema : ISqliteSchema
{
    public string Ddl => "CREATE TABLE IF NOT EXISTS health_probe (id INTEGER PRIMARY KEY CHECK (id = 1), written_at INTEGER NOT NULL);";
}
