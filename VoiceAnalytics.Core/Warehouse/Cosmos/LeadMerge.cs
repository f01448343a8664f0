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

        // The latest call's profile wins, the earlier one fills what it left empty; an older call arriving later only
        // fills what is still empty. Both arrival orders give one profile.
        return string.Equals(last, start, StringComparison.Ordinal)
            ? Filled(fresh, existing)
            : Filled(existing, fresh) with { FirstCallDate = first, LastCallDate = last, TotalCalls = calls.Count, UpdatedAt = fresh.UpdatedAt, Calls = calls };
    }

    /// <summary><paramref name="primary"/> with each profile field it lacks taken from <paramref name="fallback"/>.</summary>
    private static LeadDocument Filled(LeadDocument primary, LeadDocument fallback) => primary with
    {
        Name = primary.Name ?? fallback.Name,
        TeamSize = primary.TeamSize ?? fallback.TeamSize,
        MonthlyVolume = primary.MonthlyVolume ?? fallback.MonthlyVolume,
        IntegrationNeeds = primary.IntegrationNeeds ?? fallback.IntegrationNeeds,
        Industry = primary.Industry ?? fallback.Industry,
        Location = primary.Location ?? fallback.Location,
        UseCase = primary.UseCase ?? fallback.UseCase,
        CurrentTool = primary.CurrentTool ?? fallback.CurrentTool,
        PainPoints = primary.PainPoints ?? fallback.PainPoints,
        DecisionTimeline = primary.DecisionTimeline ?? fallback.DecisionTimeline,
        BudgetAuthority = primary.BudgetAuthority ?? fallback.BudgetAuthority,
        Urgency = primary.Urgency ?? fallback.Urgency,
        QualificationTier = primary.QualificationTier ?? fallback.QualificationTier,
        LeadScore = primary.LeadScore ?? fallback.LeadScore,
    };
}
