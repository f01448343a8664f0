using VoiceAnalytics.Core.Analysis.Text.Numbers;
using VoiceAnalytics.Core.Analysis.Text.Words;

namespace VoiceAnalytics.Core.Analysis.Sales.Sizing.Headcount;

/// <summary>Lists of people that end with the speaker: "my office manager and I", "our two associates and me".</summary>
internal static class TrailingSelfList
{
    /// <summary>"my office manager and I" (2), "my assistant, our two associates, and me" (4), "five agents plus me" (6).</summary>
    public static void Add(SizingTurn turn, List<SizingCount> counts, int self)
    {
        var text = turn.Text;
        if (text.Is(self, "i") && text.In(self + 1, SubjectVerbs))
        {
            return; // "we are about forty-five people, and I am the head of operations": "I" opens a clause
        }

        var people = 0;
        var first = -1;
        var itemEnd = text.IsSymbol(self - 2, ',') ? self - 2 : self - 1; // "..., and me"
        while (ItemBefore(text, counts, itemEnd) is { } item)
        {
            if (item.People < 0)
            {
                return; // "my guys and I": how many is unknown
            }

            people += item.People;
            first = item.Start;
            itemEnd = text.IsSymbol(item.Start - 1, ',') ? item.Start - 1 : -1;
            if (itemEnd < 0)
            {
                break;
            }
        }

        if (people == 0)
        {
            return;
        }

        var total = people + 1;
        var number = new SpokenNumber(total, total, total, text[first].Start, text[self].End, NumberKind.Count, false, false, false, 0.9);
        var facts = new SizingCount(number, first, self + 1, new SizingNoun(SizingNounClass.OfUs, first, self, self + 1));
        facts.IsEnumeration = true;
        counts.Add(facts);
    }

    /// <summary>The list item ending just before token <paramref name="end"/>: its start and head count (-1 when unknown).</summary>
    private static (int Start, int People)? ItemBefore(TokenizedText text, List<SizingCount> counts, int end)
    {
        for (var start = end - 1; start >= Math.Max(0, end - PeopleEnumeration.MaxItemWords - 1); start--)
        {
            var inner = counts.Find(c => (c.First == start || (c.First == start + 1 && IsPossessive(text, start))) && PeopleEnumeration.CountsPeople(text, c) && c.PhraseEnd == end);
            if (inner is not null)
            {
                if (inner.Noun.Class == SizingNounClass.OfUs)
                {
                    return null; // "eight of us, and I can't...": "of us" already counts the speaker, the "I" starts a clause
                }

                inner.IsConsumed = true;
                return (IsPossessive(text, start - 1) ? start - 1 : start, (int)Math.Round(inner.Value)); // "our two associates"
            }

            if (IsPossessive(text, start))
            {
                var singular = PeopleEnumeration.ItemLastWord(text, start + 1) == end - 1 && !PeopleEnumeration.LooksPlural(text.Span(end - 1));
                return (start, singular ? 1 : -1);
            }
        }

        return null;
    }

    private static readonly WordSet SubjectVerbs = new("am", "'m", "was");

    private static bool IsPossessive(TokenizedText text, int index) => text.Is(index, "my") || text.Is(index, "our");
}
