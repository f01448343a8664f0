using VoiceAnalytics.Core.Analysis.Sales.ProductFit.Features;
using VoiceAnalytics.Core.Analysis.Sales.ProductFit.Tools;
using VoiceAnalytics.Core.Analysis.Text;
using VoiceAnalytics.Core.Analysis.Text.Words;

namespace VoiceAnalytics.Core.Analysis.Sales.ProductFit.Lexicons;

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

    /// <summary>
    /// The terms of every user turn, in order: read once per call and shared by the analyzers that ask (the list is
    /// shared, so it is read-only).
    /// </summary>
    public static IReadOnlyList<TermHit> UserTerms(Conversation conversation) => conversation.Shared(ScanUserTurns);

    /// <summary>The competitor names in one user turn of <paramref name="conversation"/>, from the shared read.</summary>
    public static IReadOnlyList<TermHit> CompetitorTermsOf(Conversation conversation, Turn turn)
    {
        var byTurn = conversation.Shared(CompetitorTermsByUserTurn);
        return turn.UserIndex >= 0 && turn.UserIndex < byTurn.Length && ReferenceEquals(conversation.UserTurns[turn.UserIndex], turn)
            ? byTurn[turn.UserIndex]
            : [.. ScanTurn(conversation, turn).Where(h => h.Kind == TermKind.Competitor)];
    }

    private static IReadOnlyList<TermHit>[] CompetitorTermsByUserTurn(Conversation conversation)
    {
        var byTurn = new List<TermHit>[conversation.UserTurns.Count];
        foreach (var hit in UserTerms(conversation))
        {
            if (hit.Kind == TermKind.Competitor)
            {
                (byTurn[hit.Turn.UserIndex] ??= []).Add(hit);
            }
        }

        return [.. byTurn.Select(hits => hits ?? (IReadOnlyList<TermHit>)[])];
    }

    private static List<TermHit> ScanUserTurns(Conversation conversation)
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
