namespace VoiceAnalytics.Core.Contracts.Metrics;

/// <summary>
/// One response of a speech-to-speech model (OpenAI <c>gpt-realtime</c>, Gemini Live...): livekit-agents
/// <c>metrics/base.py</c> <c>RealtimeModelMetrics</c>. It has no <c>speech_id</c>; each record is one response, keyed by
/// <see cref="MetricsRecord.RequestId"/>. Token totals include every modality; the details split them.
/// </summary>
public sealed record RealtimeModelMetrics : MetricsRecord
{
    /// <summary>Seconds from the response's creation to done.</summary>
    public double Duration { get; init; }

    /// <summary>Seconds of connection, for session-billed providers (xAI).</summary>
    public double SessionDuration { get; init; }

    /// <summary>Seconds to the first audio token; LiveKit sends -1 for a response that sent no audio.</summary>
    public double Ttft { get; init; } = -1;

    public bool Cancelled { get; init; }

    public long InputTokens { get; init; }

    public long OutputTokens { get; init; }

    public long TotalTokens { get; init; }

    public double TokensPerSecond { get; init; }

    public RealtimeInputTokenDetails? InputTokenDetails { get; init; }

    public RealtimeOutputTokenDetails? OutputTokenDetails { get; init; }

    public double AcquireTime { get; init; }

    public bool ConnectionReused { get; init; }

    /// <summary>The time to the first audio token, or null when the response sent none.</summary>
    public double? TtftOrNull => Ttft >= 0 ? Ttft : null;
}

/// <summary>The input tokens of a realtime response by modality; <see cref="CachedTokensDetails"/> splits the cached part.</summary>
public sealed record RealtimeInputTokenDetails
{
    public long AudioTokens { get; init; }

    public long TextTokens { get; init; }

    public long ImageTokens { get; init; }

    public long CachedTokens { get; init; }

    public RealtimeCachedTokenDetails? CachedTokensDetails { get; init; }
}

public sealed record RealtimeCachedTokenDetails
{
    public long AudioTokens { get; init; }

    public long TextTokens { get; init; }

    public long ImageTokens { get; init; }
}

/// <summary>The output tokens of a realtime response by modality (image output is deprecated but still serialized).</summary>
public sealed record RealtimeOutputTokenDetails
{
    public long TextTokens { get; init; }

    public long AudioTokens { get; init; }

    public long ImageTokens { get; init; }
}
