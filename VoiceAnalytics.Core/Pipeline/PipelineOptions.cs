namespace VoiceAnalytics.Core.Pipeline;

public sealed class PipelineOptions
{
    public const string Section = "Pipeline";

    /// <summary>
    /// Fault-injection aid, zero by default: holds every analyzer run this long. The durability test uses it to
    /// kill the host in the middle of an analysis. Never set it in production.
    /// </summary>
    public TimeSpan AnalyzerDelay { get; set; } = TimeSpan.Zero;

    /// <summary>
    /// Time one analyzer may take on one session (normal: 1-5 ms). Over it the analyzer is cancelled and its result in
    /// the report is <see cref="AnalyzerTimedOut"/> (<c>{ "status": "timed_out", "budget_ms": ... }</c>); the session
    /// completes with the rest.
    /// </summary>
    public TimeSpan AnalyzerBudget { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Time all analyzers of one session may take together on the local host (the in-process runner): an analyzer
    /// started late gets what is left of it, if less than <see cref="AnalyzerBudget"/>. Durable activities each get
    /// <see cref="AnalyzerBudget"/>.
    /// </summary>
    public TimeSpan SessionBudget { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Attempts of each Durable analysis activity (analyzer, report, sink) before it counts as failed.</summary>
    [System.ComponentModel.DataAnnotations.Range(1, 20)]
    public int ActivityMaxAttempts { get; set; } = 3;

    /// <summary>Wait before an activity's first retry; each further retry waits twice as long.</summary>
    public TimeSpan ActivityFirstRetryInterval { get; set; } = TimeSpan.FromSeconds(5);
}
