using VoiceAnalytics.Core.Analysis.Quality.Questions;
using VoiceAnalytics.Core.Analysis.Sentiment.Terms;
using VoiceAnalytics.Core.Analysis.Text;
using VoiceAnalytics.Core.Analysis.Text.Words;

namespace VoiceAnalytics.Core.Analysis.Sentiment;

/// <summary>
/// Scores every user turn in order, shared by the Sentiment and ConversationQuality analyzers so that both read the
/// same progression. A turn that answers the agent's question about today's tool has its complaints softened, and a
/// turn that asks again what the user already asked counts as a sign of frustration.
/// </summary>
public static class SentimentTimeline
{
    private const double RepeatPenalty = -0.6;
    private const double SameQuestion = 0.6;
    private const int MinSharedWords = 2;

    public static IReadOnlyList<ScoredTurn> Read(Conversation conversation)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        var turns = new ScoredTurn[conversation.UserTurns.Count];
        var asked = new List<(Turn Turn, HashSet<int> Words)>();
        for (var k = 0; k < turns.Length; k++)
        {
            var turn = conversation.UserTurns[k];
            var read = conversation.TextOf(turn);
            var (text, words) = (read.Plain, read.Words);
            var agent = conversation.PreviousAssistant(turn);
            var statusQuo = k > 0 && agent == conversation.PreviousAssistant(conversation.UserTurns[k - 1])
                ? turns[k - 1].AnswersStatusQuo
                : agent is not null && StatusQuoQuestions.Asks(conversation.TextOf(agent));
            var sentiment = SentimentScorer.Score(text, words, statusQuo);
            var questions = QuestionDetector.Find(text, words);
            var repeatOf = FindRepeat(text, words, questions, turn, asked);
            if (repeatOf is not null)
            {
                sentiment = WithPenalty(sentiment, text, questions[0]);
            }

            turns[k] = new ScoredTurn(turn, text, words, sentiment, questions, repeatOf, statusQuo);
        }

        return turns;
    }

    private static int FirstFrom(IReadOnlyList<SpokenWord> words, int start)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i].Start >= start)
            {
                return i;
            }
        }

        return -1;
    }

    private static Turn? FindRepeat(string text, IReadOnlyList<SpokenWord> words, IReadOnlyList<int> questions, Turn turn, List<(Turn Turn, HashSet<int> Words)> asked)
    {
        Turn? repeatOf = null;
        foreach (var start in questions)
        {
            var from = FirstFrom(words, start);
            var to = from;
            while (to < words.Count && !words[to].EndsSentence)
            {
                to++;
            }

            var content = ContentWords.Of(text, words, from, to + 1);
            foreach (var (earlier, earlierWords) in asked)
            {
                // Two questions of one turn ("does it sync, or is that marketing?") are one thought said twice, not a repeat.
                if (earlier != turn && ContentWords.Shared(content, earlierWords) >= MinSharedWords && ContentWords.Overlap(content, earlierWords) >= SameQuestion)
                {
                    repeatOf ??= earlier;
                }
            }

            asked.Add((turn, content));
        }

        return repeatOf;
    }

    private static TextSentiment WithPenalty(TextSentiment sentiment, string text, int questionStart)
    {
        var raw = sentiment.Raw + RepeatPenalty;
        var (start, end) = SentenceBounds.Around(text, questionStart);
        var hits = sentiment.Hits.Append(new SentimentHit(start, end, RepeatPenalty)).ToArray();
        return sentiment with { Score = SentimentScorer.Squashed(raw), Raw = raw, Hits = hits };
    }
}
