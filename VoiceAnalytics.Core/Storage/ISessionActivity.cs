namespace VoiceAnalytics.Core.Storage;

/// <summary>
/// What the session store can tell the ops rules and reports about intake and processing, in both storage modes:
/// when a payload last arrived, and which sessions failed processing in a window.
/// </summary>
public interface ISessionActivity
{
    /// <summary>When the latest payload was received, if it was at or after <paramref name="notBefore"/>; null otherwise.</summary>
    Task<DateTimeOffset?> LatestReceivedAsync(DateTimeOffset notBefore, CancellationToken cancellationToken);

    /// <summary>Sessions whose processing failed in [from, to) and that are still failed, oldest failure first.</summary>
    Task<IReadOnlyList<SessionFailure>> FailuresAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);
}

public sealed record SessionFailure(string SessionId, string Reason, DateTimeOffset FailedAt);
