using VoiceAnalytics.Core.Analysis.Text.Words;

namespace VoiceAnalytics.Core.Analysis.Sales.Sizing;

/// <summary>Cue words for sizing: noun-phrase stops, usage verbs, negators, summaries, company and group nouns.</summary>
internal static class SizingCues
{
    /// <summary>Words that end the noun phrase after a count (a count's noun comes before any of these).</summary>
    public static readonly WordSet PhraseStops = new(
        "a", "an", "the", "per", "each", "every", "and", "or", "but", "so", "that", "which", "who", "who'd", "whom",
        "we", "i", "you", "they", "it", "he", "she", "is", "are", "was", "were", "be", "been", "would", "will",
        "could", "can", "should", "do", "does", "did", "have", "has", "had", "all", "across", "between", "depending",
        "if", "when", "because", "since", "like", "just", "only", "also", "as", "this", "these", "those", "our",
        "my", "their", "your", "not", "no", "yes", "yeah", "um", "uh", "oh", "eh", "er", "erm", "ah", "hmm", "well", "okay", "ok", "about", "around",
        "anyway", "though", "out", "up", "down", "over", "under", "through", "into", "than", "total", "overall",
        "altogether", "combined", "give", "in", "on", "at", "to", "for", "from", "with", "by", "of", "first", "too",
        "now", "then", "today", "there", "here", "max", "tops", "maximum", "easy", "right", "already", "currently",
        "maybe", "probably", "roughly", "plus", "more", "less", "daily", "weekly", "monthly", "yearly", "annually",
        "quarterly", "biweekly", "fortnightly", "we're", "we'd", "they'd", "it's", "that's", "who'll", "we've",
        "give", "right", "usually", "typically", "normally", "on", "ish", "easily", "minimum", "min", "or", "either",
        "at", "sometimes", "including", "depending", "going", "coming", "go", "come", "get", "go", "out", "last",
        "next", "past", "working", "employed");

    /// <summary>Verbs that put people on the product ("would use it", "who'd send", "would touch it").</summary>
    public static readonly WordSet UsageVerbs = new(
        "use", "using", "uses", "send", "sending", "sends", "touch", "touching", "access", "adopt", "work", "working");

    /// <summary>Words just before a usage verb that make it about the product ("would", "'d", "going to").</summary>
    public static readonly WordSet UsageModals = new(
        "would", "will", "could", "might", "gonna", "to", "be", "who'd", "we'd", "they'd", "i'd", "we'll", "they'll",
        "it'd", "that'd", "who'll", "i'll", "she'd", "he'd", "you'd", "actually", "all", "only", "also", "ever",
        "probably", "definitely", "really", "mostly", "even", "eventually", "wouldn't", "won't", "couldn't",
        "shouldn't", "not");

    /// <summary>Objects after a usage verb that make it about the product ("use it", "using this", "touch pandadoc").</summary>
    public static readonly WordSet ProductObjects = new("it", "this", "pandadoc", "that", "the", "them");

    public static readonly WordSet Negators = new(
        "not", "never", "no", "nobody", "none", "wouldn't", "won't", "don't", "doesn't", "didn't", "can't", "couldn't",
        "isn't", "aren't", "shouldn't", "neither", "nor");

    /// <summary>Words that make a number the summary of what came before ("so eight people", "that's a dozen").</summary>
    public static readonly WordSet Summaries = new("so", "that's", "thats", "total", "altogether", "overall", "combined", "it's");

    /// <summary>Words that say the whole group ("we'd all use it", "everyone would", "the entire company").</summary>
    public static readonly WordSet Wholes = new("all", "everyone", "everybody", "whole", "entire", "every");

    public static readonly WordSet ClauseBreaks = new(
        "but", "though", "although", "however", "except", "whereas", "while", "besides", "apart");

    public static readonly WordSet Organizations = new(
        "company", "firm", "agency", "business", "organization", "organisation", "org", "startup", "brokerage",
        "practice", "clinic", "shop", "studio", "nonprofit", "hospital", "dealership", "school", "academy", "bank",
        "restaurant", "venue", "consultancy", "partnership", "operation", "outfit", "corporation", "corp",
        "enterprise", "company's", "firm's", "business's", "group", "store", "brand", "lab", "hotel", "district",
        "university", "college", "charity", "foundation", "property", "institution",
        "bakery", "salon", "gym", "center", "centre", "manufacturer", "distributor", "retailer", "provider",
        "carrier", "lender", "insurer", "builder", "contractor", "publisher", "network", "chain", "franchise",
        "house", "collective", "cooperative", "co-op", "workshop", "farm", "winery", "brewery", "label", "outfit", "show",
        "plant", "factory", "mill");

    /// <summary>Parts of a company whose size is a team size ("our team is seven people", "the office is 12").</summary>
    public static readonly WordSet Groups = new(
        "team", "office", "department", "dept", "dispatch", "desk", "division", "crew", "unit", "squad", "group",
        "side", "floor", "branch", "pod", "teams", "offices", "departments");

    /// <summary>Hedges a count may carry before it ("about", "maybe"), skipped when reading the words before it.</summary>
    public static readonly WordSet Hedges = new(
        "about", "around", "roughly", "approximately", "maybe", "probably", "perhaps", "like", "nearly", "almost",
        "just", "only", "over", "under", "some", "somewhere", "upwards", "of", "close", "to", "at", "least", "most",
        "ballpark", "i'd", "say", "guess", "think", "um", "uh", "actually", "literally", "exactly", "precisely",
        "currently", "right", "now", "today", "still");

    /// <summary>Whether the word is in the set, or is the possessive of one ("team's" for "team").</summary>
    public static bool IsOrPossessive(TokenizedText text, int index, WordSet words)
    {
        if (text.In(index, words))
        {
            return true;
        }

        var word = text.Span(index);
        return text.IsWord(index) && word.EndsWith("'s") && words.Contains(word[..^2]);
    }
}
