using VoiceAnalytics.Core.Analysis.Sentiment.EmotionSigns;
using VoiceAnalytics.Core.Analysis.Text;

namespace VoiceAnalytics.Core.Analysis.Sentiment;

/// <summary>Frustration and enthusiasm markers from the emotion hits, plus the engagement of many follow-up questions.</summary>
public static class MarkerCollector
{
    private const int EngagedQuestions = 3;

    public static IReadOnlyList<SentimentMarker> Frustration(IReadOnlyList<EmotionHit> hits) => Collect(hits, Emotions.Frustration);

    public static IReadOnlyList<SentimentMarker> Enthusiasm(IReadOnlyList<EmotionHit> hits, IReadOnlyList<ScoredTurn> turns)
    {
        ArgumentNullException.ThrowIfNull(turns);
        var markers = new List<SentimentMarker>(Collect(hits, Emotions.Excitement));
        var questions = turns.Sum(t => t.Questions.Count);
        var last = turns.LastOrDefault(t => t.Questions.Count > 0);
        if (questions >= EngagedQuestions && last is not null)
        {
            var confidence = Math.Min(0.9, 0.4 + (0.1 * questions));
            markers.Add(new SentimentMarker("follow_up_questions", $"{questions} questions", confidence, Evidence.Sentence(last.Turn, last.Questions[^1])));
        }

        return markers;
    }

    private static List<SentimentMarker> Collect(IReadOnlyList<EmotionHit> hits, string emotion)
    {
        ArgumentNullException.ThrowIfNull(hits);
        var markers = new List<SentimentMarker>();
        foreach (var hit in hits)
        {
            if (hit.Emotion == emotion)
            {
                var confidence = Math.Round(Math.Min(0.95, 0.45 + (0.35 * hit.Weight)), 2);
                markers.Add(new SentimentMarker(hit.Kind, hit.Cue, confidence, Evidence.From(hit.Turn.Turn, hit.Start, hit.End - hit.Start)));
            }
        }

        return markers;
    }
}
