using VoiceAnalytics.Core.Analysis.Text.Words;

namespace VoiceAnalytics.Core.Analysis.Text.Cues;

/// <summary>
/// Whether speech puts a term in the past ("we used to be on DocuSign", "we tried Adobe Sign last year", "my old
/// firm used SignNow", "we dumped DocuSign", "we were on HubSpot before"): cue words a few words before it in the
/// same clause, or time cues ("last year", "years ago", "a while back", "before") a few words after it.
/// </summary>
public static class PastReference
{
    private const int WordsBefore = 6;
    private const int WordsAfter = 8;

    private static readonly string[] CuesBefore =
    [
        "used", "tried", "trialed", "trialled", "dropped", "dumped", "ditched", "abandoned", "cancelled", "canceled",
        "left", "switched", "migrated", "old", "previous", "previously", "former", "formerly", "prior",
        // "we got rid of DocuSign"
        "rid",
    ];

    // "we had DocuSign", "we had a DocuSign account": past possession right before the term ("we've had", "had to" are not).
    private const int HadReach = 2;
    private static readonly string[] NotPastAfterHad = ["to"];

    // "we moved off DocuSign", "we went away from Adobe Sign": a completed move away names the tool left.
    private static readonly string[] CompletedSwitches = ["switched", "migrated", "moved", "went", "changed"];
    private static readonly string[] AwayFrom = ["off", "from", "away"];
    private const int SwitchReach = 4;

    // "we switched to HubSpot" is the present tool; "we've used DocuSign for years" still uses it.
    private static readonly string[] Redirects = ["switched", "migrated"];
    private static readonly string[] SwitchVerbs = ["switched", "migrated", "moved", "went", "changed", "upgraded", "switching", "moving", "migrating"];
    private static readonly string[] Toward = ["to", "onto", "over"];
    private static readonly string[] Perfect = ["we've", "i've", "have", "has", "been", "we're", "they've"];

    // "we were on X" / "I was using X": past only with these after them.
    private static readonly string[] BeVerbs = ["was", "were"];
    private static readonly string[] AfterBe = ["on", "using", "with", "paying"];

    private static readonly string[] CuesAfter = [
        "ago", "previously", "formerly", "dropped", "dumped", "ditched", "cancelled", "canceled", "lapse", "lapsed", "expired",
    ];
    private static readonly string[] StopWords = ["but", "and", "so", "because", "while", "now", "currently"];

    // "DocuSign was too expensive so we cancelled it": a stop verb with a pronoun pointing back at the term.
    private const int PronounReach = 14;
    private static readonly string[] StopVerbs = ["dropped", "dumped", "ditched", "cancelled", "canceled", "stopped", "quit", "abandoned", "left", "killed"];
    private static readonly string[] BackReferences = ["it", "them", "that", "those"];
    // "we let it lapse", "it expired": the subscription ran out.
    private static readonly string[] RanOut = ["lapse", "lapsed", "expired"];

    public static bool IsPast(string text, int termStart, int termEnd) =>
        !IsSwitchTarget(text, termStart) && (CueBefore(text, termStart) || CueAfter(text, termEnd) || StoppedLater(text, termStart, termEnd));

    /// <summary>"we switched to X last year": X is what they moved to, so in use now whatever the time cue says.</summary>
    private static bool IsSwitchTarget(string text, int termStart)
    {
        var (toStart, toEnd) = WordScan.Previous(text, termStart, out var crossed);
        if (toStart < 0 || crossed || !WordScan.IsAny(text.AsSpan(toStart, toEnd - toStart), Toward))
        {
            return false;
        }

        var (verbStart, verbEnd) = WordScan.Previous(text, toStart, out crossed);
        return (verbStart >= 0 && !crossed && WordScan.IsAny(text.AsSpan(verbStart, verbEnd - verbStart), SwitchVerbs))
            || SwitchedTo(text, termStart);
    }

    /// <summary>
    /// "we moved off DocuSign to Zoho Sign last year", "we switched from Adobe Sign to SignNow": the term is where a
    /// completed move away from another tool went, so it is the tool in use now.
    /// </summary>
    public static bool SwitchedTo(string text, int termStart)
    {
        ArgumentNullException.ThrowIfNull(text);
        var (toStart, toEnd) = WordScan.Previous(text, termStart, out var crossed);
        if (toStart < 0 || crossed || !WordScan.IsAny(text.AsSpan(toStart, toEnd - toStart), Toward))
        {
            return false;
        }

        var index = toStart;
        var following = ReadOnlySpan<char>.Empty;
        for (var i = 0; i < SwitchReach; i++)
        {
            var (start, end) = WordScan.Previous(text, index, out crossed);
            if (start < 0 || crossed)
            {
                return false;
            }

            var word = text.AsSpan(start, end - start);
            if (WordScan.IsAny(word, StopWords))
            {
                return false;
            }

            if (WordScan.IsAny(word, CompletedSwitches))
            {
                return WordScan.IsAny(following, AwayFrom);
            }

            following = word;
            index = start;
        }

        return false;
    }

    private static bool CueBefore(string text, int termStart)
    {
        ArgumentNullException.ThrowIfNull(text);
        var index = termStart;
        var following = ReadOnlySpan<char>.Empty;
        for (var i = 0; i < WordsBefore; i++)
        {
            var (start, end) = WordScan.Previous(text, index, out var crossed);
            if (start < 0 || crossed)
            {
                return false;
            }

            var word = text.AsSpan(start, end - start);
            if (WordScan.IsAny(word, StopWords))
            {
                return false;
            }

            if (i < HadReach && WordScan.EqualsWord(word, "had"))
            {
                return !WordScan.IsAny(following, NotPastAfterHad) && !IsPerfect(text, start, word);
            }

            if (WordScan.IsAny(word, CompletedSwitches) && WordScan.IsAny(following, AwayFrom))
            {
                return true; // "we moved off DocuSign"
            }

            if (WordScan.IsAny(word, CuesBefore))
            {
                var towardTerm = WordScan.IsAny(word, Redirects) && WordScan.IsAny(following, Toward);
                return !towardTerm && !IsPerfect(text, start, word);
            }

            if (WordScan.IsAny(word, BeVerbs) && WordScan.IsAny(following, AfterBe))
            {
                return true;
            }

            following = word;
            index = start;
        }

        return false;
    }

    private static bool CueAfter(string text, int termEnd)
    {
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
            if (WordScan.IsAny(word, StopWords))
            {
                return false;
            }

            if (WordScan.IsAny(word, CuesAfter)
                || (WordScan.EqualsWord(word, "year") && WordScan.EqualsWord(previous, "last"))
                || (WordScan.EqualsWord(word, "back") && WordScan.EqualsWord(previous, "while"))
                || (WordScan.EqualsWord(word, "past") && WordScan.EqualsWord(previous, "the"))
                || (WordScan.EqualsWord(word, "before") && EndsClause(text, end)))
            {
                return true;
            }

            previous = word;
            index = end;
        }

        return false;
    }

    // "we cancelled it", "we stopped using it" or the term named again ("stopped using docu sign"), "we let it lapse".
    private static bool StoppedLater(string text, int termStart, int termEnd)
    {
        var (nameStart, nameEnd) = WordScan.Next(text, termStart, out _);
        var name = nameStart >= 0 && nameEnd <= termEnd ? text.AsSpan(nameStart, nameEnd - nameStart) : ReadOnlySpan<char>.Empty;
        var index = termEnd;
        var previous = ReadOnlySpan<char>.Empty;
        var beforePrevious = ReadOnlySpan<char>.Empty;
        for (var i = 0; i < PronounReach; i++)
        {
            var (start, end) = WordScan.Next(text, index, out _);
            if (start < 0 || WordScan.SentenceEndsBetween(text, index, start))
            {
                return false;
            }

            var word = text.AsSpan(start, end - start);
            var refersBack = WordScan.IsAny(word, BackReferences) || (!name.IsEmpty && word.Equals(name, StringComparison.OrdinalIgnoreCase));
            var stopped = WordScan.IsAny(previous, StopVerbs)
                || (WordScan.EqualsWord(previous, "using") && WordScan.IsAny(beforePrevious, StopVerbs));
            if ((refersBack && stopped) || (WordScan.IsAny(word, RanOut) && WordScan.IsAny(previous, BackReferences)))
            {
                return true;
            }

            beforePrevious = previous;
            previous = word;
            index = end;
        }

        return false;
    }

    // "before" is a time cue only when it closes the clause: "we were on HubSpot before." (not "before the rollout").
    private static bool EndsClause(string text, int end)
    {
        for (var i = end; i < text.Length; i++)
        {
            if (SpeechTokenizer.IsWordChar(text[i]))
            {
                return false;
            }

            if (WordScan.IsClauseBreak(text[i]))
            {
                return true;
            }
        }

        return true;
    }

    private static bool IsPerfect(string text, int start, ReadOnlySpan<char> word)
    {
        if (!WordScan.EqualsWord(word, "used") && !WordScan.EqualsWord(word, "had"))
        {
            return false;
        }

        var (prevStart, prevEnd) = WordScan.Previous(text, start, out _);
        return prevStart >= 0 && WordScan.IsAny(text.AsSpan(prevStart, prevEnd - prevStart), Perfect);
    }
}
