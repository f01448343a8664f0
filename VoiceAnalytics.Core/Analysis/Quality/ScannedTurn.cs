using VoiceAnalytics.Core.Analysis.Quality.Questions;
using VoiceAnalytics.Core.Analysis.Text;
using VoiceAnalytics.Core.Analysis.Text.Words;

namespace VoiceAnalytics.Core.Analysis.Quality;

/// <summary>An agent turn scanned once into words, shared by the quality readers.</summary>
public sealed record ScannedTurn(Turn Turn, string Text, IReadOnlyList<SpokenWord> Words, IReadOnlyList<int> Questions)
{
    public static ScannedTurn Of(Conversation conversation, Turn turn)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        var read = conversation.TextOf(turn);
        return new ScannedTurn(turn, read.Plain, read.Words, QuestionDetector.Find(read.Plain, read.Words));
    }

    /// <summary>True when any phrase of <paramref name="cues"/> occurs in the turn.</summary>
    public bool Has(PhraseMatcher<bool> cues) => FirstMatch(cues) >= 0;

    /// <summary>The character offset of the first phrase of <paramref name="cues"/>, or -1.</summary>
    public int FirstMatch(PhraseMatcher<bool> cues, int fromWord = 0, int toWord = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(cues);
        var at = cues.FirstIndex(Text, Words, fromWord, toWord);
        return at < 0 ? -1 : Words[at].Start;
    }
}
