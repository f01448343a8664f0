using System.ComponentModel.DataAnnotations;

namespace VoiceAnalytics.Core.Storage;

/// <summary>
/// Retry behaviour of the session queue. Defaults follow spec 2.3; <c>host.json</c> <c>extensions.queues</c>
/// (maxDequeueCount, visibilityTimeout) overrides them so local and Azure behave alike.
/// </summary>
public sealed class QueueOptions
{
    public const string Section = "Queue";

    /// <summary>Queue name; the poison queue is <c>{name}-poison</c>.</summary>
    [Required, RegularExpression("^[a-z0-9](?:[a-z0-9-]{1,61}[a-z0-9])$")]
    public string Name { get; set; } = "sessions";

    /// <summary>Attempts before a message is poisoned.</summary>
    [Range(1, 100)]
    public int MaxDequeueCount { get; set; } = 3;

    /// <summary>Delay before the first retry; it doubles for each further one (1 s, 2 s, 4 s).</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long a received message stays hidden while it is processed (spec: 5 minutes).</summary>
    public TimeSpan ProcessingLease { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How often an idle local pump looks for work it was not woken for (intake wakes it at once).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>Sessions the local pump analyzes at the same time, so one slow session never holds the others; 0: the core count.</summary>
    [Range(0, 256)]
    public int Concurrency { get; set; }

    /// <summary><see cref="Concurrency"/>, with 0 read as the core count.</summary>
    public int Workers => Concurrency > 0 ? Concurrency : Environment.ProcessorCount;

    public TimeSpan RetryDelay(long dequeueCount) =>
        RetryBaseDelay * Math.Pow(2, Math.Max(0, dequeueCount - 1));
}
