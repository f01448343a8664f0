namespace VoiceAnalytics.Core.Scheduling;

/// <summary>Makes each occurrence of a timer run once, however many instances share the store.</summary>
public interface ITimerLeaseStore
{
    /// <summary>True for exactly one caller per (timer, occurrence).</summary>
    Task<bool> TryAcquireAsync(string timer, DateTimeOffset occurrence, bool isPastDue, CancellationToken cancellationToken);

    Task CompleteAsync(string timer, DateTimeOffset occurrence, string? error, CancellationToken cancellationToken);

    /// <summary>The occurrence the timer expected next when it last looked (the Functions "schedule status").</summary>
    Task<DateTimeOffset?> GetExpectedNextAsync(string timer, CancellationToken cancellationToken);

    Task SetExpectedNextAsync(string timer, DateTimeOffset next, CancellationToken cancellationToken);
}
