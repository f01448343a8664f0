namespace VoiceAnalytics.Core.Analysis.Performance;

/// <summary>The values of <see cref="LatencyAnomaly.Kind"/>.</summary>
public static class AnomalyKinds
{
    /// <summary>A turn's latency (on the call's basis) is more than twice the session median.</summary>
    public const string LatencySpike = "latency_spike";

    /// <summary>A turn's prompt plus completion tokens are more than twice the session median.</summary>
    public const string TokenSpike = "token_spike";

    /// <summary>Two or more failed tool calls within 60 seconds.</summary>
    public const string ErrorBurst = "error_burst";
}
