using VoiceAnalytics.Core.Analysis.Text.Numbers;
using VoiceAnalytics.Core.Analysis.Text.Words;

namespace VoiceAnalytics.Core.Analysis.Sales.Sizing.Headcount;

/// <summary>
/// Counts people listed around "me": "me and my 2 estimators" (3), "me, my business partner, and our event
/// coordinator" (3), "just me and my second shooter" (2), "me and Sue" (2); "just me" alone is one. Plural items without a number
/// ("me and my guys") make the count unknown. Lists that end with the speaker are read by <see cref="TrailingSelfList"/>.
/// </summary>
internal static class PeopleEnumeration
{
    public const int MaxItemWords = 4;

    private static readonly WordSet Selves = new("me", "myself");
    private static readonly WordSet SelvesLast = new("me", "myself", "i");
    private static readonly WordSet Solo = new("just", "only");
    private static readonly WordSet ItemStarts = new("my", "our", "a", "an", "one", "another", "the", "his", "her");
    private static readonly WordSet ItemEnds = new(
        "so", "who", "who'd", "would", "will", "using", "that", "in", "at", "on", "for", "to", "and", "plus", "is",
        "are", "we", "we'd", "they", "it", "which", "with", "from", "use", "send", "but");

    public static void AddTo(SizingTurn turn, List<SizingCount> counts)
    {
        var text = turn.Text;
        for (var k = 0; k < text.Count; k++)
        {
            if (text.In(k, SelvesLast) && (text.Is(k - 1, "and") || text.Is(k - 1, "plus")))
            {
                TrailingSelfList.Add(turn, counts, k);
                continue;
            }

            if (!(text.In(k, Selves) || OpensListWithI(turn, k)) || text.Is(k - 1, "to") || text.Is(k - 1, "for") || text.Is(k - 1, "with"))
            {
                continue; // "send it to me" is not a list of people
            }

            var (people, end, known) = CountItems(turn, counts, k + 1);
            // "just me", "it'd just be me"; not "just me and pastor Jim's wife", a list the items reader could not count
            var solo = (text.In(k - 1, Solo) || (text.Is(k - 1, "be") && text.In(k - 2, Solo))) && !text.Is(k + 1, "and") && !text.Is(k + 1, "plus");
            if (!known && solo && people == 0 && text.IsSymbol(k + 1, ','))
            {
                known = true; // "it's just me, my husband does the books": a new clause, not a list of people
            }

            if (!known || (people == 0 && !solo))
            {
                continue;
            }

            var total = people + 1;
            var number = new SpokenNumber(total, total, total, text[k].Start, text[end - 1].End, NumberKind.Count, false, false, false, 0.9);
            var facts = new SizingCount(number, k, end, new SizingNoun(SizingNounClass.OfUs, k, k, end));
            facts.IsSolo = people == 0;
            facts.IsEnumeration = people > 0;
            facts.IsSummary = SizingCountContext.SummaryBefore(text, k);
            counts.Add(facts);
        }
    }

    private static (int People, int End, bool Known) CountItems(SizingTurn turn, List<SizingCount> counts, int from)
    {
        var text = turn.Text;
        var people = 0;
        var k = from;
        while (true)
        {
            var item = k;
            var joined = false;
            while (text.IsSymbol(item, ',') || text.Is(item, "and") || text.Is(item, "plus"))
            {
                joined |= !text.IsSymbol(item, ',');
                item++;
            }

            if ((item == k && !UnjoinedFirstItem(turn, counts, from, k)) || turn.SentenceOf(item) != turn.SentenceOf(from - 1))
            {
                return (people, k, true);
            }

            if (CountAt(text, counts, item) is { } inner)
            {
                if (!joined && people > 0 && inner.Noun.Class is SizingNounClass.People or SizingNounClass.Seat or SizingNounClass.OfUs)
                {
                    inner.IsSummary = true; // "me and my two agents, three logins": the list's total, not one more item
                    return (people, k, true);
                }

                inner.IsConsumed = true; // "me and my 2 estimators": the 2 is part of the 3
                people += (int)Math.Round(inner.Value);
                k = inner.PhraseEnd;
                continue;
            }

            if (IsNamedPerson(text, item))
            {
                // "just me and Tasha, she runs intake": a first name is one person; after a comma alone it names the
                // item before ("me and our office coordinator, Jun"), unless that item is the speaker ("me, Dale, and ...").
                people += joined || item == from + 1 ? 1 : 0;
                k = item + 1;
                continue;
            }

            if (!text.In(item, ItemStarts) || counts.Exists(c => c.First == item + 1))
            {
                return (people, k, true); // "me and my wife, a two-person shop": the list has ended
            }

            var last = ItemLastWord(text, item + 1);
            if (last < 0 || text.In(last, SizingCues.Groups) || LooksPlural(text.Span(last)))
            {
                return (people, k, false); // "me and my team", "me and my guys": how many is unknown
            }

            people++;
            k = last + 1;
        }
    }

    private static readonly WordSet ListOpeners = new("is", "it's", "its", "just", "only", "we're", "were", "basically");

    /// <summary>
    /// "I and two colleagues from the sales office", "only I and my assistant": speakers of other languages (ich und,
    /// moi et, yo y) put the subject "I" first in a list of people, where English puts "me"; it opens its clause.
    /// </summary>
    private static bool OpensListWithI(SizingTurn turn, int k)
    {
        var text = turn.Text;
        if (!text.Is(k, "i") || !(text.Is(k + 1, "and") || text.Is(k + 1, "plus")))
        {
            return false;
        }

        var before = text.In(k - 1, Solo) ? k - 1 : k;
        return before == 0 || turn.SentenceOf(before - 1) != turn.SentenceOf(k) || text.IsSymbol(before - 1, ',') || text.In(before - 1, ListOpeners);
    }

    /// <summary>
    /// "it's me three producers and two CSRs": in speech the first item may follow "me" with no "and"; only a count
    /// of people, after a "me" that opens the clause (not "give me two").
    /// </summary>
    private static bool UnjoinedFirstItem(SizingTurn turn, List<SizingCount> counts, int from, int k)
    {
        var text = turn.Text;
        var me = from - 1;
        var opens = text.In(me - 1, ListOpeners) || text.IsSymbol(me - 1, ',') || me == 0 || turn.SentenceOf(me - 1) != turn.SentenceOf(me);
        return k == from && opens && CountAt(text, counts, k) is { } first && CountsPeople(text, first);
    }

    /// <summary>A count that is the item at the token: "two leasing agents", or "my 2 estimators".</summary>
    private static SizingCount? CountAt(TokenizedText text, List<SizingCount> counts, int token)
    {
        var possessive = text.Is(token, "my") || text.Is(token, "our") || text.Is(token, "the");
        var index = counts.FindIndex(c => c.First == token || (possessive && c.First == token + 1 && CountsPeople(text, c)));
        return index >= 0 && counts[index].Noun.Class is not SizingNounClass.Document and not SizingNounClass.Proxy ? counts[index] : null;
    }

    /// <summary>
    /// A list item that is a single capitalized word other than an initialism ("Tasha", "Dale"), ending the item:
    /// transcripts capitalize names, so the item is one person. Group words ("Sales", "Finance") are never a person.
    /// </summary>
    public static bool IsNamedPerson(TokenizedText text, int token)
    {
        if (!text.IsWord(token) || text.In(token, SizingCues.Groups) || text.In(token, TeamGroupCues.Departments) || text.In(token, ItemEnds) || text.In(token, SelvesLast))
        {
            return false;
        }

        var word = text.Original.AsSpan(text[token].Start, text[token].Length);
        if (word.Length < 2 || !char.IsUpper(word[0]) || !char.IsLower(word[1]) || word.Contains('\''))
        {
            return false;
        }

        var next = token + 1;
        return !text.InRange(next) || text[next].IsSymbol || text.In(next, ItemEnds);
    }

    /// <summary>The last word of a list item starting at <paramref name="from"/> ("our event coordinator"), or -1.</summary>
    public static int ItemLastWord(TokenizedText text, int from)
    {
        var last = -1;
        for (var k = from; k < from + MaxItemWords && text.IsWord(k) && !text.In(k, ItemEnds); k++)
        {
            last = k;
        }

        return last;
    }

    /// <summary>A count of people in a list: a people noun, a headcount, or a plural the vocabulary does not know ("my two csrs", "six account leads").</summary>
    public static bool CountsPeople(TokenizedText text, SizingCount count) =>
        count.Noun.IsPeople || count.Noun.Class == SizingNounClass.Headcount
        || (count.Noun.Class == SizingNounClass.Other && count.Noun.Head >= 0 && LooksPlural(text.Span(count.Noun.Head)));

    public static bool LooksPlural(ReadOnlySpan<char> word) =>
        word is "people" or "guys" or "folks" || (word.Length > 3 && word[^1] == 's' && word[^2] != 's');
}
