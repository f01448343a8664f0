using VoiceAnalytics.Core.Analysis.Sentiment;
using VoiceAnalytics.Core.Analysis.Text;
using VoiceAnalytics.Core.Analysis.Text.Words;

namespace VoiceAnalytics.Core.Analysis.Quality;

/// <summary>
/// User turns asked in the form of a statement ("it works with pipedrive", "and slack notifications when something gets
/// signed", "you have an api yes"), as terse speakers and speakers of other languages often ask: no question form shows,
/// but the agent's very next turn opens with a bare "Yes," or "No," that answers one.
/// </summary>
internal static class AnsweredStatements
{
    private static readonly WordSet AnswerWords = WordSet.Of("yes", "no");

    /// <summary>Words after "No," that make it a courtesy, not an answer ("No, no problem").</summary>
    private static readonly WordSet Courtesies = WordSet.Of("problem", "worries", "need", "rush", "pressure");

    /// <summary>Whether <paramref name="turn"/> found no question by its form yet was answered as one.</summary>
    public static bool IsAnswered(Conversation conversation, ScoredTurn turn)
    {
        if (turn.Questions.Count > 0 || turn.Words.Count < 2 || AsksWithQuestionMark(turn.Words))
        {
            return false; // a '?' the detector let go is a hedged figure ("maybe forty?"), not an unmarked question
        }

        var next = turn.Turn.Index + 1;
        if (next >= conversation.Turns.Count || !conversation.Turns[next].IsAssistant)
        {
            return false;
        }

        var reply = conversation.TextOf(conversation.Turns[next]);
        var words = reply.Words;
        return words.Count >= 2 && words[0].EndsClause && AnswerWords.Contains(reply.Plain, words[0])
            && !Courtesies.Contains(reply.Plain, words[1]);
    }

    private static bool AsksWithQuestionMark(IReadOnlyList<SpokenWord> words)
    {
        foreach (var word in words)
        {
            if (word.After == SpokenBreak.Question)
            {
                return true;
            }
        }

        return false;
    }
}
