using VoiceAnalytics.Core.Analysis.Sentiment.EmotionSigns;

namespace VoiceAnalytics.Core.Analysis.Sentiment;

/// <summary>
/// Spec 3.4: the user's overall sentiment with a score, its progression by turn and by quarter, the trend, the five
/// emotions with the turns that show them, frustration and enthusiasm markers, key moments, what triggered shifts,
/// how confident the user seems, and the tone a follow-up should take.
/// </summary>
public sealed record SentimentReport
{
    /// <summary>positive | neutral | negative.</summary>
    public string Overall { get; init; } = SentimentLabels.Neutral;

    /// <summary>Mean of the user's turn scores, -1..1.</summary>
    public double Score { get; init; }

    /// <summary>How sure the analysis is of <see cref="Overall"/>, 0-1.</summary>
    public double Confidence { get; init; }

    /// <summary>improving | stable | declining (first quarter of the user's turns against the last).</summary>
    public string Trend { get; init; } = SentimentTrend.Stable;

    public double StartScore { get; init; }

    public double EndScore { get; init; }

    public IReadOnlyList<SegmentSentiment> Segments { get; init; } = [];

    public IReadOnlyList<TurnSentiment> Turns { get; init; } = [];

    public IReadOnlyList<EmotionReading> Emotions { get; init; } = [];

    /// <summary>The strongest emotion shown, or null when none was.</summary>
    public string? DominantEmotion { get; init; }

    public IReadOnlyList<SentimentMarker> FrustrationMarkers { get; init; } = [];

    public IReadOnlyList<SentimentMarker> EnthusiasmMarkers { get; init; } = [];

    public IReadOnlyList<EmotionMoment> KeyMoments { get; init; } = [];

    public IReadOnlyList<SentimentShift> Triggers { get; init; } = [];

    public UserConfidence UserConfidence { get; init; } = new("medium", 0.5);

    /// <summary>empathetic | reassuring | instructive | enthusiastic | consultative.</summary>
    public string FollowUpTone { get; init; } = "consultative";

    public IReadOnlyList<string> Recommendations { get; init; } = [];
}
