using System.Globalization;
using VoiceAnalytics.Core.Storage.Sqlite;

namespace VoiceAnalytics.Core.Reports;

/// <summary>
/// Remembers which report periods went out to Slack or SMTP, so running the same occurrence again (a retry, a
/// manual run) does not send a second message. The outbox needs no such log: its key already overwrites.
/// </summary>
public sealed class SqliteReportDeliveryLog(SqliteDatabase database, TimeProvider time)
{
    public async Task<bool> WasSentAsync(string report, string periodKey, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM report_deliveries WHERE report = $report AND period_key = $key;";
        command.Parameters.AddWithValue("$report", report);
        command.Parameters.AddWithValue("$key", periodKey);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture) > 0;
    }

    public async Task RecordSentAsync(string report, string periodKey, string destination, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO report_deliveries (report, period_key, destination, sent_at) VALUES ($report, $key, $destination, $at)
            ON CONFLICT (report, period_key) DO NOTHING;
            """;
        command.Parameters.AddWithValue("$report", report);
        command.Parameters.AddWithValue("$key", periodKey);
        command.Parameters.AddWithValue("$destination", destination);
        command.Parameters.AddWithValue("$at", time.GetUtcNow().UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
