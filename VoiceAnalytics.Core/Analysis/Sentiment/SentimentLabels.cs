namespace VoiceAnalytics.Core.Analysis.Sentiment;

/// <summary>
/// Labels for scores. The call's overall score is a mean over every user turn, factual ones included, so its bands
/// are narrow; a single turn needs a clearer score. Users are polite (thanks, "okay, good"), hence the positive band
/// starts further from zero than the negative one.
/// </summary>
public static class SentimentLabels
{
    public const string Positive = "positive";
    public const string Neutral = "neutral";
    public const string Negative = "negative";

    /// <summary>The class order of the call model's weights (the trainer's too, read without loading the shipped weights).</summary>
    public static IReadOnlyList<string> CallClasses { get; } = [Positive, Neutral, Negative];

    private const double CallPositive = 0.13;
    private const double CallNegative = -0.08;
    private const double TurnPositive = 0.2;
    private const double TurnNegative = -0.2;

    public static string ForCall(double score) => Label(score, CallPositive, CallNegative);

    public static string ForTurn(double score) => Label(score, TurnPositive, TurnNegative);

    /// <summary>How far a call score is from the nearest band edge, 0-1 (1 at 0.2 or more).</summary>
    public static double CallMargin(double score)
    {
        var distance = score >= CallPositive ? score - CallPositive
            : score <= CallNegative ? CallNegative - score
            : Math.Min(CallPositive - score, score - CallNegative);
        return Math.Clamp(distance / 0.2, 0, 1);
    }

    private static string Label(double score, double positive, double negative) =>
        score >= positive ? Positive : score <= negative ? Negative : Neutral;
}
