using System.Text.RegularExpressions;
using VoiceAnalytics.Core.Analysis.Text.Cues;

namespace VoiceAnalytics.Core.Analysis.Actions;

/// <summary>
/// Cue phrases for follow-ups: the agent's promises and offers, the user's answer to an offer, the team a follow-up
/// goes to, and the documents that may be shared.
/// </summary>
internal static partial class FollowUpCues
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    /// <summary>
    /// For patterns read through their groups: the non-backtracking engine pays a third pass over each match to find
    /// groups, so these run backtracking behind their <see cref="GuardedRegex"/> (its non-backtracking copy finds where
    /// a match starts first).
    /// </summary>
    private const RegexOptions CapturingOptions = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    private const string Team =
        @"(?<team>sales|account\s+(?:executive|manager)|\baes?\b|reps?\b|support|product|engineering|engineers?\b|developers?\b|dev\s+team|specialists?|solutions?\s+engineers?|success\s+(?:team|manager)|onboarding\s+team|public\s+sector\s+team|tickets?|feature\s+requests?)";

    /// <summary>The owner of a team word: sales, support or product.</summary>
    public static string OwnerOf(string team)
    {
        var t = team.ToLowerInvariant();
        return t.StartsWith("support", StringComparison.Ordinal) || t.StartsWith("ticket", StringComparison.Ordinal)
            || t.StartsWith("specialist", StringComparison.Ordinal) || t.StartsWith("onboarding", StringComparison.Ordinal) ? ActionOwners.Support
            : t.StartsWith("product", StringComparison.Ordinal) || t.StartsWith("engineer", StringComparison.Ordinal)
            || t.StartsWith("dev", StringComparison.Ordinal) || t.StartsWith("feature", StringComparison.Ordinal) ? ActionOwners.Product
            : ActionOwners.Sales;
    }

    /// <summary>The agent committing itself or a team ("I'll have sales email you", "support will follow up").</summary>
    [GeneratedRegex(
        @"\b(?:(?:i['’]ll|i\s+will|i['’]m\s+going\s+to|i\s+am\s+going\s+to|let\s+me)\s+(?:also\s+|go\s+ahead\s+and\s+|right\s+away\s+)?(?:have|ask|get|pass|flag|note|send|share|forward|loop\s+in|open|create|file|log|let|email|connect\s+you|put\s+in|submit|escalate|mark|add|make\s+sure|raise|relay|mention|bring)"
        + @"|i['’]ve\s+(?:already\s+|just\s+)?(?:passed|flagged|noted|logged|opened|created|sent|forwarded|asked|shared|filed|escalated))\b[^.?!]{0,80}?\b"
        + Team
        + @"|\b(?:(?:someone|somebody|one\s+of\s+us)\s+(?:from|on|in)\s+)?(?:our\s+|the\s+)?(?<team>sales(?:\s+team)?|support(?:\s+team)?|product\s+team|(?:an?|our|the)\s+(?:account\s+executive|specialist|rep|solutions\s+engineer)|team)\s+(?:will|['’]ll|is\s+going\s+to)\s+(?:\w+\s+)?(?:reach\s+out|follow\s+up|email|call|contact|send|get\s+back|be\s+in\s+touch|get\s+in\s+touch|look\s+into)\b"
        // the agent saying the user will hear from a team: "you'll get an email from our sales team"
        + @"|\byou['’]ll\s+(?:get|receive|hear)\s+(?:[a-z]+\s+){0,4}?from\s+(?:our\s+|the\s+|an?\s+|one\s+of\s+our\s+)?" + Team,
        CapturingOptions)]
    private static partial Regex PromisePattern();

    private static GuardedRegex? PromiseGuarded;

    public static GuardedRegex Promise() => PromiseGuarded ??= new(PromisePattern());

    /// <summary>The agent promising to send a document itself ("I'll email you the setup guide").</summary>
    [GeneratedRegex(@"\b(?:i['’]ll|i\s+will|i['’]m\s+going\s+to)\s+(?:also\s+)?(?:send|email|share|forward|text)\s+(?:you|over)\b", Options)]
    private static partial Regex SendPromisePattern();

    private static GuardedRegex? SendPromiseGuarded;

    public static GuardedRegex SendPromise() => SendPromiseGuarded ??= new(SendPromisePattern());

    /// <summary>
    /// An offer the user must accept ("would you like me to", "if you'd like, I can", "I can pass it to our product
    /// team", "a specialist can email you").
    /// </summary>
    [GeneratedRegex(
        @"\b(?:would\s+you\s+like|do\s+you\s+want|want\s+me\s+to|shall\s+i|should\s+i|if\s+you['’]d\s+like|would\s+it\s+help\s+(?:if|to)|i\s+could\s+(?:also\s+)?(?:have|ask|get|send)|i\s+can\s+(?:also\s+)?(?:have|ask|get|connect|set\s+up|book|send|email|loop|pass|flag|forward)|(?:a|an|our)\s+\w+(?:\s+team)?\s+can\s+(?:email|call|send|reach)|two\s+options)\b",
        Options)]
    private static partial Regex OfferPattern();

    private static GuardedRegex? OfferGuarded;

    public static GuardedRegex Offer() => OfferGuarded ??= new(OfferPattern());

    [GeneratedRegex(Team, CapturingOptions)]
    private static partial Regex TeamWordPattern();

    private static GuardedRegex? TeamWordGuarded;

    public static GuardedRegex TeamWord() => TeamWordGuarded ??= new(TeamWordPattern());

    /// <summary>A second team the same promise hands something to ("I'll pass it to product and have sales follow up").</summary>
    [GeneratedRegex(@"\b(?:and|then)\s+(?:i['’]ll\s+|i\s+will\s+)?(?:also\s+)?(?:have|get|ask)\s+(?:an?\s+|our\s+|the\s+|someone\s+(?:from|on)\s+(?:our\s+|the\s+)?)?" + Team, CapturingOptions)]
    private static partial Regex CoordinatedPromisePattern();

    private static GuardedRegex? CoordinatedPromiseGuarded;

    public static GuardedRegex CoordinatedPromise() => CoordinatedPromiseGuarded ??= new(CoordinatedPromisePattern());

    /// <summary>Meeting talk: an accepted offer of a call is a sales follow-up.</summary>
    [GeneratedRegex(@"\b(?:call|meeting|chat|demo|session|talk\s+(?:with|to)|speak\s+(?:with|to))\b", Options)]
    private static partial Regex MeetingWordPattern();

    private static GuardedRegex? MeetingWordGuarded;

    public static GuardedRegex MeetingWord() => MeetingWordGuarded ??= new(MeetingWordPattern());

    [GeneratedRegex(
        @"^\W*(?:(?:i\s+mean|well|oh|ah|um|uh|hmm|look)\W+)?(?:yes|yeah|go\s+on|i\s+suppose|pass\s+it|yep|yup|sure|please|absolutely|definitely|of\s+course|that\s+would\s+be|that['’]?d\s+be|that\s+would\s+help|that\s+helps|sounds\s+(?:good|great)|let['’]?s\s+do|go\s+ahead|i\s+guess|that\s+works|perfect|grand|why\s+not|(?:please\s+)?do\s+(?:that|it|so)|send\s+it|(?:you\s+can|feel\s+free\s+to)\s+send|(?:just\s+)?email\s+me|have\s+them|ok(?:ay)?\W+(?:sure|yes|yeah|please|let['’]?s|that\s+works|go\s+ahead|do\s+that|send\s+it))\b",
        Options)]
    private static partial Regex AcceptancePattern();

    private static GuardedRegex? AcceptanceGuarded;

    public static GuardedRegex Acceptance() => AcceptanceGuarded ??= new(AcceptancePattern());

    [GeneratedRegex(@"^\W*(?:no|nah|nope|not\s+(?:now|yet|really|today)|maybe\s+later|i['’]m\s+(?:good|fine|okay))\b", Options)]
    private static partial Regex DeclinePattern();

    private static GuardedRegex? DeclineGuarded;

    public static GuardedRegex Decline() => DeclineGuarded ??= new(DeclinePattern());

    /// <summary>A document to share; checklists, instructions and guides come from support, the rest from sales.</summary>
    [GeneratedRegex(
        @"\b(?:(?<sales>pricing|price\s+list|quote|proposal|case\s+stud(?:y|ies)|msa|contract|security\s+(?:package|questionnaire|docs|documentation|report|overview)|soc\s*(?:2|two)(?:\s+report)?|report|one-?pager|brochure|comparison|baa|dpa)|(?<support>checklist|instructions|guide|documentation|docs|article|tutorial|video|walkthrough))\b",
        CapturingOptions)]
    private static partial Regex DocumentPattern();

    private static GuardedRegex? DocumentGuarded;

    public static GuardedRegex Document() => DocumentGuarded ??= new(DocumentPattern());

    /// <summary>The user asking for something to be sent ("can you send me the pricing", "email us a case study").</summary>
    [GeneratedRegex(@"\b(?:send|email|share|forward)\s+(?:me|us)\b|\b(?:can|could|would|will)\s+(?:you|they|sales|she|he)\s+(?:\w+\s+)?(?:send|email|share|forward)\b", Options)]
    private static partial Regex SendRequestPattern();

    private static GuardedRegex? SendRequestGuarded;

    public static GuardedRegex SendRequest() => SendRequestGuarded ??= new(SendRequestPattern());

    /// <summary>The user asking for a demo ("a demo", "walk us through it", "see it live").</summary>
    [GeneratedRegex(@"\b(?:demo|demonstration|walk\s*-?\s*through|walk\s+(?:me|us|them)\s+through|(?:see|show)\s+(?:\w+\s+){0,4}?(?:live|in\s+action))\b", Options)]
    private static partial Regex DemoPattern();

    private static GuardedRegex? DemoGuarded;

    public static GuardedRegex Demo() => DemoGuarded ??= new(DemoPattern());
}
