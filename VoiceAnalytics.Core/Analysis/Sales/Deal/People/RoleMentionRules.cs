using VoiceAnalytics.Core.Analysis.Text.Words;

namespace VoiceAnalytics.Core.Analysis.Sales.Deal.People;

/// <summary>
/// When a role word really names a person involved: not the user's own title ("I'm the CTO and co-founder"), and for
/// words that are often something else, only after a determiner ("my partner", not "Harbor Capital Partners") or,
/// for departments, as the subject of a clause ("and legal will review", not "is it legal for titles").
/// </summary>
internal static class RoleMentionRules
{
    private const int SelfReach = 6;

    private static readonly string[] Possessives = ["my", "our", "their", "his", "her", "your"];
    private static readonly string[] ModifiedOwners = ["my", "our", "their", "his", "her"];
    private static readonly string[] CompanyOwners = ["my", "our"];
    private static readonly string[] PersonDeterminers = ["my", "our", "the", "his", "her", "their", "other"];
    private static readonly string[] DepartmentLeads = ["my", "our", "the", "their", "and", "or", "with", "have", "get", "central", "corporate", "by", "past", "to", "then", "from", "through", "via"];

    /// <summary>Who "it" in lower case belongs to when it names a department ("our it has to review"), never "the"/"her", which precede the pronoun.</summary>
    private static readonly string[] ItOwners = ["my", "our", "their"];

    /// <summary>Articles before a lower-case "it" title ("the it team", "an it security review"): "an" never precedes the pronoun.</summary>
    private static readonly string[] ItCompoundArticles = ["the", "an"];

    /// <summary>What follows a bare lower-case "it" that names the department: a verb of requirement, not a clause ("our it guy" aside).</summary>
    private static readonly string[] ItFollowers =
    [
        "has", "have", "had", "will", "would", "won't", "won’t", "wont", "needs", "must", "should", "wants", "requires",
        "says", "said", "signs", "reviews", "approves", "gets", "'ll", "’ll", "is", "isn't", "does", "doesn't",
    ];

    /// <summary>Words that may stand between a determiner and a title as its modifier ("our department director", "my regional VP").</summary>
    private static readonly string[] NotModifiers =
    [
        "is", "are", "was", "were", "be", "and", "or", "to", "of", "for", "with", "in", "on", "at", "as", "that",
        "it", "I", "you", "we", "they", "he", "she", "own", "former", "old", "previous", "last", "ex",
    ];

    private static readonly string[] DepartmentFollowers =
    [
        "will", "would", "has", "have", "had", "needs", "need", "wants", "want", "is", "are", "must", "should", "can",
        "could", "to", "and", "or", "signs", "reviews", "approves", "said", "says", "gets", "decides", "uses", "too",
        "also", "first", "team", "department", "people", "folks", "'ll", "’ll", "though", "anyway", "again", "before",
        // A department as the subject of a clause of its own: "purchasing does the paperwork", "legal won't budge".
        "does", "did", "do", "handles", "handled", "takes", "pays", "buys", "owns", "runs", "sends", "processes",
        "checks", "asks", "asked", "insists", "controls", "manages", "requires", "required", "approved", "signed",
        "reviewed", "wanted", "told", "won't", "won’t", "wont", "doesn't", "doesn’t", "can't", "can’t", "may", "might",
        "usually", "always", "never",
        // The department as the object a purchase is routed to, with the clause going on: "through purchasing either way".
        "either",
    ];

    /// <summary>Counts that may stand between a determiner and a title: "the two partners", "the other three partners".</summary>
    private static readonly string[] Counts = ["two", "three", "four", "five", "six", "both", "2", "3", "4", "5", "6"];

    /// <summary>Words after "partner" that make it a kind of thing, not a person: "our partner agreements".</summary>
    private static readonly string[] PartnerThings =
        ["agreement", "agreements", "contract", "contracts", "deal", "deals", "form", "forms", "program", "programs", "portal", "list"];

    private static readonly string[] NotAPerson =
    [
        "store", "stores", "company", "companies", "agency", "agencies", "firm", "firms", "program", "portal",
        "network", "integration", "integrations", "ecosystem", "organization", "organizations", "school", "schools",
        "site", "sites", "page", "channel", "account", "accounts", "api", "app", "apps", "grocery", "business",
        "businesses", "brands", "vendors", "locations", "hospitals", "clinics", "carriers", "success", "meeting",
        "room", "game", "members",
    ];

    private static readonly string[] CoOwners = ["me", "I"];

    /// <summary>True when the words before <paramref name="start"/> introduce the user's own title: "I'm the", "I run", "as a".</summary>
    public static bool IsOwnRole(string text, int start)
    {
        var cursor = start;
        for (var i = 0; i < SelfReach && DealText.PreviousWord(text, cursor) is { } word; i++)
        {
            var w = text.AsSpan(word.Start, word.End - word.Start);
            if (DealText.IsAny(w, Possessives) || w.Equals("but", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            var before = DealText.PreviousWord(text, word.Start) is { } p ? text.AsSpan(p.Start, p.End - p.Start) : [];
            var afterI = before.Equals("I", StringComparison.OrdinalIgnoreCase);
            if (w.Equals("I'm", StringComparison.OrdinalIgnoreCase) || w.Equals("I’m", StringComparison.OrdinalIgnoreCase)
                || w.Equals("im", StringComparison.OrdinalIgnoreCase) || w.Equals("as", StringComparison.OrdinalIgnoreCase)
                || (afterI && (w.Equals("am", StringComparison.OrdinalIgnoreCase) || w.Equals("run", StringComparison.OrdinalIgnoreCase)
                    || w.Equals("lead", StringComparison.OrdinalIgnoreCase) || w.Equals("head", StringComparison.OrdinalIgnoreCase)
                    || w.Equals("work", StringComparison.OrdinalIgnoreCase))))
            {
                return true;
            }

            cursor = word.Start;
        }

        return false;
    }

    private static readonly string[] PredicateCopulas = ["is", "was", "he's", "he’s", "she's", "she’s", "who's", "who’s"];

    private static readonly string[] Indefinites = ["a", "an"];

    /// <summary>
    /// A title said of someone already named ("our board chair is a lawyer", "she's an accountant"): it describes that
    /// person, it does not bring another one into the decision.
    /// </summary>
    public static bool IsPredicate(string text, int start)
    {
        if (DealText.PreviousWord(text, start) is not { } article || !DealText.IsAny(text.AsSpan(article.Start, article.End - article.Start), Indefinites))
        {
            return false;
        }

        return DealText.PreviousWord(text, article.Start) is { } verb && DealText.IsAny(text.AsSpan(verb.Start, verb.End - verb.Start), PredicateCopulas);
    }

    /// <summary>Whether a word that needs a determiner (group <paramref name="group"/>) names a person here.</summary>
    public static bool HasDeterminer(string text, string group, int start, int end)
    {
        var previous = SkipCount(text, DealText.PreviousWord(text, start));
        var before = previous is { } p ? text.AsSpan(p.Start, p.End - p.Start) : [];
        var next = NextWord(text, end);
        if (group == "it" && text[start] == 'i')
        {
            var bare = end - start == 2;
            return bare
                ? DealText.IsAny(before, ItOwners) && DealText.IsAny(next, ItFollowers)
                : DealText.IsAny(before, ItOwners) || DealText.IsAny(before, ItCompoundArticles);
        }

        if (group is "legal" or "operations" or "finance_team" or "procurement")
        {
            var leads = previous is null || DealText.IsAny(before, DepartmentLeads);
            return leads && (next.IsEmpty ? !IsTopic(text, previous, end) : DealText.IsAny(next, DepartmentFollowers));
        }

        if (group == "ceo")
        {
            // An owner is the CEO only when the owner is the user's company's: "our owner", "the owner", never "the
            // owners" the user sends proposals to (building or property owners).
            var plural = text[end - 1] is 's' or 'S';
            return (DealText.IsAny(before, CompanyOwners) || (!plural && before.Equals("the", StringComparison.OrdinalIgnoreCase)))
                && !DealText.IsAny(next, NotAPerson);
        }

        // "our prime partners", "our Dynamics partner": a modified partner is a firm; a business or law partner is in the table.
        var modified = group != "partner" && AfterModifiedDeterminer(text, previous, before);
        var thing = group == "partner" && (DealText.IsAny(next, PartnerThings) || IsPluralIes(next));
        return (DealText.IsAny(before, PersonDeterminers) || modified) && !DealText.IsAny(next, NotAPerson) && !thing;
    }

    /// <summary>
    /// A department word with nothing after it that names a subject, not people: fused into a compound
    /// ("compliance-wise, we're regulated") or the complement of "is" ("one concern is our compliance").
    /// </summary>
    private static bool IsTopic(string text, (int Start, int End)? previous, int end)
    {
        if (end + 1 < text.Length && text[end] == '-' && char.IsLetter(text[end + 1]))
        {
            return true;
        }

        // Only after a determiner: "the decision is with legal" still hands it to people.
        return previous is { } p && DealText.IsAny(text.AsSpan(p.Start, p.End - p.Start), Determiners)
            && DealText.PreviousWord(text, p.Start) is { } verb && DealText.IsAny(text.AsSpan(verb.Start, verb.End - verb.Start), Copulas);
    }

    private static readonly string[] Copulas = ["is", "was", "are", "were"];

    private static readonly string[] Determiners = ["my", "our", "the", "their"];

    /// <summary>A co-owner the user names as their peer: "me and my co-founder", "my partner and I".</summary>
    public static bool IsNamedAsPeer(string text, int start, int end)
    {
        var my = DealText.PreviousWord(text, start);
        var and = my is { } m ? DealText.PreviousWord(text, m.Start) : null;
        var self = and is { } a ? DealText.PreviousWord(text, a.Start) : null;
        var before = my is { } x && and is { } y && self is { } z
            && text.AsSpan(x.Start, x.End - x.Start).Equals("my", StringComparison.OrdinalIgnoreCase)
            && text.AsSpan(y.Start, y.End - y.Start).Equals("and", StringComparison.OrdinalIgnoreCase)
            && DealText.IsAny(text.AsSpan(z.Start, z.End - z.Start), CoOwners);
        var after = NextWord(text, end).Equals("and", StringComparison.OrdinalIgnoreCase)
            && DealText.IsAny(NextWord(text, end + NextWord(text, end).Length + 1), CoOwners);
        return before || after;
    }

    /// <summary>The word before a count ("the" in "the two partners"), or <paramref name="previous"/> when it is no count.</summary>
    private static (int Start, int End)? SkipCount(string text, (int Start, int End)? previous)
    {
        for (var i = 0; i < 2 && previous is { } p && DealText.IsAny(text.AsSpan(p.Start, p.End - p.Start), Counts); i++)
        {
            previous = DealText.PreviousWord(text, p.Start);
        }

        return previous;
    }

    // "partner pantries", "partner agencies": a plural in -ies after the word is what the partners are.
    private static bool IsPluralIes(ReadOnlySpan<char> word) => word.Length > 4 && word.EndsWith("ies", StringComparison.OrdinalIgnoreCase);

    /// <summary>"our department director": one modifier word between the determiner and the title.</summary>
    private static bool AfterModifiedDeterminer(string text, (int Start, int End)? previous, ReadOnlySpan<char> modifier)
    {
        if (previous is not { } p || modifier.IsEmpty || DealText.IsAny(modifier, NotModifiers) || DealText.IsAny(modifier, PersonDeterminers))
        {
            return false;
        }

        return DealText.PreviousWord(text, p.Start) is { } d && DealText.IsAny(text.AsSpan(d.Start, d.End - d.Start), ModifiedOwners);
    }

    /// <summary>The word starting after <paramref name="index"/> in the same clause, or empty at punctuation or the end.</summary>
    private static ReadOnlySpan<char> NextWord(string text, int index)
    {
        var start = index;
        while (start < text.Length && text[start] == ' ')
        {
            start++;
        }

        var end = start;
        while (end < text.Length && SpeechTokenizer.IsWordChar(text[end]))
        {
            end++;
        }

        return text.AsSpan(start, end - start);
    }
}
