using VoiceAnalytics.Core.Scoring;

namespace VoiceAnalytics.Core.Warehouse;

/// <summary>A returning user's last lead score, looked up before analysis so lead scoring stays pure.</summary>
public interface ILeadHistory
{
    /// <summary>The latest scored call of <paramref name="email"/> that started before <paramref name="before"/>, or null.</summary>
    Task<PreviousLeadScore?> FindPreviousAsync(string email, string sessionId, DateTimeOffset before, CancellationToken cancellationToken);
}
