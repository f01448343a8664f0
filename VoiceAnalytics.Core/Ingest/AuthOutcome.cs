namespace VoiceAnalytics.Core.Ingest;

/// <summary>Why a request was or was not authenticated; the reason is safe to return (it holds no secret).</summary>
public sealed record AuthOutcome(bool IsAuthenticated, string Reason)
{
    public static AuthOutcome Ok(string how) => new(true, how);

    public static AuthOutcome Denied(string reason) => new(false, reason);
}
