using System.Text.RegularExpressions;
using VoiceAnalytics.Core.Analysis.Sales.ProductFit.Lexicons;
using VoiceAnalytics.Core.Analysis.Text;
using VoiceAnalytics.Core.Analysis.Text.Cues;

namespace VoiceAnalytics.Core.Analysis.Objections;

/// <summary>
/// A contract with a competitor is a competitor objection (LABELS: "locked in / contract with a competitor"), however
/// it is said, when it holds the switch back: "we're on an annual plan with Better Proposals that runs till April",
/// "signed a three-year Adobe deal", "our Adobe contract is up in November so that's when we'd switch". The term and the competitor must be near
/// each other in one user turn (the competitor may come a sentence before: "We've a DocuSign account ... we're tied
/// into it until November"); "month to month", "no contract" and a term with PandaDoc do not count.
/// </summary>
internal static partial class CompetitorContractReader
{
    private const double Confidence = 0.75;

    /// <summary>How far before a term the competitor may be named (about two sentences), and after it (one clause).</summary>
    private const int ReachBefore = 220;
    private const int ReachAfter = 80;

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    /// <param name="competitors">The turn's competitor names.</param>
    public static void Read(Turn turn, Lazy<IReadOnlyList<TermHit>> competitors, List<ObjectionCandidate> found)
    {
        if (competitors.Value.Count == 0)
        {
            return; // most turns name no competitor (the names come from the call's shared term read): no term to look for
        }

        var text = turn.Text;
        foreach (var term in ContractTerm().EnumerateMatches(text))
        {
            var (from, to) = (term.Index - ReachBefore, term.Index + term.Length + ReachAfter);
            if (!competitors.Value.Any(h => h.Start >= from && h.Start <= to) || Denied(text, term.Index) || AboutPandaDoc(text, term.Index))
            {
                continue;
            }

            found.Add(new(ObjectionCategories.Competitor, turn, term.Index, text.Substring(term.Index, term.Length), Confidence, false));
            return;
        }
    }

    /// <summary>"no contract", "not under contract", "month to month", "we cancelled": no term binds them.</summary>
    private static bool Denied(string text, int at)
    {
        var (start, end) = SentenceWindow.Around(text, at);
        return NoTerm().Match(text, start, end - start).Success || CueNegation.IsNegated(text, at, maxWords: 3);
    }

    /// <summary>A vendor term in the range, whoever the vendor: it explains a wait ("a contract till August, so I can't move before then").</summary>
    public static bool TermIn(string text, int start, int length) => ContractTerm().Match(text, start, length).Success;

    private static bool AboutPandaDoc(string text, int at)
    {
        var (start, end) = SentenceBounds.Around(text, at);
        return PandaDocTerm().Match(text, start, end - start).Success;
    }

    /// <summary>
    /// A vendor term that holds the switch back: it binds until a date ("an annual plan that runs till April", "tied into
    /// it until November", "a three-year deal", "prepaid the year"), or its end is what the switch waits for ("the
    /// contract is up in November so that's when we'd switch"). A renewal the user wants to beat ("it renews on the
    /// 30th, I'm deciding this month") is a reason to switch, not an objection (dev-012, dev-030).
    /// </summary>
    [GeneratedRegex(
        @"\b(?:(?:contract|subscription|plan|deal|agreement|term|licen[cs]e|commitment)\s+(?:(?:that|which|with\s+\w+)\s+)?(?:runs|goes|lasts|is\s+good|is\s+locked)\s+(?:\w+\s+)?(?:till|until|through|thru|to)"
        + @"|(?:contract|subscription|plan|deal|agreement|term|licen[cs]e)\s+(?:\w+\s+){0,6}?(?:till|until|through|thru)"
        // a term said to run on without a date ("the contract runs still long time", "our plan runs another eight months")
        + @"|(?:contract|subscription|plan|deal|agreement|term|licen[cs]e)\s+(?:still\s+)?(?:runs|goes|lasts)\s+(?:still\s+)?(?:for\s+)?(?:a\s+|quite\s+a\s+)?(?:long\s+time|while|(?:another|a\s+few|several|\w+\s+more)\s+(?:\w+\s+)?(?:months?|years?))"
        + @"|(?:one|two|three|four|five|multi|\d)[-\s]?years?\s+(?:\w+\s+){0,2}(?:deal|contract|agreement|term|plan|commitment)"
        // time still owed on the term, a term signed for years, a contract made above the user ("a year left on our DocuSign plan",
        // "signed with SignNow for two years", "head office has a global Adobe deal")
        + @"|(?:months?|years?|weeks)\s+(?:left|remaining|to\s+go)\s+(?:on|in)|rest\s+of\s+(?:the|our|their|that)\s+(?:contract|term|agreement|subscription)"
        + @"|signed\s+(?:\w+\s+){0,5}?for\s+(?:another\s+)?(?:one|two|three|four|five|\d+|a\s+couple\s+of)\s+(?:more\s+)?years?"
        + @"|(?:global|corporate|group|parent\s+company|company[-\s]wide|master)\s+(?:\w+\s+){0,2}?(?:deal|contract|agreement|licen[cs]e)"
        + @"|tied\s+(?:in|into|to|up)|stuck\s+with|committed\s+(?:to\s+(?:\w+\s+){1,2})?(?:until|till|through|thru)|locked\s+(?:in|into)|pre-?paid|paid\s+(?:for\s+)?(?:the\s+)?(?:whole\s+|full\s+)?year"
        + @"|(?:contract|subscription|plan|deal|agreement|term|licen[cs]e)['’]?s?\s+(?:is\s+)?(?:up|ends|expires|runs\s+out|over)\s+(?:\w+\s+){1,5}?(?:so\s+)?(?:that['’]?s\s+when|then\s+we|nothing\s+(?:moves|changes|happens)|(?:we|i)\s+(?:can['’]?t|cannot|won['’]?t)))\b",
        Options)]
    private static partial Regex ContractTermPattern();

    private static GuardedRegex? ContractTermGuarded;

    private static GuardedRegex ContractTerm() => ContractTermGuarded ??= new(ContractTermPattern());

    [GeneratedRegex(@"\b(?:month[-\s]to[-\s]month|no\s+(?:long[-\s]term\s+)?contract|not\s+(?:under|in)\s+(?:a\s+|any\s+)?contract|out\s+of\s+(?:the|our|that)\s+contract|cancel(?:l?ed|ling)?|ended\s+(?:last|in)|expired\s+(?:last|in))\b", Options)]
    private static partial Regex NoTermPattern();

    private static GuardedRegex? NoTermGuarded;

    private static GuardedRegex NoTerm() => NoTermGuarded ??= new(NoTermPattern());

    [GeneratedRegex(@"\b(?:pandadoc|pand\s?a\s?doc|your\s+(?:contract|plan|subscription|annual)|with\s+you(?:\s+guys)?)\b", Options)]
    private static partial Regex PandaDocTermPattern();

    private static GuardedRegex? PandaDocTermGuarded;

    private static GuardedRegex PandaDocTerm() => PandaDocTermGuarded ??= new(PandaDocTermPattern());
}
