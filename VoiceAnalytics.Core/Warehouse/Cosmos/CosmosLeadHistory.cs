using System.Text.Json;
using VoiceAnalytics.Core.Pipeline;
using VoiceAnalytics.Core.Scoring;
using VoiceAnalytics.Core.Warehouse.Sqlite;

namespace VoiceAnalytics.Core.Warehouse.Cosmos;

/// <summary>
/// <see cref="ILeadHistory"/> with two point reads: the lead document (partition = email) lists the lead's calls, and
/// the analysis of the latest scored one before <c>before</c> is read by its id and day.
/// </summary>
public sealed class CosmosLeadHistory(CosmosStore store) : ILeadHistory
{
    public async Task<PreviousLeadScore?> FindPreviousAsync(string email, string sessionId, DateTimeOffset before, CancellationToken cancellationToken)
    {
        if (LeadEmail.Normalize(email) is not { } key
            || await store.ReadAsync(store.Containers.Leads, LeadDocument.Id, key, cancellationToken).ConfigureAwait(false) is not { } lead)
        {
            return null;
        }

        var limit = WarehouseTime.Format(before);
        var previous = CosmosJson.Read<LeadDocument>(lead.Document).Calls
            .Where(c => c.Scored && c.SessionId != sessionId && string.CompareOrdinal(c.StartTime, limit) < 0)
            .OrderByDescending(c => c.StartTime, StringComparer.Ordinal)
            .FirstOrDefault();
        if (previous is null
            || await store.ReadAsync(store.Containers.AnalysisResults, previous.SessionId, previous.Day, cancellationToken).ConfigureAwait(false) is not { } analysis
            || CosmosJson.Read<AnalysisDocument>(analysis.Document).LeadScoreBreakdown is not { } breakdown)
        {
            return null;
        }

        var score = breakdown.Deserialize<LeadScoreReport>(ReportJson.Options);
        return score is null ? null : new PreviousLeadScore(previous.SessionId, WarehouseTime.Parse(previous.StartTime), score.Score, score.QualificationTier, score.Factors);
    }
}
