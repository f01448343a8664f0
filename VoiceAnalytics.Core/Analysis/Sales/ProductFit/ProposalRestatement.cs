using VoiceAnalytics.Core.Analysis.Sales.ProductFit.Lexicons;
using VoiceAnalytics.Core.Analysis.Text.Words;

namespace VoiceAnalytics.Core.Analysis.Sales.ProductFit;

/// <summary>
/// A bid or a quote word that stands beside a proposal word names that proposal, not a separate quote: a bid used as
/// a modifier or restated ("bid proposals", "bids like the proposals", "Bids. Proposals to owners") and the verb
/// "quote" inside a proposal ("the proposals quote patient numbers", "our proposals we quote in dollars"). A
/// conjunction between them ("bids and proposals") lists two documents. Once the user has called their bids
/// proposals, every later "bids" in the call ("bids maybe fifteen a month") means the same document.
/// </summary>
internal static class ProposalRestatement
{
    private static readonly string[] BidWords = ["bid", "bids"];
    private static readonly string[] Conjunctions = ["and", "or", "plus", "then", "also", "but", "nor"];
    private const int MaxWordsBetween = 2;

    /// <summary>Whether some bid in the call is restated as a proposal.</summary>
    public static bool BidsAreProposals(IReadOnlyList<TermHit> hits)
    {
        for (var index = 0; index < hits.Count; index++)
        {
            if (IsBid(hits[index]) && NamesProposal(hits[index], hits, index))
            {
                return true;
            }
        }

        return false;
    }

    public static bool IsBid(TermHit hit) =>
        hit.Kind == TermKind.UseCase && hit.Value == "quotes" && WordScan.IsAny(hit.Entry.Phrase, BidWords);

    public static bool NamesProposal(TermHit hit, IReadOnlyList<TermHit> hits, int index)
    {
        if (hit.Value != "quotes" || hit.Entry.Words.Length != 1)
        {
            return false;
        }

        var word = hit.Entry.Phrase;
        if (WordScan.IsAny(word, BidWords))
        {
            return Neighbour(hits, index, +1) is { } next && Adjacent(hit.Text, hit.End, next.Start, MaxWordsBetween);
        }

        return word == "quote" && Neighbour(hits, index, -1) is { } previous && Adjacent(hit.Text, previous.End, hit.Start, 1);
    }

    // The nearest use-case hit of the same turn in the given direction, when it is a proposal.
    private static TermHit? Neighbour(IReadOnlyList<TermHit> hits, int index, int step)
    {
        var hit = hits[index];
        for (var k = index + step; k >= 0 && k < hits.Count; k += step)
        {
            var other = hits[k];
            if (!ReferenceEquals(other.Turn, hit.Turn))
            {
                return null;
            }

            if (other.Kind == TermKind.UseCase)
            {
                return other.Value == "proposals" ? other : null;
            }
        }

        return null;
    }

    // At most max words between, none of them a conjunction that lists a second document.
    private static bool Adjacent(string text, int from, int to, int max)
    {
        if (from > to)
        {
            return false;
        }

        var count = 0;
        var index = from;
        while (true)
        {
            var (start, end) = WordScan.Next(text, index, out _);
            if (start < 0 || start >= to)
            {
                return true;
            }

            if (++count > max || WordScan.IsAny(text.AsSpan(start, end - start), Conjunctions))
            {
                return false;
            }

            index = end;
        }
    }
}
