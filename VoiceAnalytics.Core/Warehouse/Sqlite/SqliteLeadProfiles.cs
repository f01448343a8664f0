using System.Text.Json;
using Microsoft.Data.Sqlite;
using VoiceAnalytics.Core.Storage.Sqlite;

namespace VoiceAnalytics.Core.Warehouse.Sqlite;

/// <summary><see cref="ILeadProfiles"/> on the <c>leads</c> table, by its primary key.</summary>
public sealed class SqliteLeadProfiles(SqliteDatabase database) : ILeadProfiles
{
    public async Task<LeadProfile?> FindAsync(string email, CancellationToken cancellationToken)
    {
        if (LeadEmail.Normalize(email) is not { } key)
        {
            return null;
        }

        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command(
            """
            SELECT email, name, latest_session_id, team_size, monthly_volume, integration_needs, industry, current_tool,
                   decision_timeline, qualification_tier, lead_score, first_call_date, last_call_date, total_calls
              FROM leads WHERE email = $email;
            """,
            ("$email", key));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        return new LeadProfile(
            reader.GetString(0), Text(reader, 1), Text(reader, 2), Int(reader, 3), Int(reader, 4),
            Text(reader, 5) is { } needs ? JsonSerializer.Deserialize<List<string>>(needs) ?? [] : [],
            Text(reader, 6), Text(reader, 7), Text(reader, 8), Text(reader, 9), Int(reader, 10),
            Text(reader, 11) is { } first ? WarehouseTime.Parse(first) : null,
            Text(reader, 12) is { } last ? WarehouseTime.Parse(last) : null,
            reader.IsDBNull(13) ? 0 : reader.GetInt32(13));
    }

    private static string? Text(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static int? Int(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetInt32(ordinal);
}
