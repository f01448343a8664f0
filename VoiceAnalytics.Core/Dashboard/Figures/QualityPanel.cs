namespace VoiceAnalytics.Core.Dashboard.Figures;

/// <summary><c>GET /api/dashboard/quality</c> (spec 6.3); docs/dashboard-api.md describes every field.</summary>
public sealed record QualityPanel(
    Window Window,
    DateTimeOffset GeneratedAt,
    string Bucket,
    DurationFigure Duration,
    TurnsFigure Turns,
    InterruptionFigure Interruptions,
    SentimentFigure Sentiment,
    NaturalEndingFigure NaturalEnding,
    SatisfactionFigure Satisfaction);

public sealed record Band(double Min, double Max);

public sealed record DurationFigure(double? AverageMinutes, long Sessions, Band Target, long InTarget, double? InTargetPercent, IReadOnlyList<Bar> Histogram);

public sealed record TurnsFigure(double? Average, long Sessions, Band Target, long InTarget, double? InTargetPercent, IReadOnlyList<Bar> Histogram);

public sealed record InterruptionFigure(long Interrupted, long Sessions, double? Percent, int Threshold, IReadOnlyList<InterruptionPoint> Trend);

public sealed record InterruptionPoint(DateTimeOffset Start, long Sessions, long Interrupted, double? Percent);

public sealed record SentimentFigure(long Positive, long Neutral, long Negative, long Unknown, double? PositivePercent, double? NeutralPercent, double? NegativePercent, double GoalPositivePercent, bool? MeetsGoal);

public sealed record NaturalEndingFigure(long Natural, long Measured, double? Percent, double GoalPercent, bool? MeetsGoal);

public sealed record SatisfactionFigure(double? Average, long Measured, IReadOnlyList<SatisfactionPoint> Trend);

public sealed record SatisfactionPoint(DateTimeOffset Start, long Measured, double? Average);
