using System.Text.RegularExpressions;
using VoiceAnalytics.Core.Analysis.Text;
using VoiceAnalytics.Core.Analysis.Text.Cues;
using VoiceAnalytics.Core.Analysis.Text.Words;

namespace VoiceAnalytics.Core.Analysis.Gaps;

/// <summary>
/// The question sentences of the user's turns, in call order. One- and two-word questions ("Honestly?", "Really?")
/// are rhetorical and left out. A request without a question mark ("I can't find where to do it") is an implicit
/// question when the agent's answer is what matters.
/// </summary>
internal static partial class UserQuestionFinder
{
    private const int MinimumWords = 3;

    public static List<UserQuestion> Find(Conversation conversation)
    {
        var questions = new List<UserQuestion>();
        foreach (var turn in conversation.UserTurns)
        {
            var text = turn.Text;
            var start = 0;
            for (var i = 0; i <= text.Length; i++)
            {
                if (i < text.Length && !(text[i] is '.' or '?' or '!' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1]))))
                {
                    continue;
                }

                var end = Math.Min(i + 1, text.Length);
                while (start < end && char.IsWhiteSpace(text[start]))
                {
                    start++;
                }

                if (start < end && QuestionCues.IsQuestion(text, start, end) && WordCount(text, start, end) >= MinimumWords)
                {
                    questions.Add(new UserQuestion(turn, start, end));
                }

                start = end;
            }
        }

        return questions;
    }

    /// <summary>The last question of <paramref name="turn"/>: the one the agent's next reply answers.</summary>
    public static UserQuestion? LastIn(List<UserQuestion> questions, Turn turn) =>
        questions.FindLast(q => q.Turn.Index == turn.Index);

    /// <summary>The sentence of <paramref name="turn"/> that asks for help without a question, or null.</summary>
    public static UserQuestion? ImplicitIn(Turn turn)
    {
        var m = ImplicitAsk().Match(turn.Text);
        if (!m.Success)
        {
            return null;
        }

        var (start, end) = SentenceBounds.Around(turn.Text, m.Index);
        return new UserQuestion(turn, start, end);
    }

    private static int WordCount(string text, int start, int end)
    {
        var words = 0;
        for (var i = start; i < end; i++)
        {
            words += SpeechTokenizer.IsWordChar(text[i]) && (i == start || !SpeechTokenizer.IsWordChar(text[i - 1])) ? 1 : 0;
        }

        return words;
    }

    [GeneratedRegex(
        @"\b(?:how\s+to|trying\s+to\s+(?:figure|find|work\s+out|get)|can['’]?t\s+(?:find|figure|work\s+out|get)|cannot\s+(?:find|figure)|looking\s+for|need\s+to\s+know|wondering)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex ImplicitAskPattern();

    private static GuardedRegex? ImplicitAskGuarded;

    private static GuardedRegex ImplicitAsk() => ImplicitAskGuarded ??= new(ImplicitAskPattern());
}
