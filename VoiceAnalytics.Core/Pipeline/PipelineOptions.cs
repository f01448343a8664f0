namespace VoiceAnalytics.Core.Pipeline;

public sealed class PipelineOptions
{
    public const string Section = "Pipeline";

    /// <summary>
    /// Fault-injection aid, zero by default: holds every analyzer run this long. The durability test uses it to
    /// kill the host in the middle of an analysis. Never set it in production.
    /// </summary>
    public TimeSpan AnalyzerDelay { get; set; } = TimeSpan.Zero;

    /// <summary>Attempts of each Durable analysis activity (analyzer, report, sink) before it counts as failed.</summary>
    [System.ComponentModel.DataAnnotations.Range(1, 20)]
    public int ActivityMaxAttempts { get; set; } = 3;

    /// <summary>Wait before an activity's first retry; each further retry waits twice as long.</summary>
    public TimeSpan ActivityFirstRetryInterval { get; set; } = TimeSpan.FromSeconds(5);
}
