namespace VoiceAnalytics.Core.Contracts.Metrics;

public sealed record EouMetrics : MetricsRecord
{
    public double EndOfUtteranceDelay { get; init; }
    public double TranscriptionDelay { get; init; }
    public double OnUserTurnCompletedDelay { get; init; }
    public string? SpeechId { get; init; }
}
