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
    ];

    // "we switched to HubSpot" is the present tool; "we've used DocuSign for years" still uses it.
    private static readonly string[] Redirects = ["switched", "migrated"];
    private static readonly string[] SwitchVerbs = ["switched", "migrated", "moved", "went", "changed", "upgraded", "switching", "moving", "migrating"];
    private static readonly string[] Toward = ["to", "onto", "over"];
    private static readonly string[] Perfect = ["we've", "i've", "have", "has", "been", "we're", "they've"];

    // "we were on X" / "I was using X": past only with these after them.
    private static readonly string[] BeVerbs = ["was", "were"];
    private static readonly string[] AfterBe = ["on", "using", "with"];

    private static readonly string[] CuesAfter = ["ago", "previously", "formerly", "dropped", "dumped", "ditched", "cancelled", "canceled"];
    private static readonly string[] StopWords = ["but", "and", "so", "because", "while", "now", "currently"];

    // "DocuSign was too expensive so we cancelled it": a stop verb with a pronoun pointing back at the term.
    private const int PronounReach = 14;
    private static readonly string[] StopVerbs = ["dropped", "dumped", "ditched", "cancelled", "canceled", "stopped", "quit", "abandoned", "left", "killed"];
    private static readonly string[] BackReferences = ["it", "them", "that", "those"];

    public static bool IsPast(string text, int termStart, int termEnd) =>
        !IsSwitchTarget(text, termStart) && (CueBefore(text, termStart) || CueAfter(text, termEnd) || StoppedLater(text, termEnd));

    /// <summary>"we switched to X last year": X is what they moved to, so in use now whatever the time cue says.</summary>
    private static bool IsSwitchTarget(string text, int termStart)
    {
        var (toStart, toEnd) = WordScan.Previous(text, termStart, out var crossed);
        if (toStart < 0 || crossed || !WordScan.IsAny(text.AsSpan(toStart, toEnd - toStart), Toward))
        {
            return false;
        }

        var (verbStart, verbEnd) = WordScan.Previous(text, toStart, out crossed);
        return verbStart >= 0 && !crossed && WordScan.IsAny(text.AsSpan(verbStart, verbEnd - verbStart), SwitchVerbs);
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

    private static bool StoppedLater(string text, int termEnd)
    {
        var index = termEnd;
        var previous = ReadOnlySpan<char>.Empty;
        for (var i = 0; i < PronounReach; i++)
        {
            var (start, end) = WordScan.Next(text, index, out _);
            if (start < 0 || WordScan.SentenceEndsBetween(text, index, start))
            {
                return false;
            }

            var word = text.AsSpan(start, end - start);
            if (WordScan.IsAny(word, BackReferences) && WordScan.IsAny(previous, StopVerbs))
            {
                return true;
            }

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
        if (!WordScan.EqualsWord(word, "used"))
        {
            return false;
        }

        var (prevStart, prevEnd) = WordScan.Previous(text, start, out _);
        return prevStart >= 0 && WordScan.IsAny(text.AsSpan(prevStart, prevEnd - prevStart), Perfect);
    }
}
