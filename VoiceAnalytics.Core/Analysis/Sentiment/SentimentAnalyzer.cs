using VoiceAnalytics.Core.Analysis.Sentiment.EmotionSigns;

namespace VoiceAnalytics.Core.Analysis.Sentiment;

/// <summary>
/// Spec 3.4 Sentiment Analyzer: the user's sentiment from a lexicon with negation, intensity, contrast and
/// conversational cues (<see cref="SentimentScorer"/>); the label from the shape of those turn scores over the call
/// (<see cref="SentimentModel"/>), the score their mean; the trend from the first to the
/// last quarter of their turns; five emotions with the turns that show them; markers, key moments, triggers, and the
/// tone for a follow-up.
/// </summary>
public sealed class SentimentAnalyzer : Analyzer<SentimentReport>
{
    /// <summary>How far past a band edge the mean must be for the label to skip the model.</summary>
    public const double ClearMargin = 0.4;

    public override string Name => "sentiment";

    public override int Version => 2;

    public override AnalyzerStage Stage => AnalyzerStage.FanOut;

    public override SentimentReport Analyze(AnalysisInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var conversation = input.Conversation;
        var turns = conversation.Shared(SentimentTimeline.Read);
        var score = turns.Count == 0 ? 0 : turns.Average(t => t.Score);
        var trend = conversation.Shared(SentimentTrend.Read);
        var hits = EmotionScanner.Scan(turns);
        var emotions = EmotionReadings.From(hits);
        var report = new SentimentReport
        {
            Overall = OverallLabel(turns, score),
            Score = Math.Round(score, 3),
            Confidence = AnalysisConfidence(turns, score),
            Trend = trend.Trend,
            StartScore = trend.Start,
            EndScore = trend.End,
            Segments = SegmentReader.Read(turns),
            Turns = [.. turns.Select(t => new TurnSentiment(t.Turn.ItemId, t.Turn.UserIndex, CallClock.OffsetSeconds(input.Session, t.Turn), Math.Round(t.Score, 3), SentimentLabels.ForTurn(t.Score)))],
            Emotions = emotions,
            DominantEmotion = EmotionReadings.Dominant(emotions),
            FrustrationMarkers = MarkerCollector.Frustration(hits),
            EnthusiasmMarkers = MarkerCollector.Enthusiasm(hits, turns),
            KeyMoments = KeyMoments.Find(input.Session, turns, hits),
            Triggers = ShiftFinder.Find(conversation, turns),
            UserConfidence = EmotionReadings.UserConfidence(emotions),
        };
        var (tone, recommendations) = FollowUpAdvisor.Advise(report);
        return report with { FollowUpTone = tone, Recommendations = recommendations };
    }

    /// <summary>
    /// The model separates the crowded middle of the scale (polite neutral versus mildly positive); a mean far past a
    /// band edge is already decided, and the model must not talk a plainly frustrated call into neutral.
    /// </summary>
    private static string OverallLabel(IReadOnlyList<ScoredTurn> turns, double score)
    {
        var byMean = SentimentLabels.ForCall(score);
        return byMean != SentimentLabels.Neutral && SentimentLabels.CallMargin(score) >= ClearMargin
            ? byMean
            : SentimentModel.Overall.Predict(SentimentFeatures.Of(turns), WordsOf(turns));
    }

    private static List<int> WordsOf(IReadOnlyList<ScoredTurn> turns)
    {
        var keys = new List<int>(256);
        SentimentWords.Collect(turns, keys);
        return keys;
    }

    /// <summary>More turns that carry sentiment and a score further from the band edges make the label surer.</summary>
    private static double AnalysisConfidence(IReadOnlyList<ScoredTurn> turns, double score)
    {
        if (turns.Count == 0)
        {
            return 0.2;
        }

        var evidence = Math.Min(1, turns.Count(t => t.HasEvidence) / 4.0);
        return Math.Round(0.35 + (0.3 * evidence) + (0.3 * SentimentLabels.CallMargin(score)), 2);
    }
}
