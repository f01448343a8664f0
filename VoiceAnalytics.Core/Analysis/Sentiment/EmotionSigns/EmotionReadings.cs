using VoiceAnalytics.Core.Analysis.Text;

namespace VoiceAnalytics.Core.Analysis.Sentiment.EmotionSigns;

/// <summary>Sums the emotion hits into one reading per emotion, and weighs confidence against hesitation.</summary>
public static class EmotionReadings
{
    private const int MaxEvidence = 5;

    public static IReadOnlyList<EmotionReading> From(IReadOnlyList<EmotionHit> hits)
    {
        ArgumentNullException.ThrowIfNull(hits);
        var readings = new EmotionReading[Emotions.All.Count];
        for (var e = 0; e < readings.Length; e++)
        {
            var emotion = Emotions.All[e];
            double score = 0;
            var evidence = new List<Evidence>();
            foreach (var hit in hits)
            {
                if (hit.Emotion != emotion)
                {
                    continue;
                }

                score += hit.Weight;
                if (evidence.Count < MaxEvidence && !evidence.Exists(x => x.ItemId == hit.Turn.Turn.ItemId))
                {
                    evidence.Add(Evidence.Sentence(hit.Turn.Turn, hit.Start));
                }
            }

            readings[e] = new EmotionReading(emotion, Intensity(score), Math.Round(score, 2), Confidence(score), evidence);
        }

        return readings;
    }

    /// <summary>The emotion with the highest score, or null when none was shown.</summary>
    public static string? Dominant(IReadOnlyList<EmotionReading> readings)
    {
        ArgumentNullException.ThrowIfNull(readings);
        var best = readings.OrderByDescending(r => r.Score).FirstOrDefault();
        return best is { Score: > 0 } ? best.Emotion : null;
    }

    public static UserConfidence UserConfidence(IReadOnlyList<EmotionReading> readings)
    {
        ArgumentNullException.ThrowIfNull(readings);
        var sure = readings.First(r => r.Emotion == Emotions.Confidence).Score;
        var unsure = readings.First(r => r.Emotion == Emotions.Hesitation).Score;
        var score = Math.Round((sure + 1) / (sure + unsure + 2), 2);
        var level = score >= 0.62 ? "high" : score <= 0.4 ? "low" : "medium";
        return new UserConfidence(level, score);
    }

    public static string Intensity(double score) => score switch
    {
        <= 0 => "none",
        < 1.5 => "low",
        < 3 => "medium",
        _ => "high",
    };

    private static double Confidence(double score) => Math.Round(Math.Min(0.95, 1 - Math.Exp(-score / 1.5)), 2);
}
