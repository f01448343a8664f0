using VoiceAnalytics.Core.Contracts;

namespace VoiceAnalytics.Core.Analysis.Sentiment;

/// <summary>The few turns where the user's feeling showed most: strong scores or strong emotion cues, in call order.</summary>
public static class KeyMoments
{
    private const int Max = 5;
    private const double StrongScore = 0.4;
    private const double StrongEmotion = 1.0;
    private const int MaxQuote = 200;

    public static IReadOnlyList<EmotionMoment> Find(SessionPayload session, IReadOnlyList<ScoredTurn> turns, IReadOnlyList<EmotionHit> hits)
    {
        ArgumentNullException.ThrowIfNull(turns);
        ArgumentNullException.ThrowIfNull(hits);
        var candidates = new List<(ScoredTurn Turn, double Strength, string Emotion)>();
        foreach (var turn in turns)
        {
            var (emotion, weight) = StrongestEmotion(turn, hits);
            if (Math.Abs(turn.Score) < StrongScore && weight < StrongEmotion)
            {
                continue;
            }

            var label = emotion ?? (turn.Score >= 0 ? SentimentLabels.Positive : SentimentLabels.Negative);
            candidates.Add((turn, Math.Abs(turn.Score) + (0.2 * weight), label));
        }

        return [.. candidates
            .OrderByDescending(c => c.Strength)
            .Take(Max)
            .OrderBy(c => c.Turn.Turn.Index)
            .Select(c => new EmotionMoment(
                c.Turn.Turn.ItemId,
                CallClock.OffsetSeconds(session, c.Turn.Turn),
                c.Emotion,
                Math.Round(c.Turn.Score, 3),
                c.Turn.Turn.Text.Length > MaxQuote ? c.Turn.Turn.Text[..MaxQuote] : c.Turn.Turn.Text))];
    }

    private static (string? Emotion, double Weight) StrongestEmotion(ScoredTurn turn, IReadOnlyList<EmotionHit> hits)
    {
        string? best = null;
        double bestWeight = 0;
        foreach (var emotion in Emotions.All)
        {
            var weight = hits.Where(h => ReferenceEquals(h.Turn, turn) && h.Emotion == emotion).Sum(h => h.Weight);
            if (weight > bestWeight)
            {
                (best, bestWeight) = (emotion, weight);
            }
        }

        return (best, bestWeight);
    }
}
