namespace VoiceAnalytics.Core.Analysis.Quality;

/// <summary>The values of <see cref="InterruptionStats.Source"/>.</summary>
public static class InterruptionSources
{
    /// <summary>livekit-agents 1.7's adaptive interruption model (<c>interruption_metrics</c> records).</summary>
    public const string Metrics = "interruption_metrics";

    /// <summary>Assistant messages marked <c>interrupted</c>.</summary>
    public const string Transcript = "transcript";
}
