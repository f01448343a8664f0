using System.Globalization;
using System.Text.Json;
using VoiceAnalytics.Core.Pipeline;
using VoiceAnalytics.Core.Scoring;
using VoiceAnalytics.Core.Storage;
using VoiceAnalytics.Core.Storage.Sqlite;

namespace VoiceAnalytics.Core.Warehouse.Sqlite;

/// <summary>Finds a returning user's previous lead score in the warehouse (sessions joined to analysis_results).</summary>
public sealed class SqliteLeadHistory(SqliteDatabase database) : ILeadHistory
{
    // Served by idx_user_email_start_time: walks the email's calls backwards from $before and stops at the first
    // scored one, so a user with many calls costs no more than one with a few.
    internal const string PreviousScoreSql =
        """
        SELECT s.session_id, s.start_time, a.lead_score_breakdown
          FROM sessions s JOIN analysis_results a ON a.session_id = s.session_id
         WHERE s.user_email = $email AND s.session_id <> $id AND s.start_time < $before AND a.lead_score_breakdown IS NOT NULL
         ORDER BY s.start_time DESC LIMIT 1;
        """;

    public async Task<PreviousLeadScore?> FindPreviousAsync(string email, string sessionId, DateTimeOffset before, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command(
            PreviousScoreSql,
            ("$email", LeadEmail.Normalize(email)),
            ("$id", sessionId),
            ("$before", WarehouseTime.Format(before)));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        var score = JsonSerializer.Deserialize<LeadScoreReport>(CompressedText.Decode(reader.GetValue(2))!, ReportJson.Options);
        return score is null
            ? null
            : new PreviousLeadScore(reader.GetString(0), DateTimeOffset.Parse(reader.GetString(1), CultureInfo.InvariantCulture), score.Score, score.QualificationTier, score.Factors);
    }
}
