using VoiceAnalytics.Core.Analysis.Sentiment.Terms;
using VoiceAnalytics.Core.Analysis.Text.Words;

namespace VoiceAnalytics.Core.Analysis.Sentiment.EmotionSigns;

/// <summary>
/// Finds the signs of the five emotions in the user's turns: cue phrases (not when negated: "I'm not confused"),
/// exclamations (enthusiasm unless the sentence complains), and questions asked again (frustration).
/// </summary>
public static class EmotionScanner
{
    private const double ExclamationWeight = 0.4;
    private const double RepeatedQuestionWeight = 1.0;
    private const int NegationReach = 2;

    public static IReadOnlyList<EmotionHit> Scan(IReadOnlyList<ScoredTurn> turns)
    {
        ArgumentNullException.ThrowIfNull(turns);
        var hits = new List<EmotionHit>();
        foreach (var turn in turns)
        {
            ScanCues(turn, hits);
            ScanExclamations(turn, hits);
            if (turn.RepeatOf is not null && turn.Questions.Count > 0)
            {
                var start = turn.Questions[0];
                var end = SentenceEnd(turn.Text, start);
                hits.Add(new EmotionHit(Emotions.Frustration, "repeated_question", turn.Text[start..end], RepeatedQuestionWeight, turn, start, end));
            }
        }

        return hits;
    }

    private static void ScanCues(ScoredTurn turn, List<EmotionHit> hits)
    {
        var words = turn.Words;
        for (var i = 0; i < words.Count; i++)
        {
            if (EmotionCues.Matcher.Match(turn.Text, words, i) is not { } match)
            {
                continue;
            }

            var end = words[i + match.Words.Count - 1].End;
            if (!IsNegated(turn, i))
            {
                foreach (var cue in match.Value)
                {
                    hits.Add(new EmotionHit(cue.Emotion, cue.Kind, turn.Text[words[i].Start..end], cue.Weight, turn, words[i].Start, end));
                }
            }

            i += match.Words.Count - 1;
        }
    }

    private static void ScanExclamations(ScoredTurn turn, List<EmotionHit> hits)
    {
        var from = 0;
        for (var i = 0; i < turn.Words.Count; i++)
        {
            if (!turn.Words[i].EndsSentence)
            {
                continue;
            }

            if (turn.Words[i].After == SpokenBreak.Exclamation)
            {
                var start = turn.Words[from].Start;
                var end = Math.Min(turn.Text.Length, turn.Words[i].End + 1);
                var emotion = HasComplaint(turn, start, end) ? Emotions.Frustration : Emotions.Excitement;
                hits.Add(new EmotionHit(emotion, "exclamation", turn.Text[start..end], ExclamationWeight, turn, start, end));
            }

            from = i + 1;
        }
    }

    private static bool HasComplaint(ScoredTurn turn, int start, int end)
    {
        foreach (var hit in turn.Sentiment.Hits)
        {
            if (hit.Weight < 0 && hit.Start >= start && hit.End <= end)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsNegated(ScoredTurn turn, int index)
    {
        for (var j = index - 1; j >= 0 && j >= index - NegationReach && !turn.Words[j].EndsClause; j--)
        {
            if (TermModifiers.IsNegator(turn.Text, turn.Words[j]))
            {
                return true;
            }
        }

        return false;
    }

    private static int SentenceEnd(string text, int start)
    {
        var end = start;
        while (end < text.Length && text[end] is not ('.' or '?' or '!'))
        {
            end++;
        }

        return Math.Min(text.Length, end + 1);
    }
}
