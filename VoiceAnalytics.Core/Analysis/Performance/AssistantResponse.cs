namespace VoiceAnalytics.Core.Analysis.Performance;

/// <summary>
/// An assistant message with LiveKit's e2e_latency: when it started speaking (epoch seconds) and the wait in ms.
/// <see cref="Claimed"/> is set once a turn took it, so it is not counted twice.
/// </summary>
internal sealed class AssistantResponse(double at, double e2eMs)
{
    public double At { get; } = at;

    public double E2eMs { get; } = e2eMs;

    public bool Claimed { get; set; }
}
