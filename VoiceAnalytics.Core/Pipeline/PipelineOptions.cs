namespace VoiceAnalytics.Core.Pipeline;

public sealed class PipelineOptions
{
    public const string Section = "Pipeline";

    /// <summary>
    /// Fault-injection aid, zero by default: holds every analyzer run this long. The durability test uses it to
    /// kill the host in the middle of an analysis. Never set it in production.
    /// </summary>
    public TimeSpan AnalyzerDelay { get; set; } = TimeSpan.Zero;
}
