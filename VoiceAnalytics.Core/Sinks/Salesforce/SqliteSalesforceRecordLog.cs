using Microsoft.Data.Sqlite;
using VoiceAnalytics.Core.Storage.Sqlite;
using VoiceAnalytics.Core.Warehouse.Sqlite;

namespace VoiceAnalytics.Core.Sinks.Salesforce;

/// <summary><see cref="ISalesforceRecordLog"/> in the embedded database: one row per session, read by primary key.</summary>
public sealed class SqliteSalesforceRecordLog(SqliteDatabase database) : ISalesforceRecordLog
{
    /// <summary>Most a page of the dashboard asks for at once; larger asks are read in chunks of this many keys.</summary>
    internal const int Chunk = 100;

    internal const string SaveSql = """
        INSERT INTO salesforce_records (session_id, person_type, person_id, call_id, base_url, written_at)
        VALUES ($id, $personType, $personId, $callId, $baseUrl, $writtenAt)
        ON CONFLICT (session_id) DO UPDATE SET person_type = excluded.person_type, person_id = excluded.person_id,
            call_id = COALESCE(excluded.call_id, call_id), base_url = excluded.base_url, written_at = excluded.written_at;
        """;

    internal const string FindSql = "SELECT session_id, person_type, person_id, call_id, base_url, written_at FROM salesforce_records WHERE session_id IN (SELECT value FROM json_each($ids));";

    public async Task SaveAsync(SalesforceRecords records, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(records);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command(
            SaveSql,
            ("$id", (object?)records.SessionId), ("$personType", records.PersonType), ("$personId", records.PersonId), ("$callId", records.CallId),
            ("$baseUrl", records.BaseUrl), ("$writtenAt", WarehouseTime.Format(records.WrittenAt)));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyDictionary<string, SalesforceRecords>> FindAsync(IReadOnlyCollection<string> sessionIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sessionIds);
        var found = new Dictionary<string, SalesforceRecords>(StringComparer.Ordinal);
        if (sessionIds.Count == 0)
        {
            return found;
        }

        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        foreach (var chunk in sessionIds.Distinct(StringComparer.Ordinal).Chunk(Chunk))
        {
            await using var command = connection.Command(FindSql, ("$ids", System.Text.Json.JsonSerializer.Serialize(chunk)));
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var records = new SalesforceRecords(
                    reader.GetString(0), Text(reader, 1), Text(reader, 2), Text(reader, 3), Text(reader, 4), WarehouseTime.Parse(reader.GetString(5)));
                found[records.SessionId] = records;
            }
        }

        return found;
    }

    private static string? Text(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
