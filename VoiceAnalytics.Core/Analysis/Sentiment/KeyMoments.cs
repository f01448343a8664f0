using VoiceAnalytics.Core.Analysis.Sentiment.EmotionSigns;
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
        var weightsByTurn = WeightsByTurn(hits);
        var candidates = new List<(ScoredTurn Turn, double Strength, string Emotion)>();
        foreach (var turn in turns)
        {
            var (emotion, weight) = weightsByTurn.TryGetValue(turn, out var weights) ? StrongestEmotion(weights) : (null, 0);
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

    /// <summary>Each turn's summed weight per emotion, in one pass over the hits (hits are many, turns are many).</summary>
    private static Dictionary<ScoredTurn, Dictionary<string, double>> WeightsByTurn(IReadOnlyList<EmotionHit> hits)
    {
        var byTurn = new Dictionary<ScoredTurn, Dictionary<string, double>>(ReferenceEqualityComparer.Instance);
        foreach (var hit in hits)
        {
            if (!byTurn.TryGetValue(hit.Turn, out var weights))
            {
                byTurn[hit.Turn] = weights = new Dictionary<string, double>(StringComparer.Ordinal);
            }

            weights[hit.Emotion] = weights.GetValueOrDefault(hit.Emotion) + hit.Weight;
        }

        return byTurn;
    }

    /// <summary>The heaviest emotion; a tie goes to the one listed first in <see cref="Emotions.All"/>.</summary>
    private static (string? Emotion, double Weight) StrongestEmotion(Dictionary<string, double> weights)
    {
        string? best = null;
        double bestWeight = 0;
        foreach (var emotion in Emotions.All)
        {
            var weight = weights.GetValueOrDefault(emotion);
            if (weight > bestWeight)
            {
                (best, bestWeight) = (emotion, weight);
            }
        }

        return (best, bestWeight);
    }
}
