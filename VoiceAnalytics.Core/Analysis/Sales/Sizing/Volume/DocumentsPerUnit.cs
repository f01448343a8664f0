using VoiceAnalytics.Core.Analysis.Text.Words;

namespace VoiceAnalytics.Core.Analysis.Sales.Sizing.Volume;

/// <summary>
/// How many documents each counted unit makes: "each one's a quote and then an invoice" (2), "every deal has one
/// purchase order and one finance form" (2), "each booking is the contract plus the waiver, so two documents" (2),
/// "double that in paperwork" (2), "each sale's one packet" (1). The units counted before it in the turn are
/// multiplied; the counts inside the statement are parts of it, not volumes of their own.
/// </summary>
internal static class DocumentsPerUnit
{
    private const int MaxPerUnit = 6;
    private const int MaxStatement = 24;

    private static readonly WordSet Each = new("each", "every");
    private static readonly WordSet Units = new("one", "ones", "one's");
    private static readonly WordSet Links = new(
        "is", "'s", "has", "gets", "needs", "signs", "receives", "returns", "completes", "means", "takes", "comes", "requires",
        "involves", "generates", "includes", "with", "need", "get", "got", "sign", "have"); // "each client need", "each ones got"
    private static readonly WordSet Articles = new("a", "an", "the", "one", "its", "their", "his", "her");
    private static readonly WordSet Joins = new("and", "plus", "then", "also", "&");
    private static readonly WordSet Partials = new("some", "sometimes", "occasionally", "few", "if", "maybe");
    private static readonly WordSet Doubles = new("double", "twice", "doubled");
    private static readonly WordSet Triples = new("triple", "thrice", "tripled");

    /// <summary>Parts of one document, not documents: "each one is about ten pages".</summary>
    private static readonly WordSet Parts = new("pages", "page", "signatures", "signature", "fields", "field", "lines", "copies", "clauses", "sections", "minutes", "hours");

    /// <summary>The statement in the turn, or null.</summary>
    public static (int Multiplier, int First, int End)? Read(SizingTurn turn)
    {
        var text = turn.Text;
        for (var k = 0; k < text.Count; k++)
        {
            if (text.In(k, Doubles) || text.In(k, Triples))
            {
                if (text.Is(k + 1, "that") || text.Is(k + 1, "it"))
                {
                    return (text.In(k, Doubles) ? 2 : 3, k, SentenceEnd(turn, k)); // "so double that in paperwork"
                }

                continue;
            }

            if (!text.In(k, Each) || UnitLinkEnd(turn, k + 1) is not { } from)
            {
                continue;
            }

            var end = SentenceEnd(turn, k);
            if (Items(turn, from, Math.Min(end, from + MaxStatement)) is { } items and >= 1 and <= MaxPerUnit)
            {
                return (items, k, end);
            }
        }

        return null;
    }

    /// <summary>Past "one's", "deal has", "one is", "client gets": the token after the link, or null.</summary>
    private static int? UnitLinkEnd(SizingTurn turn, int k)
    {
        var text = turn.Text;
        if (!text.IsWord(k) || (text.In(k, SizingCues.PhraseStops) && !text.In(k, Units)))
        {
            return null;
        }

        var unit = text.Span(k);
        if (unit.EndsWith("'s"))
        {
            return k + 1; // "each one's", "each deal's"
        }

        if (text.In(k + 1, Links))
        {
            return text.Is(k + 1, "comes") && text.Is(k + 2, "with") ? k + 3 : k + 2;
        }

        // "each one three papers", "each client, two forms": a unit followed straight by its documents' count
        var next = text.IsSymbol(k + 1, ',') ? k + 2 : k + 1;
        return (text.In(k, Units) || text.In(k, SizingNouns.Proxies)) && StartsCount(turn, next) ? next : null;
    }

    private static bool StartsCount(SizingTurn turn, int token) => CountAt(turn, token) is not null;

    /// <summary>How many documents the statement lists: counted items add their counts, bare items count one.</summary>
    private static int? Items(SizingTurn turn, int from, int end)
    {
        var text = turn.Text;
        var total = 0;
        var expectItem = true;
        for (var k = from; k < end; k++)
        {
            if (text.In(k, Joins) || text.IsSymbol(k, ','))
            {
                expectItem = true;
                continue;
            }

            if (text.In(k, Partials))
            {
                break; // "each one one consent, some also the payment agreement": what only some units add is not per unit
            }

            if (CountAt(turn, k) is { } count)
            {
                if (text.In(count.Noun.Head, Parts))
                {
                    return null; // "each one is about ten pages"
                }

                var value = (int)Math.Round(count.Value);
                if (count.Noun.Head >= 0 && IsGeneric(text.Span(count.Noun.Head)))
                {
                    return value; // "one packet", "so two documents": the user's own figure
                }

                total += expectItem ? value : 0;
                expectItem = false;
                k = Math.Max(k, count.PhraseEnd - 1);
                continue;
            }

            if (expectItem && text.In(k, Articles) && DocumentNounAfter(text, k + 1))
            {
                total++;
                expectItem = false;
            }
        }

        return total;
    }

    private static bool IsGeneric(ReadOnlySpan<char> noun) =>
        VolumeCues.GenericDocuments.Contains(noun) || VolumeCues.GenericDocuments.Contains(string.Concat(noun, "s"));

    private static bool DocumentNounAfter(TokenizedText text, int k)
    {
        for (var words = 0; words < 3 && text.IsWord(k) && !text.In(k, Joins); words++, k++)
        {
            if (text.In(k, SizingNouns.Documents) || text.In(k, DocumentSingulars))
            {
                return !text.In(k, Parts);
            }
        }

        return false;
    }

    private static readonly WordSet DocumentSingulars = new(
        "order", "release", "waiver", "app", "application", "statement", "slip", "consent", "authorization", "receipt",
        "disclosure", "amendment", "addendum", "certificate", "checklist", "questionnaire", "sow", "msa", "w-9", "w9");

    private static SizingCount? CountAt(SizingTurn turn, int token)
    {
        foreach (var count in turn.Counts)
        {
            if (count.First == token)
            {
                return count;
            }
        }

        return null;
    }

    private static int SentenceEnd(SizingTurn turn, int k)
    {
        var sentence = turn.SentenceOf(k);
        var end = k;
        while (end < turn.Text.Count && turn.SentenceOf(end) == sentence)
        {
            end++;
        }

        return end;
    }
}
