using System.Text.RegularExpressions;
using VoiceAnalytics.Core.Analysis.Text;
using VoiceAnalytics.Core.Analysis.Text.Cues;
using VoiceAnalytics.Core.Analysis.Text.Words;

namespace VoiceAnalytics.Core.Analysis.Actions;

/// <summary>
/// Action items in the user's own words: commitments ("I'll send over our templates", "let me check with my CFO"),
/// demo requests and requests for documents. Hedges and needs ("I'd bring it to my GM", "I'll need legal to sign
/// off") are not commitments, nor are questions, nor a brush-off ("I'll figure it out", a bare "I'll look"). Speech-to-text
/// spellings without the apostrophe ("ill send it over", "im gonna") count.
/// </summary>
internal static partial class UserActionFinder
{
    public static IEnumerable<ActionCandidate> Find(Conversation conversation, DateOnly today)
    {
        foreach (var turn in conversation.UserTurns)
        {
            var lastSentence = -1;
            foreach (var at in CommitmentStarts(turn.Text))
            {
                var (start, end) = SentenceBounds.Around(turn.Text, at);
                if (start == lastSentence || QuestionCues.IsQuestion(turn.Text, start, end) || NoFollowUp().IsMatch(turn.Text.AsSpan(at, end - at))
                    || IsHedged(turn.Text, start, at))
                {
                    continue;
                }

                lastSentence = start;
                var clause = turn.Text[at..end].TrimEnd();
                yield return new ActionCandidate(
                    ActionKinds.UserCommitment, ActionOwners.User, clause, DueDateResolver.Resolve(clause, today), 0.8,
                    Evidence.From(turn, at, clause.Length), turn.Index);
            }

            if (Request(turn, FollowUpCues.Demo(), requireSend: false, IsDemoAsked) is { } demo)
            {
                yield return new ActionCandidate(
                    ActionKinds.DemoRequest, ActionOwners.Sales, demo.Quote, DueDateResolver.Resolve(demo.Quote, today), 0.7, demo, turn.Index);
            }

            if (Request(turn, FollowUpCues.SendRequest(), requireSend: true, static (_, _, _) => true) is { } request)
            {
                var owner = FollowUpCues.Document().Match(request.Quote).Groups["support"].Success ? ActionOwners.Support : ActionOwners.Sales;
                yield return new ActionCandidate(
                    ActionKinds.DocumentToShare, owner, request.Quote, DueDateResolver.Resolve(request.Quote, today), 0.75, request, turn.Index);
            }
        }
    }

    /// <summary>
    /// A demo the user asks for, not one they tell about: a past one ("the demo last week went well", "after the
    /// demo", "I already have three emails asking me to book a demo") or "demo" modifying another noun ("the demo doc
    /// I sent around"); "a demo of the approval flow" still asks.
    /// </summary>
    private static bool IsDemoAsked(string text, Match cue, Evidence sentence)
    {
        var (start, end) = WordScan.Next(text, cue.Index + cue.Length, out var crossed);
        if (start >= 0 && !crossed && WordScan.IsAny(text.AsSpan(start, end - start), DemoModifiedNouns))
        {
            return false;
        }

        return !PastDemo.In(sentence.Quote);
    }

    private static readonly string[] DemoModifiedNouns = [
        "doc", "docs", "document", "invite", "invites", "email", "emails", "account", "template", "video",
    ];

    private static readonly PhraseMatcher<bool> PastDemo = new(
        "last week", "last month", "last year", "yesterday", "went", "sat through", "after the demo", "after that demo", "already");

    /// <summary>"Maybe I'll look at it", "perhaps we'll try it": a commitment the word before it takes back.</summary>
    private static bool IsHedged(string text, int sentenceStart, int at)
    {
        var before = text.AsSpan(sentenceStart, at - sentenceStart).TrimEnd(" ,");
        return before.EndsWith("maybe", StringComparison.OrdinalIgnoreCase) || before.EndsWith("perhaps", StringComparison.OrdinalIgnoreCase)
            || before.EndsWith("possibly", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Where each commitment starts, at its first word (a bare-present match may begin at the punctuation before it).</summary>
    private static IEnumerable<int> CommitmentStarts(string text)
    {
        var starts = new SortedSet<int>();
        foreach (var m in Commitment().Matches(text))
        {
            starts.Add(m.Index);
        }

        foreach (Match m in BareCommitment().Matches(text))
        {
            var at = m.Index;
            while (at < m.Index + m.Length && !char.IsLetter(text[at]))
            {
                at++;
            }

            starts.Add(at);
        }

        return starts;
    }

    /// <summary>The sentence holding the cue, when not negated (and, for sending, naming a document).</summary>
    private static Evidence? Request(Turn turn, GuardedRegex cue, bool requireSend, Func<string, Match, Evidence, bool> asked)
    {
        foreach (Match m in cue.Matches(turn.Text))
        {
            var evidence = Evidence.Sentence(turn, m.Index);
            if (!CueNegation.IsNegated(turn.Text, m.Index, 4) && (!requireSend || FollowUpCues.Document().IsMatch(evidence.Quote))
                && asked(turn.Text, m, evidence))
            {
                return evidence;
            }
        }

        return null;
    }

    [GeneratedRegex(
        @"\b(?:i['’]ll|ill|i\s+ll|i\s+will|i['’]?m\s+going\s+to|i\s+am\s+going\s+to|i['’]?m\s+gonna|we['’]ll|we\s+will|we['’]re\s+going\s+to|we['’]?re\s+gonna|we\s+are\s+going\s+to|(?:me|my\s+\w+)\s+and\s+(?:my\s+\w+|i)\s+(?:will|['’]ll|are\s+going\s+to)|let\s+me)\s+(?:also\s+|just\s+|probably\s+|definitely\s+|still\s+|go\s+ahead\s+and\s+|try\s+to\s+|make\s+sure\s+(?:to\s+)?|then\s+|first\s+)?"
        + @"(?:send|forward|share|email|bring|talk|check|ask|loop|run|review|look\s+(?:into|at|over|through|in)|try|test|play|poke|do|upgrade|sign|set|add|invite|give|get|follow|call|reach|book|schedule|connect|hook|read|watch|go|discuss|put|fill|finish|start|move|confirm|circle|pass|have(?!\s+to\b)|keep|mention|raise|present|update|create|build|import|upload|take|chat|figure(?!\s+(?:it|this|that)\s+out\b)|dig|run|pull|show|walk|print|recommend|compare|speak|come\s+back|prepare|trial|pilot|draft|write|gather|collect|chase|ping|text|message|touch\s+base|sit\s+down|grab|find|work|contact|buy|purchase|rebuild|redo)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CommitmentPattern();

    /// <summary>
    /// A commitment in the bare present, as speakers of English as a second language put it ("then I prepare the
    /// questions", "okay, I do it today", "I show him", "I tell Marcos this week"): only after "then"/"okay", to a
    /// person, or with a near date, since "I do the quotes" alone is how they describe their work.
    /// </summary>
    [GeneratedRegex(
        @"\b(?:then|ok(?:ay)?)\s*,?\s+i\s+(?:show|tell|forward|prepare|send|do|check|ask|talk|speak|bring|share|discuss|compare|call|email|try|test)\b"
        // an answer to how to buy or set up: "doing it right now", "I'm doing it tonight"
        + @"|\bdoing\s+it\s+(?:right\s+)?(?:now|today|tonight)\b"
        + @"|(?:^|[.!;]\s*)i\s+(?:(?:show|tell|forward|ask)\s+(?:him|her)|forward\s+(?:it\s+|them\s+)?to|prepare\s+(?:the|a|my)\s+(?:recommendation|comparison|summary|business\s+case))\b"
        + @"|(?:^|[.!;]\s*)i\s+(?:show|tell|forward|prepare|send|do|check|ask|talk|speak|bring|share|discuss|compare|call|email|try|test)\s+(?:[^\s.,!?;]+\s+){0,6}?(?:today|tonight|tomorrow|this\s+week|right\s+now)\b"
        // what the user can do by a near date is a commitment ("yes, I can send it over tomorrow"); without a date, an ability
        + @"|\bi\s+can\s+(?:get|send|do|have|share|forward|email|bring|check|ask|talk|call|pull)\s+(?:[^\s.,!?;]+\s+){0,5}?(?:today|tonight|tomorrow|this\s+week|next\s+week|by\s+(?:monday|tuesday|wednesday|thursday|friday|the\s+end\s+of))\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex BareCommitmentPattern();

    private static GuardedRegex? BareCommitmentGuarded;

    private static GuardedRegex BareCommitment() => BareCommitmentGuarded ??= new(BareCommitmentPattern());

    /// <summary>
    /// What the user says they will do that is no follow-up: deciding or keeping on, buying itself ("I'll put it on my
    /// card", "I'll sign it", the buying signal's business), a recommendation (the user's part in someone else's
    /// decision, not a step agreed in the call; writing one up is), finishing the trial, an idiom ("I'll give you
    /// that"), and contact left conditional or vague ("I'll reach out if I need to", "or something").
    /// </summary>
    [GeneratedRegex(
        @"^(?:i['’]?ll|ill|i\s+ll|i\s+will|we['’]?ll|we\s+will|let\s+me|i['’]?m\s+(?:going\s+to|gonna)|i\s+am\s+going\s+to|we['’]re\s+going\s+to)\s+(?:(?:just|probably|also|definitely|then|still)\s+)?(?:decide|keep\s+(?:\w+\s+)?(?:the|my|our)\s+trial|keep\s+(?:it|this|that)\s+in\s+mind|keep\s+poking|keep\s+taking|sign\s+(?:it|this|that|up)|go\s+with\s+(?:it|this|that)|give\s+you\s+that|put\s+(?:it|this|that)\s+on\s+(?:my|our|the|a)\s+(?:\w+\s+)?card|(?:only\s+)?recommend\b|(?:put|make|give)\s+(?:a|the|my)\s+recommendation\s+to\b|finish\s+(?:out\s+|up\s+)?(?:the|my|our)\s+trial|keep\s+an\s+eye\s+(?:out|on)|look\s+out\s+for|watch\s+(?:for|out)|wait\s+(?:for|to\s+hear))\b"
        + @"|^(?:i['’]?ll|ill|i\s+ll|i\s+will|we['’]?ll|we\s+will)\s+(?:(?:just|probably|also|definitely|then)\s+)?(?:reach\s+out|call|get\s+back|come\s+back|let\s+you\s+know|be\s+in\s+touch)\b[^.!?;]*\b(?:if\s+(?:i|we)|or\s+something)\b"
        // a bare "I'll poke around" is a brush-off like a bare "I'll look" (poking around at something names a task)
        + @"|^(?:i['’]?ll|ill|i\s+ll|i\s+will|we['’]?ll|we\s+will)\s+(?:just\s+)?poke\s+around\s*(?:[.,!?;]|$)"
        // a commitment put off to no time at all ("I'll look into it someday")
        + @"|^(?:i['’]?ll|ill|i\s+ll|i\s+will|we['’]?ll|we\s+will|i['’]?m\s+(?:going\s+to|gonna))\b[^.!?;]*\b(?:someday|some\s+day|one\s+day|eventually|at\s+some\s+point|down\s+the\s+(?:road|line))\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex NoFollowUpPattern();

    private static GuardedRegex? NoFollowUpGuarded;

    private static GuardedRegex NoFollowUp() => NoFollowUpGuarded ??= new(NoFollowUpPattern());

    private static readonly GuardedRegex CommitmentGuarded = new(CommitmentPattern());

    private static GuardedRegex Commitment() => CommitmentGuarded;
}
