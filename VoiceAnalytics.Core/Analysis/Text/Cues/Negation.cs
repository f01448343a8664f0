using VoiceAnalytics.Core.Analysis.Text.Words;

namespace VoiceAnalytics.Core.Analysis.Text.Cues;

/// <summary>
/// Whether speech negates or dismisses a term: a negator a few words before it in the same clause ("we don't use
/// HubSpot", "we're not on Salesforce", "we stopped paying for Slack"), a dismissal right before it ("forget
/// Pipedrive", "skip the CRM"), or "anymore" / "any more" / "no longer" just after it.
/// </summary>
public static class Negation
{
    private const int WordsBefore = 4;
    private const int WordsAfter = 4;

    private static readonly string[] Negators =
    [
        "not", "no", "never", "nor", "neither", "without", "cannot", "dont", "doesnt", "didnt", "isnt", "arent",
        "wasnt", "werent", "wont", "havent", "hasnt", "stopped", "quit",
    ];

    // Dismissals govern only the words right after them: "forget Pipedrive", not "skip questions based on answers".
    private static readonly string[] Dismissals = ["forget", "skip", "ditch"];
    private static readonly string[] Linkers = ["the", "about", "all"];

    // A negation does not reach across these: "I'm not sure but does it work with Salesforce".
    private static readonly string[] ClauseWords = ["but", "and", "so", "because", "though", "although", "while", "if"];

    public static bool IsNegated(string text, int termStart) => IsNegated(text, termStart, termStart);

    public static bool IsNegated(string text, int termStart, int termEnd) =>
        NegatorBefore(text, termStart) >= 0 || NegatedAfter(text, termEnd);

    /// <summary>Start of the negating word governing a term at <paramref name="termStart"/>, or -1.</summary>
    public static int NegatorBefore(string text, int termStart)
    {
        ArgumentNullException.ThrowIfNull(text);
        var index = termStart;
        var dismissible = true;
        for (var i = 0; i < WordsBefore; i++)
        {
            var (start, end) = WordScan.Previous(text, index, out var crossed);
            if (start < 0 || crossed)
            {
                return -1;
            }

            var word = text.AsSpan(start, end - start);
            if (WordScan.IsAny(word, ClauseWords))
            {
                return -1;
            }

            if (IsNegator(word) || (dismissible && WordScan.IsAny(word, Dismissals)))
            {
                return start;
            }

            dismissible = WordScan.IsAny(word, Linkers) && i == 0;
            index = start;
        }

        return -1;
    }

    /// <summary>"anymore", "any more" or "no longer" in the few words after a term, same clause.</summary>
    public static bool NegatedAfter(string text, int termEnd)
    {
        ArgumentNullException.ThrowIfNull(text);
        var index = termEnd;
        var previous = ReadOnlySpan<char>.Empty;
        for (var i = 0; i < WordsAfter; i++)
        {
            var (start, end) = WordScan.Next(text, index, out var crossed);
            if (start < 0 || crossed)
            {
                return false;
            }

            var word = text.AsSpan(start, end - start);
            if (WordScan.EqualsWord(word, "anymore")
                || (WordScan.EqualsWord(word, "more") && WordScan.EqualsWord(previous, "any"))
                || (WordScan.EqualsWord(word, "longer") && WordScan.EqualsWord(previous, "no")))
            {
                return true;
            }

            previous = word;
            index = end;
        }

        return false;
    }

    // don't, doesn't, isn't, can't, won't... (straight or curly apostrophe), or a negating word.
    private static bool IsNegator(ReadOnlySpan<char> word) =>
        (word.Length > 3 && word[^2] is '\'' or '’' && word[^3] is 'n' or 'N' && word[^1] is 't' or 'T')
        || WordScan.IsAny(word, Negators);
}
