using VoiceAnalytics.Core.Analysis.Text;
using VoiceAnalytics.Core.Analysis.Text.Words;

namespace VoiceAnalytics.Core.Analysis.Sales.ProductFit;

/// <summary>Every product-fit vocabulary in one matcher, so a call's user turns are read once.</summary>
internal static class ProductLexicon
{
    private static readonly Lexicon All = new(
    [
        .. IntegrationVocabulary.Entries,
        .. ToolVocabulary.Entries,
        .. ManualProcessVocabulary.Entries,
        .. IndustryVocabulary.Entries,
        .. UseCaseVocabulary.Entries,
        .. FeatureVocabulary.Entries,
        .. PainPointVocabulary.Entries,
    ]);

    /// <summary>The terms of every user turn, in order.</summary>
    public static List<TermHit> ScanUserTurns(Conversation conversation)
    {
        var hits = new List<TermHit>();
        var matches = new List<LexiconMatch>(16);
        foreach (var turn in conversation.UserTurns)
        {
            ScanInto(turn, conversation.TextOf(turn).SplitWords, matches, hits);
        }

        return hits;
    }

    /// <summary>The terms of one turn (used for the assistant's replies).</summary>
    public static List<TermHit> ScanTurn(Conversation conversation, Turn turn)
    {
        var hits = new List<TermHit>();
        ScanInto(turn, conversation.TextOf(turn).SplitWords, new List<LexiconMatch>(16), hits);
        return hits;
    }

    /// <summary>The terms of a free text, such as a knowledge-base search query.</summary>
    public static List<LexiconMatch> ScanText(string text)
    {
        var matches = new List<LexiconMatch>(4);
        All.Match(text, SpeechTokenizer.Words(text, WordGrain.Split), matches);
        return matches;
    }

    private static void ScanInto(Turn turn, IReadOnlyList<SpokenWord> words, List<LexiconMatch> matches, List<TermHit> into)
    {
        matches.Clear();
        All.Match(turn.Text, words, matches);
        foreach (var match in matches)
        {
            into.Add(new TermHit(turn, match.Entry, match.Start, match.End));
        }
    }
}
