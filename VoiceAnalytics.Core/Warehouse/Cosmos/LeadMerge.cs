using VoiceAnalytics.Core.Warehouse.Sqlite;

namespace VoiceAnalytics.Core.Warehouse.Cosmos;

/// <summary>
/// The SQLite adapter's lead upsert as a pure function: counts and dates from the lead's calls; profile fields from
/// the latest call, where a field it did not mention keeps the earlier value; an older call only fills empty fields.
/// </summary>
public static class LeadMerge
{
    public static LeadDocument Merge(LeadDocument? existing, LeadRow row, bool scored, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(row);
        var start = WarehouseTime.Format(row.CallStartTime);
        var call = new LeadCall(row.LatestSessionId, start, CosmosDay.Of(row.CallStartTime), scored);
        var calls = (existing?.Calls ?? []).Where(c => c.SessionId != row.LatestSessionId).Append(call)
            .OrderBy(c => c.StartTime, StringComparer.Ordinal).ThenBy(c => c.SessionId, StringComparer.Ordinal).ToList();
        var first = calls[0].StartTime;
        var last = calls[^1].StartTime;
        var fresh = new LeadDocument
        {
            Email = row.Email,
            Name = row.Name,
            LatestSessionId = row.LatestSessionId,
            TeamSize = row.TeamSize,
            MonthlyVolume = row.MonthlyVolume,
            IntegrationNeeds = row.IntegrationNeeds,
            Industry = row.Industry,
            Location = row.Location,
            UseCase = row.UseCase,
            CurrentTool = row.CurrentTool,
            PainPoints = row.PainPoints,
            DecisionTimeline = row.DecisionTimeline,
            BudgetAuthority = row.BudgetAuthority,
            Urgency = row.Urgency,
            QualificationTier = row.QualificationTier,
            LeadScore = row.LeadScore,
            FirstCallDate = first,
            LastCallDate = last,
            TotalCalls = calls.Count,
            UpdatedAt = WarehouseTime.Format(now),
            Calls = calls,
        };
        if (existing is null)
        {
            return fresh;
        }

        var latest = string.Equals(last, start, StringComparison.Ordinal);
        return latest
            ? fresh with
            {
                Name = row.Name ?? existing.Name,
                TeamSize = row.TeamSize ?? existing.TeamSize,
                MonthlyVolume = row.MonthlyVolume ?? existing.MonthlyVolume,
                IntegrationNeeds = row.IntegrationNeeds ?? existing.IntegrationNeeds,
                Industry = row.Industry ?? existing.Industry,
                Location = row.Location ?? existing.Location,
                UseCase = row.UseCase ?? existing.UseCase,
                CurrentTool = row.CurrentTool ?? existing.CurrentTool,
                PainPoints = row.PainPoints ?? existing.PainPoints,
                DecisionTimeline = row.DecisionTimeline ?? existing.DecisionTimeline,
                BudgetAuthority = row.BudgetAuthority ?? existing.BudgetAuthority,
                Urgency = row.Urgency ?? existing.Urgency,
                QualificationTier = row.QualificationTier ?? existing.QualificationTier,
                LeadScore = row.LeadScore ?? existing.LeadScore,
            }
            : existing with
            {
                // An older call arriving later only fills what is still empty, so both arrival orders give one profile.
                Name = existing.Name ?? row.Name,
                TeamSize = existing.TeamSize ?? row.TeamSize,
                MonthlyVolume = existing.MonthlyVolume ?? row.MonthlyVolume,
                IntegrationNeeds = existing.IntegrationNeeds ?? row.IntegrationNeeds,
                Industry = existing.Industry ?? row.Industry,
                Location = existing.Location ?? row.Location,
                UseCase = existing.UseCase ?? row.UseCase,
                CurrentTool = existing.CurrentTool ?? row.CurrentTool,
                PainPoints = existing.PainPoints ?? row.PainPoints,
                DecisionTimeline = existing.DecisionTimeline ?? row.DecisionTimeline,
                BudgetAuthority = existing.BudgetAuthority ?? row.BudgetAuthority,
                Urgency = existing.Urgency ?? row.Urgency,
                QualificationTier = existing.QualificationTier ?? row.QualificationTier,
                LeadScore = existing.LeadScore ?? row.LeadScore,
                FirstCallDate = first,
                LastCallDate = last,
                TotalCalls = calls.Count,
                UpdatedAt = WarehouseTime.Format(now),
                Calls = calls,
            };
    }
}
