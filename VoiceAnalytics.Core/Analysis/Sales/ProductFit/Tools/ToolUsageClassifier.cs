using VoiceAnalytics.Core.Analysis.Sales.ProductFit.Lexicons;
using VoiceAnalytics.Core.Analysis.Text;
using VoiceAnalytics.Core.Analysis.Text.Cues;
using VoiceAnalytics.Core.Analysis.Text.Words;

namespace VoiceAnalytics.Core.Analysis.Sales.ProductFit.Tools;

/// <summary>
/// Reads how the user relates to a tool they name: using it now ("we're on", "replacing", "our X contract", an answer
/// to "what do you use today?"), used it before, considering it, comparing with it, or only mentioning it (someone
/// else uses it, or they say they do not).
/// </summary>
internal static class ToolUsageClassifier
{
    private const int WordsBefore = 7;
    private const int CurrentReach = 3;
    private const int WordsAfter = 6;

    private static readonly string[] CurrentBefore = [
        "use", "using", "have", "got", "through", "via", "replacing", "replace", "currently", "pay", "paying",
        "stuck", "locked", "rely", "relying", "standardized", "run", "running",
        // "right now it's DocuSign", "at the moment it's all Jotform": the time, not a verb, says it is today's tool.
        "now", "today", "moment",
        // "our current thing is Better Proposals", "our current setup is Adobe Sign".
        "current",
    ];
    // "we should use", "we'd like to use", "we stopped using": the use verb names a plan or an ended habit.
    private static readonly string[] UseVerbs = ["use", "using", "have", "got", "run", "running", "rely", "relying"];
    private static readonly string[] Intentions = [
        "should", "could", "would", "might", "may", "will", "can", "to", "we'd", "i'd", "we'll", "i'll", "gonna", "wanna",
    ];
    private static readonly string[] Obligations = ["have", "has", "had", "got", "need", "needs"];
    private static readonly string[] Relatives = ["which", "that", "what"];
    private static readonly string[] Copulas = ["is", "was", "it's", "that's"];
    private const int RelativeReach = 5;
    private static readonly string[] Adverbs = ["just", "really", "probably", "definitely", "also", "still", "actually"];
    private static readonly string[] Ceased = ["stopped", "quit", "ditched", "dropped", "abandoned"];
    // "a DocuSign demo on Thursday": an appointment with the vendor, not a tool in use.
    private static readonly string[] VendorEvents = ["demo", "demos", "trial", "pitch", "quote", "presentation"];
    private static readonly string[] Leaving = [
        "switching", "switch", "moving", "move", "migrating", "migrate", "leaving", "leave", "cancel", "cancelling",
        "canceling", "ditching", "ditch", "replace", "off", "replacement", "replacements",
    ];
    private static readonly string[] Redirected = ["switched", "moved", "migrated", "went", "changed", "upgraded"];
    private static readonly string[] Toward = ["to", "over", "onto"];
    private static readonly string[] Commitments = [
        "agreement", "contract", "subscription", "license", "licence", "locked", "stuck", "signed", "plan",
        "account", "renewal", "deal", "in",
    ];
    private static readonly string[] Considering = [
        "considering", "evaluating", "evaluated", "demo", "demoed", "demoing", "trialing", "trying", "shortlist",
        "shortlisted", "exploring", "explored", "pitched", "pitching",
    ];
    private static readonly string[] LookVerbs = [
        "looking", "looked", "look", "checking", "checked", "thinking", "talking", "talked",
    ];
    private static readonly string[] Comparison = [
        "than", "compare", "compared", "comparing", "comparison", "versus", "vs", "against", "instead",
        "alternative", "alternatives", "similar", "like",
    ];
    // "right now it's like Google Docs", "we use like DocuSign": after these words a spoken "like" is a filler, not
    // a comparison, so the cue before it still frames the tool.
    private static readonly string[] FillerLikeAfter = [
        "it's", "its", "is", "was", "use", "using", "on", "through", "with", "just", "um", "uh", "basically", "mostly",
        "mainly", "all",
    ];
    private static readonly string[] OnSubjects = [
        "we're", "we", "i'm", "are", "am", "still", "currently", "been", "all", "everything", "everyone", "is",
        "it's", "team's", "company's", "firm", "company", "team", "office", "agency", "practice", "clinic",
        "business", "everybody", "stay", "staying", "stays", "stick", "sticking",
    ];
    // "we're doing it all with DocuSign", "we send everything with Adobe Sign": today's work, done with the tool.
    private static readonly string[] WorkVerbs = [
        "doing", "do", "does", "handle", "handling", "handles", "send", "sending", "sends", "manage", "managing",
        "manages", "sign", "signing",
    ];
    // "we do them in jot form", "we write the quotes in Word", "we build every proposal in Google Docs": the documents
    // made "in" a tool today. Making verbs join the work verbs here only, where the tool is the place of the work.
    private static readonly string[] MadeInVerbs = [
        "doing", "do", "does", "handle", "handling", "handles", "send", "sending", "sends", "manage", "managing",
        "manages", "make", "making", "makes", "write", "writing", "writes", "build", "building", "builds", "draft",
        "drafting", "drafts", "create", "creating", "creates", "prepare", "preparing", "prepares", "type", "typing",
    ];
    private const int MadeInReach = 3;
    // "before that docu sign", "before then it was Adobe Sign": the tool before the one just named is a past one.
    private static readonly string[] EarlierAnchors = ["that", "then", "this"];
    private static readonly string[] EarlierAdverbs = ["originally", "initially"];
    private const int EarlierReach = 4;
    private static readonly string[] AllOfIt = ["all", "everything"];
    private static readonly string[] CurrentAfter = [
        "now", "currently", "today", "license", "licence", "licenses", "contract", "renewal", "renews",
        "subscription", "plan", "account", "seats", "instance", "enterprise",
    ];

    public static ToolUsage Classify(Conversation conversation, TermHit hit)
    {
        var text = hit.Text;
        var weight = hit.Entry.Weight;
        if (Negation.NegatedAfter(text, hit.End))
        {
            return new(CompetitorContexts.PastTool, 0.85 * weight, true);
        }

        var negator = Negation.NegatorBefore(text, hit.Start);
        if (negator >= 0)
        {
            var past = CueText.HasWord(text.AsSpan(negator, hit.Start - negator), ["stopped", "quit"]);
            return new(past ? CompetitorContexts.PastTool : CompetitorContexts.Mentioned, 0.8 * weight, true);
        }

        if (PastReference.SwitchedTo(text, hit.Start))
        {
            return new(CompetitorContexts.CurrentTool, 0.85 * weight, true); // "we moved off DocuSign to Zoho Sign"
        }

        if (PastReference.IsPast(text, hit.Start, hit.End) || IsBeforeTheNamedOne(text, hit.Start))
        {
            return new(CompetitorContexts.PastTool, 0.8 * weight, true);
        }

        if (OutsiderSubject.Before(text, hit.Start))
        {
            return new(CompetitorContexts.Mentioned, 0.75 * weight, true);
        }

        if (NextWordIsAny(text, hit.End, VendorEvents))
        {
            return new(CompetitorContexts.Considering, 0.8 * weight, true);
        }

        if (RelativeUseAfter(text, hit.End) is { } relativeUser)
        {
            return relativeUser
                ? new(CompetitorContexts.CurrentTool, 0.85 * weight, true)
                : new(CompetitorContexts.Mentioned, 0.75 * weight, true); // "DocuSign is what the parent company uses"
        }

        var before = ContextBefore(text, hit.Start);
        if (before is not null)
        {
            return new(before, (before == CompetitorContexts.CurrentTool && ToolQuestionAnswer.Answers(conversation, hit) ? 0.95 : 0.8) * weight, true);
        }

        if (ContextAfter(text, hit.End) is { } after)
        {
            return new(after, 0.8 * weight, true);
        }

        return ToolQuestionAnswer.Answers(conversation, hit)
            ? new(CompetitorContexts.CurrentTool, 0.85 * weight, true)
            : new(CompetitorContexts.Mentioned, 0.7 * weight, false);
    }

    /// <summary>The nearest cue before the term, scanning back through its sentence; null when none.</summary>
    private static string? ContextBefore(string text, int termStart)
    {
        var index = termStart;
        var next = ReadOnlySpan<char>.Empty;
        var afterConjunct = false;
        var fillers = 0;
        var fillerLike = false;
        for (var i = 0; i < WordsBefore; i++)
        {
            var (start, end) = WordScan.Previous(text, index, out _);
            if (start < 0 || WordScan.SentenceEndsBetween(text, end, index))
            {
                break;
            }

            var word = text.AsSpan(start, end - start);
            if (WordScan.EqualsWord(word, "but"))
            {
                break;
            }

            // "against Proposify, which is what we use, and Qwilr": a use verb before ", and" has its own object, but a
            // comparison or evaluation cue further back still spans the list.
            afterConjunct |= StartsConjunctAfterComma(text, start, word);
            if (WordScan.IsAny(word, ThirdPartySubject.Verbs) && !ThirdPartySubject.IsModal(text, end))
            {
                if (afterConjunct)
                {
                    next = word;
                    index = start;
                    continue;
                }

                return ThirdPartySubject.IsOwnSubject(text, start) ? CompetitorContexts.CurrentTool : CompetitorContexts.Mentioned;
            }

            if (!fillerLike && i == fillers && WordScan.EqualsWord(word, "like") && PreviousIsAny(text, start, FillerLikeAfter))
            {
                fillerLike = true; // read past it, but a comparison it stays when no cue comes before it
                fillers++;
                next = word;
                index = start;
                continue;
            }

            if (Classify(text, start, word, next, i - fillers) is { } context && !(afterConjunct && context == CompetitorContexts.CurrentTool))
            {
                return context;
            }

            next = word;
            index = start;
        }

        return fillerLike ? CompetitorContexts.Comparison : null;
    }

    private static string? Classify(string text, int start, ReadOnlySpan<char> word, ReadOnlySpan<char> next, int distance)
    {
        if (distance < CurrentReach && WordScan.IsAny(word, Leaving))
        {
            return WordScan.EqualsWord(next, "to") ? CompetitorContexts.Considering : CompetitorContexts.CurrentTool;
        }

        if (distance < CurrentReach && WordScan.IsAny(word, CurrentBefore))
        {
            return WordScan.IsAny(word, UseVerbs) ? UseContext(text, start) : CompetitorContexts.CurrentTool;
        }

        if (distance < CurrentReach && WordScan.IsAny(word, Redirected) && WordScan.IsAny(next, Toward))
        {
            return CompetitorContexts.CurrentTool; // "then we switched to SignNow"
        }

        if (distance == 0 && WordScan.EqualsWord(word, "with") && PreviousIsAny(text, start, Commitments))
        {
            return CompetitorContexts.CurrentTool; // "our annual agreement with Qwilr", "locked in with DocuSign"
        }

        if (distance == 0 && WordScan.EqualsWord(word, "with") && WordScan.AnyBefore(text, start, WorkVerbs, 3))
        {
            return CompetitorContexts.CurrentTool; // "we're doing it all with DocuSign"
        }

        if (distance < CurrentReach && WordScan.EqualsWord(word, "on") && PreviousIsAny(text, start, OnSubjects))
        {
            return CompetitorContexts.CurrentTool;
        }

        if (distance == 0 && (WordScan.EqualsWord(word, "our") || WordScan.EqualsWord(word, "all")))
        {
            return CompetitorContexts.CurrentTool; // "our DocuSign contract", "it's all Jotform"
        }

        if (distance == 0 && WordScan.EqualsWord(word, "in") && PreviousIsAny(text, start, AllOfIt))
        {
            return CompetitorContexts.CurrentTool; // "now is all in Adobe Sign", "we write everything in Word"
        }

        if (distance == 0 && WordScan.EqualsWord(word, "in") && MadeInVerbBefore(text, start) is { } verbStart)
        {
            // "we do them in jot form", "we went back to doing quotes in Word"; "we'd write them in Word" is a plan
            return ReturnedTo(text, verbStart) ? CompetitorContexts.CurrentTool : UseContext(text, verbStart);
        }

        if (WordScan.IsAny(word, Considering) || (WordScan.IsAny(word, LookVerbs) && WordScan.IsAny(next, ["at", "into", "out", "about", "to", "with"])))
        {
            return CompetitorContexts.Considering;
        }

        return WordScan.IsAny(word, Comparison) ? CompetitorContexts.Comparison : null;
    }

    /// <summary>"went back to doing": the "to" before the verb ends a return, not an intention.</summary>
    private static bool ReturnedTo(string text, int verbStart)
    {
        var (toStart, toEnd) = WordScan.Previous(text, verbStart, out var crossed);
        if (toStart < 0 || crossed || !WordScan.EqualsWord(text.AsSpan(toStart, toEnd - toStart), "to"))
        {
            return false;
        }

        return PreviousIsAny(text, toStart, ["back"]);
    }

    /// <summary>The start of a making or work verb at most <see cref="MadeInReach"/> words before "in", or null.</summary>
    private static int? MadeInVerbBefore(string text, int inStart)
    {
        var index = inStart;
        for (var i = 0; i < MadeInReach; i++)
        {
            var (start, end) = WordScan.Previous(text, index, out var crossed);
            if (start < 0 || crossed)
            {
                return null;
            }

            if (WordScan.IsAny(text.AsSpan(start, end - start), MadeInVerbs))
            {
                return start;
            }

            index = start;
        }

        return null;
    }

    /// <summary>
    /// "dot loop the brokerage pays for it before that docu sign", "originally it was Adobe Sign": a time before the
    /// one just spoken of ("before that", "before then") or the first of several ("originally") puts the tool in the past.
    /// </summary>
    private static bool IsBeforeTheNamedOne(string text, int termStart)
    {
        var index = termStart;
        var following = ReadOnlySpan<char>.Empty;
        for (var i = 0; i < EarlierReach; i++)
        {
            var (start, end) = WordScan.Previous(text, index, out var crossed);
            if (start < 0 || crossed)
            {
                return false;
            }

            var word = text.AsSpan(start, end - start);
            if (WordScan.IsAny(word, EarlierAdverbs) || (WordScan.EqualsWord(word, "before") && WordScan.IsAny(following, EarlierAnchors)))
            {
                return true;
            }

            following = word;
            index = start;
        }

        return false;
    }

    /// <summary>How the word before a use verb frames it: stopped using, should use, have to use, or plain use.</summary>
    private static string UseContext(string text, int verbStart)
    {
        var (start, end) = WordScan.Previous(text, verbStart, out var crossed);
        if (start >= 0 && !crossed && WordScan.IsAny(text.AsSpan(start, end - start), Adverbs))
        {
            (start, end) = WordScan.Previous(text, start, out crossed); // "we should just use"
        }

        if (start < 0 || crossed)
        {
            return CompetitorContexts.CurrentTool;
        }

        var previous = text.AsSpan(start, end - start);
        if (WordScan.IsAny(previous, Ceased))
        {
            return CompetitorContexts.PastTool;
        }

        if (!WordScan.IsAny(previous, Intentions))
        {
            return CompetitorContexts.CurrentTool;
        }

        // "we have to use DocuSign" is today's obligation; "we want to use" and "we should use" are plans.
        return WordScan.EqualsWord(previous, "to") && PreviousIsAny(text, start, Obligations)
            ? CompetitorContexts.CurrentTool
            : CompetitorContexts.Considering;
    }

    /// <summary>
    /// "Proposify, which is what we use", "DocuSign is what we use": a relative clause whose user is the caller (true);
    /// "DocuSign is what the parent company uses", "Ironclad, which legal runs": someone else's tool (false); null when
    /// no relative clause names a user.
    /// </summary>
    private static bool? RelativeUseAfter(string text, int termEnd)
    {
        var (start, end) = WordScan.Next(text, termEnd, out var crossed);
        if (start >= 0 && !crossed && WordScan.IsAny(text.AsSpan(start, end - start), Copulas))
        {
            (start, end) = WordScan.Next(text, end, out crossed); // "DocuSign is what ..."
        }

        if (start < 0 || WordScan.SentenceEndsBetween(text, termEnd, start) || !WordScan.IsAny(text.AsSpan(start, end - start), Relatives))
        {
            return null;
        }

        var previous = ReadOnlySpan<char>.Empty;
        var index = end;
        for (var i = 0; i < RelativeReach; i++)
        {
            (start, end) = WordScan.Next(text, index, out crossed);
            if (start < 0 || crossed)
            {
                return null;
            }

            var word = text.AsSpan(start, end - start);
            if (WordScan.IsAny(word, UseVerbs) && (WordScan.EqualsWord(previous, "we") || WordScan.EqualsWord(previous, "i")))
            {
                return true;
            }

            if (WordScan.IsAny(word, ThirdPartySubject.Verbs) && !ThirdPartySubject.IsModal(text, end))
            {
                return ThirdPartySubject.IsOwnSubject(text, start) ? null : false;
            }

            previous = word;
            index = end;
        }

        return null;
    }

    private static bool StartsConjunctAfterComma(string text, int start, ReadOnlySpan<char> word)
    {
        if (!WordScan.EqualsWord(word, "and") && !WordScan.EqualsWord(word, "or"))
        {
            return false;
        }

        for (var i = start - 1; i >= 0 && i >= start - 3; i--)
        {
            if (text[i] == ',')
            {
                return true;
            }

            if (!char.IsWhiteSpace(text[i]))
            {
                return false;
            }
        }

        return false;
    }

    private static bool NextWordIsAny(string text, int termEnd, ReadOnlySpan<string> words)
    {
        var (start, end) = WordScan.Next(text, termEnd, out var crossed);
        return start >= 0 && !crossed && WordScan.IsAny(text.AsSpan(start, end - start), words);
    }

    private static string? ContextAfter(string text, int termEnd)
    {
        var index = termEnd;
        for (var i = 0; i < WordsAfter; i++)
        {
            var (start, end) = WordScan.Next(text, index, out var crossed);
            if (start < 0 || crossed)
            {
                return null;
            }

            var word = text.AsSpan(start, end - start);
            if (WordScan.IsAny(word, CurrentAfter))
            {
                return CompetitorContexts.CurrentTool;
            }

            if (WordScan.IsAny(word, ["vs", "versus"]))
            {
                return CompetitorContexts.Comparison;
            }

            index = end;
        }

        return null;
    }

    private static bool PreviousIsAny(string text, int index, ReadOnlySpan<string> words)
    {
        var (start, end) = WordScan.Previous(text, index, out _);
        return start >= 0 && WordScan.IsAny(text.AsSpan(start, end - start), words);
    }
}
