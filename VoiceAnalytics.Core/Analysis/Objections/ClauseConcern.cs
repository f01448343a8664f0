using System.Text.RegularExpressions;
using VoiceAnalytics.Core.Analysis.Text;
using VoiceAnalytics.Core.Analysis.Text.Cues;

namespace VoiceAnalytics.Core.Analysis.Objections;

/// <summary>
/// Part one of the clause reader: does a user clause voice a concern? Each alternative is a kind of concern, not a
/// sentence: a negative evaluation, an inability, a requirement gate, a conditional refusal, a concern reported from
/// someone else, a doubt question, a hesitation frame.
/// </summary>
internal static partial class ClauseConcern
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    /// <summary>For patterns with lookarounds, which the non-backtracking engine cannot run.</summary>
    private const RegexOptions BacktrackingOptions = Options & ~RegexOptions.NonBacktracking;

    /// <summary>Any concern marker; the clause it sits in is then read for its topics.</summary>
    [GeneratedRegex(
        // negative evaluation
        @"\b(?:disappoint\w*|not\s+(?:impressed|worth\w*|convinced|thrilled|sold)|hard\s+sell|tough\s+sell|(?:what['’]?s|what\s+is)\s+the\s+point|too\s+(?:much|high|steep|complicated|slow)|way\s+too"
        + @"|(?:higher|more)\s+than\s+(?:both|either|them|they|what\s+(?:we|i)|our|my)|a\s+lot\s+(?:more|for)|(?:the|a)\s+(?:big\s+|real\s+|main\s+|only\s+)?(?:gap|catch|downside|drawback|problem|issue|blocker|hurdle|sticking\s+point)"
        // hesitation and worry frames
        + @"|the\s+only\s+thing|my\s+(?:only\s+|main\s+|big\s+)?(?:worry|concern|hesitation|fear)|(?:i['’]?m|we['’]?re|i\s+am|we\s+are)\s+(?:a\s+(?:bit|little)\s+)?(?:worried|concerned|nervous|wary|hesitant|skeptical)"
        // worry felt by anyone ("the partners are twitchy about", "my boss worries that"), and doubt about being convinced
        + @"|(?:worried|concerned|nervous|wary|hesitant|skeptical|sceptical|uneasy|twitchy|anxious|apprehensive|jumpy)\s+(?:about|that|whether|of|over)|worr(?:y|ies)\s+(?:about|that|whether)"
        + @"|(?:concerns?|doubts?|reservations|hesitations?|qualms)\s+(?:about|over|around|whether)|(?:isn['’]?t|aren['’]?t|wasn['’]?t|weren['’]?t)\s+(?:\w+\s+)?(?:convinced|sold)"
        // weighed and found too heavy ("out of reach", "a bit of a stretch", "hard to justify")
        + @"|out\s+of\s+(?:our\s+|my\s+|their\s+)?reach|(?:a\s+(?:bit\s+|little\s+)?(?:of\s+a\s+)?)stretch|(?:hard|tough|difficult)\s+to\s+justify|prohibitive|(?:biggest|main|one|only)\s+(?:gripe|complaint|pain\s+point)"
        // inability and refusal
        + @"|(?:can['’]?t|cannot|can\s+not|couldn['’]?t|won['’]?t\s+be\s+able|unable|no\s+way)\b|(?:not|never)\s+(?:going\s+to|gonna)\s+(?:approve|happen|pay|go\s+for|fly)|not\s+happening|(?:would|will)\s+never\s+(?:approve|sign|pay|go\s+for)"
        // reported concern
        + @"|\b(?:balk|push\s+back|freak\s+out|say\s+no)\b|\b(?:boss|ceo|cfo|cto|board|partners?|owner|manager|director|counsel|lawyers?|it\s+guy|procurement)\s+(?:\w+\s+){0,2}(?:thinks?|says?|feels?|worries|worried|won['’]?t|will\s+(?:not|never|ask))"
        // doubt question
        + @"|\b(?:would|will|is|does|do|can)\s+(?:that|it|this)\s+(?:\w+\s+)?even\b|\bhow\s+much\s+(?:is|does)\s+(?:this|it|that)\s+even)",
        Options)]
    private static partial Regex MarkerPattern();

    private static GuardedRegex? MarkerGuarded;

    public static GuardedRegex Marker() => MarkerGuarded ??= new(MarkerPattern());

    /// <summary>
    /// A concern said indirectly: hedged ("I'd be nervous", "not sure about", "gives me pause", "the thing that bugs
    /// me"), put as the question someone will ask ("legal is going to ask where the data lives", "they'll want to know
    /// whether"), named as the big question or obstacle, or put as a rhetorical challenge ("why would I pay for both").
    /// Read only by the clause reader (not by the procurement reader, where a step someone will ask about is no
    /// obstacle), and only with a topic in the same clause.
    /// </summary>
    [GeneratedRegex(
        @"\b(?:bugs?\s+me|bother(?:s|ing)?\s+me|gives?\s+me\s+pause|(?:red|yellow)\s+flag|question\s+mark|on\s+the\s+fence|reluctant"
        + @"|not\s+(?:so\s+|too\s+|entirely\s+|totally\s+|really\s+)?(?:sure|certain)\s+(?:about|if|whether|that|how)|(?:don['’]?t|do\s+not)\s+(?:love|like)\s+(?:the|that|how|paying)"
        + @"|(?:scares?|worries|concerns)\s+me|makes?\s+me\s+(?:nervous|uneasy|wonder|hesitate)|(?:i['’]?d|i\s+would|we['’]?d|we\s+would)\s+(?:be\s+)?(?:worry|worried|nervous|concerned)"
        // someone else's question that the purchase waits on (the user's own "I'll ask about" is no concern)
        + @"|(?:they|he|she|it|legal|finance|procurement|compliance|security|counsel|attorney|lawyers?|partners?|boss|ceo|cfo|cto|cio|board|team|department|manager|director|officer|owner|people|folks|guys|auditors?)"
        + @"\s*(?:['’]ll|will|would|['’]d|(?:is|are|['’]s|['’]re)\s+(?:going\s+to|gonna))\s+(?:\w+\s+)?(?:ask|want\s+to\s+know)\s+(?:about|whether|if|how|where|what)"
        + @"|(?:thing|part)\s+(?:that\s+)?(?:bugs|bothers|worries|concerns|scares)|deal[- ]?breaker|non-?starter|show-?stopper|(?:big|biggest|real|other)\s+(?:question|thing|hurdle|obstacle|hang-?up)"
        + @"|obstacle|hang-?up|(?:hard|tough|difficult)\s+to\s+(?:swallow|get\s+past|get\s+approved)"
        // a rhetorical challenge ("why would I pay for both", "why would we trust a new vendor with ...")
        + @"|why\s+would\s+(?:i|we|anyone|they)\s+(?:\w+\s+)?(?:trust|pay|switch|move|change|bother|buy|need))\b",
        Options)]
    private static partial Regex IndirectPattern();

    private static GuardedRegex? IndirectGuarded;

    public static GuardedRegex Indirect() => IndirectGuarded ??= new(IndirectPattern());

    /// <summary>
    /// Pain words ("painful", "a headache"): a concern about what the user would take on, but a pain point (a reason to
    /// buy) when the clause describes today's process, so <see cref="ObjectionClauseReader"/> reads them only outside
    /// <see cref="PresentProcess"/>.
    /// </summary>
    [GeneratedRegex(@"\b(?:painful|(?:a|real|big|major)\s+headache|a\s+nightmare)\b", Options)]
    private static partial Regex PainPattern();

    private static GuardedRegex? PainGuarded;

    public static GuardedRegex Pain() => PainGuarded ??= new(PainPattern());

    /// <summary>Words that place a clause in the user's present process ("right now it's emailed PDFs").</summary>
    [GeneratedRegex(@"\b(?:right\s+now|today|currently|at\s+the\s+moment|at\s+present|these\s+days|at\s+the\s+minute)\b", Options)]
    private static partial Regex PresentProcessPattern();

    private static GuardedRegex? PresentProcessGuarded;

    public static GuardedRegex PresentProcess() => PresentProcessGuarded ??= new(PresentProcessPattern());

    /// <summary>
    /// A requirement that gates the purchase ("has to be", "we'd need", "we can only use"). A gate is an objection only
    /// for security and compliance (money gates are approvals, budget authority): "this must connect to HubSpot" is a need, not an objection, until it fails.
    /// </summary>
    [GeneratedRegex(
        @"\b(?:has|have|needs?)\s+to\s+(?:be|have|stay|pass|approve|review|sign\s+off|clear|vet|go\s+through|check|verify|confirm|make\s+sure|ensure)\b|\bmust\b|(?:we['’]?d|we\s+would|i['’]?d)\s+need\b|\b(?:we|i)\s+(?:can|could)\s+only\b|\b(?:required?|requirement|non-?negotiable|mandatory)\b",
        Options)]
    private static partial Regex GatePattern();

    private static GuardedRegex? GateGuarded;

    public static GuardedRegex Gate() => GateGuarded ??= new(GatePattern());

    /// <summary>
    /// A conditional refusal: "if it doesn't X ...", "if you can't X ..." names the topic inside the condition; a
    /// requirement followed by what happens otherwise ("it has to sync with our CRM, otherwise the team will not adopt
    /// it") names the topic before it. Both count even when the agent then meets the condition.
    /// </summary>
    [GeneratedRegex(
        @"\b(?:if|unless)\s+(?:it|you|pandadoc|this|that|the\s+\w+)\s+(?:\w+\s+){0,2}?(?:can['’]?t|cannot|can\s+not|doesn['’]?t|does\s+not|don['’]?t|won['’]?t|isn['’]?t|is\s+not|aren['’]?t)\b"
        + @"|\b(?:otherwise|or\s+else)\b[^.?!]{0,40}?\b(?:won['’]?t|will\s+not|wouldn['’]?t|would\s+not|can['’]?t|cannot|not\s+(?:going|gonna|worth|an\s+option)|no\s+(?:point|deal|go|use))\b",
        Options)]
    private static partial Regex ConditionalRefusalPattern();

    private static GuardedRegex? ConditionalRefusalGuarded;

    public static GuardedRegex ConditionalRefusal() => ConditionalRefusalGuarded ??= new(ConditionalRefusalPattern());

    /// <summary>A missing capability said by the user of PandaDoc ("you can't", "it doesn't do", "without a custom domain").</summary>
    [GeneratedRegex(
        @"\b(?:if\s+)?(?:it|you|pandadoc|this)\s+(?:\w+\s+)?(?:can['’]?t|cannot|can\s+not|doesn['’]?t|does\s+not|don['’]?t)\s+(?:even\s+)?(?:do|have|support|handle|offer|work\s+offline|let)\b"
        + @"|\byou\s+do\s+neither\b|\bwithout\s+(?:a|an|the)\s+(?:custom|native|proper|real|mobile|offline|bulk)\b",
        Options)]
    private static partial Regex MissingCapabilityPattern();

    private static GuardedRegex? MissingCapabilityGuarded;

    public static GuardedRegex MissingCapability() => MissingCapabilityGuarded ??= new(MissingCapabilityPattern());

    /// <summary>Bound to a competitor by contract: "under contract with them through June", "our license runs until May".</summary>
    [GeneratedRegex(
        @"\b(?:under|in)\s+(?:a\s+|an\s+)?(?:[\w-]+\s+){0,2}?(?:contract|agreement)\s+(?:with\s+(?:them|\w+)\s+)?(?:through|thru|until|till|for\s+(?:another|the\s+next))\b"
        + @"|\b(?:contract|agreement|licen[cs]e|subscription)\s+(?:with\s+(?:them|\w+)\s+)?(?:runs|goes|is\s+locked|lasts|doesn['’]?t\s+(?:end|expire)|isn['’]?t\s+up)\s+(?:\w+\s+)?(?:through|thru|until|till)\b"
        + @"|\b(?:locked|tied|stuck)\s+(?:in(?:to)?|up)\s+(?:with|to|on)\s+(?!pandadoc)\w+",
        BacktrackingOptions)]
    private static partial Regex ContractLockInPattern();

    private static readonly GuardedRegex ContractLockInGuarded = new(ContractLockInPattern());

    public static GuardedRegex ContractLockIn() => ContractLockInGuarded;

    /// <summary>Dismay at what the agent just said ("seriously?", "that was the one thing", "you do neither").</summary>
    [GeneratedRegex(
        @"\b(?:unbelievable|seriously|you['’]?re\s+kidding|are\s+you\s+serious|come\s+on|you\s+do\s+neither|(?:that['’]?s|was|is)\s+(?:like\s+)?the\s+one\s+thing|not\s+that\s+it(?:['’]ll|\s+will)\s+matter|expected\s+more|not\s+impressed|that['’]?s\s+a\s+(?:shame|pity|bummer|letdown))\b",
        Options)]
    private static partial Regex DismayPattern();

    private static GuardedRegex? DismayGuarded;

    public static GuardedRegex Dismay() => DismayGuarded ??= new(DismayPattern());
}
