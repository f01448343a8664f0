namespace VoiceAnalytics.Core.Sinks.Amplitude;

/// <summary>
/// The end of one <see cref="AmplitudeClient.SendAsync"/>: events ingested, events refused for good, and, after a
/// transient failure that outlasted the retries, the events not sent yet (resend them later; their insert_ids dedupe).
/// </summary>
public sealed record AmplitudeResult
{
    public int SentCount { get; init; }

    public IReadOnlyList<AmplitudeDroppedEvent> Dropped { get; init; } = [];

    public IReadOnlyList<AmplitudeEvent> Unsent { get; init; } = [];

    /// <summary>Why <see cref="Unsent"/> is not empty: throttling, server errors, network errors, an unexpected status.</summary>
    public string? TransientFailure { get; init; }

    /// <summary>The last <c>Retry-After</c> heard when the client gave up, as a hint for the next attempt.</summary>
    public TimeSpan? RetryAfter { get; init; }

    public bool IsComplete => TransientFailure is null;
}
