namespace VoiceAnalytics.Core.Analysis.Performance;

internal sealed record ScoreCard(
    double? Score,
    string? Grade,
    double? Latency,
    double Reliability,
    double? Efficiency,
    IReadOnlyList<TargetCheck> Targets);
