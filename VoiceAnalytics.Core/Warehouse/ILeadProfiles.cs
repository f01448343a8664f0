namespace VoiceAnalytics.Core.Warehouse;

/// <summary>
/// A lead's merged profile (the <c>leads</c> dimension), as the dashboard's "hot leads, view full profile" (spec 6)
/// shows it: profile fields from the latest call, calls counted over the lead's distinct sessions.
/// </summary>
public interface ILeadProfiles
{
    /// <summary>The profile of <paramref name="email"/> (any case, surrounding spaces ignored), or null when unknown.</summary>
    Task<LeadProfile?> FindAsync(string email, CancellationToken cancellationToken);
}

public sealed record LeadProfile(
    string Email,
    string? Name,
    string? LatestSessionId,
    int? TeamSize,
    int? MonthlyVolume,
    IReadOnlyList<string> IntegrationNeeds,
    string? Industry,
    string? CurrentTool,
    string? DecisionTimeline,
    string? QualificationTier,
    int? LeadScore,
    DateTimeOffset? FirstCallDate,
    DateTimeOffset? LastCallDate,
    int TotalCalls);
