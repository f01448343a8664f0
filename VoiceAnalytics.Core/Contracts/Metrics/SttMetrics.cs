namespace VoiceAnalytics.Core.Contracts.Metrics;

public sealed record SttMetrics : MetricsRecord
{
    public double Duration { get; init; }
    public double AudioDuration { get; init; }
    public bool Streamed { get; init; }
    /// <summary>Input audio tokens, for token-billed STT (1.7).</summary>
    public long InputTokens { get; init; }
    public long OutputTokens { get; init; }
    /// <summary>Seconds to acquire the connection (WebSocket only, 1.7).</summary>
    public double AcquireTime { get; init; }
    public bool ConnectionReused { get; init; }
}
