using System.Text.RegularExpressions;
using VoiceAnalytics.Core.Analysis.Text.Cues;

namespace VoiceAnalytics.Core.Analysis.Sales.Deal.People;

/// <summary>
/// Who decides, read by subject and verb as transcribed speech says it: apostrophes optional ("its my call", "ill
/// decide"), no question marks, non-native grammar ("she decide the money", "is my agency"). Approvers are roles
/// (<see cref="Approver"/>) or pronouns, never the user; a spending threshold is read with what follows it.
/// </summary>
internal static partial class AuthorityClauses
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.NonBacktracking;

    /// <summary>People and bodies that approve a purchase: titles, relations, departments, boards.</summary>
    private const string Approver =
        @"(?:ceo|cfo|coo|cto|cio|vp|gm|owner|owners|boss|bosses|manager|controller|director|president|principal|founder|co-?founder|partner|partners|wife|husband|spouse|board|trustees|committee|council|procurement|purchasing|finance|accounting|accounts|legal|counsel|superintendent|dean|head\s+office|corporate|headquarters|hq|management|leadership|it)";

    /// <summary>What a user calls their own business: "it's my label", "my brokerage, my decision".</summary>
    public const string BusinessNoun =
        @"(?:company|agency|business|shop|firm|practice|store|studio|brokerage|label|salon|clinic|restaurant|bakery|farm|gym|cafe|café|venue|garage|dealership|spa|boutique|consultancy|startup|school|franchise)";

    private const string Apos = @"['’]?";

    public static readonly Cue SelfDecidesCue = new(SelfDecides(),
    [
        "call", "decision", "choice", "budget", "money", "company", "agency", "business", "shop", "firm", "practice",
        "store", "studio", "decide", "card", "myself", "own", "nobody", "noone", "one", "decisions", "checkbook",
        "brokerage", "label", "salon", "clinic", "restaurant", "bakery", "farm", "gym", "cafe", "café", "venue", "garage",
        "dealership", "spa", "boutique", "consultancy", "startup", "franchise", "anyone", "anybody",
        "buck", "desk", "falls", "comes", "purse", "pursestrings", "alone", "need", "mind",
    ]);

    public static readonly Cue JointDecisionCue = new(JointDecision(),
    [
        "together", "both", "neither", "vote", "votes", "voting",
    ]);

    public static readonly Cue ApproverActsCue = new(ApproverActs(),
    [
        "approve", "approves", "okay", "ok", "okays", "sign", "signs", "green", "greenlight", "goes", "go", "going",
        "meets", "meet", "say", "veto", "bless", "sell", "convince", "approved", "set", "board",
    ]);

    public static readonly Cue OtherDecidesCue = new(OtherDecides(),
    [
        "decide", "decides", "pitch", "suggest", "recommend", "call", "calls", "shots", "say", "decision", "money", "budget",
        "checkbook", "chequebook", "depends", "get", "just", "only", "case", "recommending", "pitching", "proposing",
        "suggesting", "makes", "make",
    ]);

    public static readonly Cue ApproverMustActCue = new(ApproverMustAct(),
    [
        "need", "involved", "weigh", "signature", "signatures", "clear", "pass", "past", "signoff", "sign", "okay",
        "ok", "approval", "blessing", "nod", "go", "green", "greenlight", "front", "before", "request", "requisition",
        "req",
    ]);

    public static readonly Cue SomeoneElseChoosesCue = new(SomeoneElseChooses(),
    [
        "picks", "chooses", "selects", "decides", "gathering", "gather", "collecting", "researching", "scouting",
        "research", "legwork", "homework", "looking", "asked", "wanted", "told", "if", "wish",
        "call", "decision", "say", "word",
    ]);

    public static readonly Cue ConsultCue = new(Consult(),
    [
        "discuss", "discussing", "talk", "talking", "speak", "speaking", "consult", "consulting", "show", "showing",
        "run", "running",
    ]);

    public static readonly Cue ThresholdCue = new(Threshold(),
    [
        "over", "above", "more", "under", "below", "up",
    ]);

    public static readonly Cue UnderThresholdCue = new(UnderThreshold(),
    [
        "close", "under", "below", "near", "nowhere",
    ]);

    /// <summary>"its my call", "so ill decide", "is my agency, I decide", "ill put it on my card", "nobody to ask".</summary>
    [GeneratedRegex(@"\b(?:(?:it|that|this)" + Apos + @"s|(?:it|that|this)\s+is|^is|,\s*is)\s+(?:all\s+|really\s+|totally\s+|entirely\s+|just\s+)?my\s+(?:own\s+)?(?:call|decision|choice|budget|money|" + BusinessNoun + @")\b|\b(?:so|and|then)\s+i(?:" + Apos + @"ll|\s+will)?\s+(?:just\s+)?decide\b|\bi\s+decide\s*(?:[.,!;]|$|and\b|so\b)|(?:^\s*|[.,;!]\s*|\band\s+)i\s+decide\s+(?:on|about)\b|\bi(?:" + Apos + @"ll|\s+will)?\s+(?:just\s+)?make\s+up\s+my\s+mind\b|\bi\s+make\s+(?:all\s+)?(?:the\s+)?decisions?\b|\b(?:put|charge|stick|throw)\s+(?:it|this|that|them)\s+on\s+(?:my|the\s+company|our|the\s+business)\s+(?:credit\s+|company\s+|business\s+)?card\b|\bi\s+(?:can|could|will|" + Apos + @"ll)\s+(?:just\s+)?(?:sign|pay|buy|purchase|approve)\s+(?:for\s+)?(?:\w+\s+){0,4}?(?:myself|on\s+my\s+own|alone|by\s+myself)\b|\bno\s+need\s+to\s+(?:ask|consult|check\s+with)\s+(?:anyone|anybody)\b|\b(?:nobody|no\s+one|noone)\s+(?:else\s+)?(?:to\s+(?:ask|answer\s+to|check\s+with)|i\s+(?:need|have)\s+to\s+(?:ask|check\s+with))\b|\b(?:are|is)\s+my\s+budget\b|\bmy\s+checkbook\b|\bis\s+(?:basically|really|ultimately|pretty\s+much|mostly|all)\s+my\s+(?:call|decision|choice)\b|\bi\s+decide\s+(?:these\s+things|this|that|everything|myself|alone|on\s+my\s+own|what\s+we\s+(?:buy|use|spend))\b|\b(?:don" + Apos + @"t|do\s+not|never)\s+(?:need|have|got)\s+to\s+(?:ask|consult|check\s+with|clear\s+(?:it|this|that)\s+with|run\s+(?:it|this|that|things)\s+(?:by|past))\s+(?:anyone|anybody|nobody)\b" + SelfDecidesByPlace + @"|\b(?:don" + Apos + @"t|doesn" + Apos + @"t|wouldn" + Apos + @"t|won" + Apos + @"t|do\s+not|does\s+not|would\s+not|will\s+not|never)\s+need\s+(?:any\s+|an\s+)?(?:approval|permission|sign[\s-]?off|okay|ok|go[\s-]ahead)\s+from\s+(?:anyone|anybody|nobody)\b|\b(?:don" + Apos + @"t|doesn" + Apos + @"t|wouldn" + Apos + @"t|won" + Apos + @"t|do\s+not|does\s+not|would\s+not|will\s+not)\s+need\s+(?:anyone|anybody)" + Apos + @"s?\s+(?:okay|ok|approval|permission|sign[\s-]?off|blessing|go[\s-]ahead)\b|\bi\s+(?:control|manage|run|own|hold|have)\s+(?:the\s+|our\s+|my\s+)?(?:\w+\s+)?budget\b|\bi(?:" + Apos + @"ll|" + Apos + @"d|\s+will|\s+would)?\s+(?:be\s+)?mak(?:e|ing)\s+(?:the|a|that|this)\s+(?:final\s+)?(?:call|decision)\b", Options)]
    private static partial Regex SelfDecidesPattern();

    /// <summary>The decision comes to the user: "the buck stops with me", "it lands on my desk", "that falls to me",
    /// "I hold the purse strings".</summary>
    private const string SelfDecidesByPlace =
        @"|\b(?:buck\s+stops|(?:decision|call|choice|say)\s+(?:rests|lies|sits|stays))\s+with\s+me\b|\b(?:lands?|landing|ends?\s+up|falls?)\s+on\s+my\s+desk\b|\b(?:falls|comes\s+down)\s+to\s+me\b|\bi\s+(?:hold|control|have)\s+(?:the\s+)?purse[\s-]?strings\b";

    private static GuardedRegex? SelfDecidesGuarded;

    public static GuardedRegex SelfDecides() => SelfDecidesGuarded ??= new(SelfDecidesPattern());

    /// <summary>"Dee and I decide together", "we both have to say yes", "neither of us buys anything without the other", "partners vote".</summary>
    [GeneratedRegex(@"\b(?:decide|decides|decided|deciding|decisions?|choose|buy|spend|sign\s+off)\s+(?:\w+\s+){0,4}?together\b|\b(?:we|they)\s+both\s+(?:have|need|got)\s+to\s+(?:say\s+yes|agree|approve|sign|okay|ok|be\s+on\s+board|like\s+it)\b|\bboth\s+of\s+us\s+(?:have|need|got)\s+to\b|\bneither\s+(?:of\s+us|one\s+of\s+us)\s+(?:\w+\s+){0,4}?without\s+the\s+other\b|\b(?:partners|board|trustees|committee|council|members)\s+(?:have\s+to\s+|will\s+|would\s+|need\s+to\s+)?(?:vote|votes|voting)\b", Options)]
    private static partial Regex JointDecisionPattern();

    private static GuardedRegex? JointDecisionGuarded;

    public static GuardedRegex JointDecision() => JointDecisionGuarded ??= new(JointDecisionPattern());

    /// <summary>
    /// Someone else must approve: "he approves it", "my co-founder has to okay", "IT wont approve it", "it goes to the
    /// CEO", "has to go through our COO", "the committee meets in November", "I can sell him on that".
    /// </summary>
    [GeneratedRegex(@"\b(?:he|she|they|" + Approver + @")\s+(?:approves?|okays?|signs?\s+off\s+on|blesses)\s+(?:it|this|that|everything|anything|all|any|the\s+budget|purchases|spend\w*|software|tools)\b|\b(?:he|she|they|" + Approver + @")\s+(?:has\s+to|have\s+to|needs?\s+to|gotta|must|got\s+to|will\s+have\s+to|would\s+have\s+to|ha(?:s|ve)\s+got\s+to)\s+(?:okay|ok|approve|sign\s+off|green\s*light|bless|agree|say\s+yes)\b|\b(?:he|she|they|" + Approver + @")\s+(?:won" + Apos + @"t|will\s+not|wouldn" + Apos + @"t|would\s+not|will\s+never|is\s+not\s+going\s+to|isn" + Apos + @"t\s+going\s+to|is\s+gonna|isn" + Apos + @"t\s+gonna)\s+(?:ever\s+)?(?:approve|sign\s+off|okay)\b|\b(?:goes|go|going|gets\s+sent|get\s+sent)\s+(?:to|through|past|before|up\s+to)\s+(?:him|her|them|(?:my|our|the)\s+(?:\w+\s+){0,2}?" + Approver + @")\b|\b(?:board|trustees|committee|council|partners)\s+(?:meets?|meeting|signs?\s+off|approves?|has\s+to\s+approve)\b|\bbudgets?\s+(?:for\s+(?:next|this)\s+\w+\s+)?(?:gets?|get|will\s+be|are|is)\s+(?:approved|set)\s+(?:then|in|at|when|after)\b|\b(?:sell|convince)\s+(?:him|her|them|my\s+\w+|our\s+\w+)\s+on\b|\bget\s+(?:him|her|them)\s+on\s+board\b|\b(?:he|she|they)(?:" + Apos + @"s|\s+is|" + Apos + @"re|\s+are)\s+the\s+(?:one|ones|person|people)\s+(?:who|that)(?:" + Apos + @"d|\s+would|\s+will|" + Apos + @"ll|\s+has\s+to|\s+have\s+to)?\s+(?:signs?|approves?|okays?)\b", Options)]
    private static partial Regex ApproverActsPattern();

    private static GuardedRegex? ApproverActsGuarded;

    public static GuardedRegex ApproverActs() => ApproverActsGuarded ??= new(ApproverActsPattern());

    /// <summary>Someone else decides, the user pitches: "she decide the money", "he decides", "i just pitch it", "he calls the shots", "depends on my boss".</summary>
    [GeneratedRegex(@"\b(?:he|she)\s+(?:decides?|makes\s+(?:the|all\s+the)\s+(?:call|decision)s?|calls\s+the\s+shots|has\s+(?:the\s+)?(?:final|last)\s+say)\b|\bi\s+(?:just\s+|only\s+|can\s+only\s+)(?:pitch|suggest|recommend)\b|\b(?:he|she|they)(?:" + Apos + @"s|\s+is|" + Apos + @"re|\s+are)\s+the\s+(?:one|ones|person|people)\s+(?:who|that)\s+(?:decides?|makes?\s+the\s+(?:final\s+)?(?:call|decision))\b|\b(?:he|she|they)(?:" + Apos + @"d|" + Apos + @"ll|\s+would|\s+will)\s+make\s+the\s+(?:final\s+)?(?:call|decision)\b|\b(?:it|that)(?:" + Apos + @"s|\s+is)\s+(?:his|her|their)\s+(?:call|decision|money|budget|checkbook|chequebook)\b|\bdepends\s+(?:\w+\s+)?on\s+(?:him|her|(?:my|our|the)\s+(?:\w+\s+){0,2}?" + Approver + @")\b" + UserOnlyBrings + @"", Options)]
    private static partial Regex OtherDecidesPattern();

    /// <summary>
    /// The user prepares and someone else picks: "I don't get to pick", "I just bring it to them", "I just bring her
    /// something she can approve" (a person, never a place: "I just take them to the post office"), "I'm not gonna be
    /// able to make the case", "be the one recommending it", and the inverted object-first "the decision makes our CFO".
    /// </summary>
    private const string UserOnlyBrings =
        @"|\bi\s+(?:don" + Apos + @"t|do\s+not|never)\s+get\s+to\s+(?:pick|choose|decide|sign)\b"
        + @"|\bi\s+(?:just|only)\s+(?:(?:kind|sort)\s+of\s+)?(?:bring|take)\s+(?:(?:it|this|that|things|stuff|them)\s+(?:up\s+)?to\s+(?:him|her|them|(?:my|our|the)\s+(?:\w+\s+){0,2}?" + Approver + @")|(?:him|her|them)\s+(?:something|options|the\s+options))\b"
        + @"|\bmak(?:e|ing)\s+(?:the|a|my)\s+(?:business\s+)?case\b"
        + @"|\bthe\s+(?:one|person)\s+(?:recommending|pitching|proposing|suggesting)\b"
        + @"|\bthe\s+(?:final\s+)?decision\s+(?:makes|make)\s+(?:my|our|the)\s+(?:\w+\s+){0,2}?" + Approver + @"\b";

    private static GuardedRegex? OtherDecidesGuarded;

    public static GuardedRegex OtherDecides() => OtherDecidesGuarded ??= new(OtherDecidesPattern());

    /// <summary>Titles whose signature on a purchase is a sign-off (not "the owner's signature" on a lease).</summary>
    private const string SigningTitle =
        @"(?:ceo|cfo|coo|vp|gm|boss|manager|controller|comptroller|treasurer|director|president|principal|board|finance|procurement|purchasing|superintendent|chair|chairman|chairwoman)";

    /// <summary>
    /// More sign-offs said as what the approver must do or give: "my boss would need to okay it", "I'd need the CFO's
    /// signature", "a second signature from our treasurer", "the spend has to clear our finance committee",
    /// "procurement has to get involved", "it goes in front of the board", "I'd put in a purchase request".
    /// </summary>
    [GeneratedRegex(@"\b(?:he|she|they|" + Approver + @")(?:\s+would|\s+will|['’]d|['’]ll)\s+need\s+to\s+(?:okay|ok|approve|sign\s+off|green\s*light|bless|agree|say\s+yes|get\s+involved|be\s+involved|weigh\s+in)\b"
        + @"|\b(?:he|she|they|" + Approver + @")\s+(?:has\s+to|have\s+to|needs?\s+to|must|will\s+have\s+to|would\s+have\s+to)\s+(?:get\s+involved|be\s+involved|weigh\s+in)\b"
        + @"|\b(?:need|needs|needed|require|requires|get|getting)\s+(?:the|my|our|a)\s+(?:\w+\s+)?" + SigningTitle + @"['’]?s\s+(?:signature|sign[\s-]?off|signoff|okay|ok|approval|blessing|nod|go[\s-]?ahead|green\s*light)\b"
        + @"|\bsignatures?\s+from\s+(?:my|our)\s+(?:\w+\s+){0,2}?" + SigningTitle + @"\b"
        + @"|\b(?:has|have|needs?|need|got)\s+to\s+(?:clear|pass|get\s+past)\s+(?:my\s+|our\s+|the\s+)?(?:\w+\s+){0,2}?" + Approver + @"\b"
        + @"|\b(?:go|goes|going|put\s+it|bring\s+it|take\s+it)\s+(?:in\s+front\s+of|before)\s+(?:my|our|the)\s+(?:\w+\s+){0,2}?" + Approver + @"\b"
        + @"|\b(?:put|putting|submit|submitting|file|filing|raise|raising)\s+(?:in\s+)?(?:a|an)\s+(?:purchase|budget|spend|spending|software|capex)\s+(?:request|requisition|req)\b", Options)]
    private static partial Regex ApproverMustActPattern();

    private static GuardedRegex? ApproverMustActGuarded;

    public static GuardedRegex ApproverMustAct() => ApproverMustActGuarded ??= new(ApproverMustActPattern());

    /// <summary>
    /// More ways of saying someone else decides: "our director picks the vendor" (not "the owner picks option A" in a
    /// bid), "I'm gathering info for my manager", "my boss asked me to look into it", "the final call is with our
    /// director", and the counterfactual "if it were up to me".
    /// </summary>
    [GeneratedRegex(@"\b(?:my|our)\s+(?:\w+\s+){0,2}?" + Approver + @"\s+(?:picks|chooses|selects|decides\s+on)\s+(?:the\s+|which\s+|what\s+|our\s+|a\s+)?(?:vendors?|tools?|software|platforms?|systems?|providers?|solutions?|products?|apps?|one)\b"
        + @"|\b(?:gathering|gather|collecting|researching|scouting|(?:doing|do)\s+(?:the\s+|some\s+)?(?:research|legwork|homework)|looking\s+into\s+(?:it|this|options|tools))\s+(?:\w+\s+){0,3}?for\s+(?:my|our|the)\s+(?:\w+\s+){0,2}?" + Approver + @"\b"
        + @"|\b(?:my|our|the)\s+(?:\w+\s+){0,2}?" + Approver + @"\s+(?:asked|wanted|told)\s+me\s+to\s+(?:look|research|check|find|evaluate|scope)\b"
        + @"|\b(?:if|wish)\s+it\s+(?:were|was)\s+(?:(?:just|only|all|entirely)\s+)?(?:up\s+to\s+me|my\s+(?:call|decision|choice|money|budget))\b"
        + @"|\b(?:final\s+|last\s+)?(?:call|decision|say|word)\s+(?:is|lies|rests|sits|stays)\s+with\s+(?:my|our|the|him|her|them)\b", Options)]
    private static partial Regex SomeoneElseChoosesPattern();

    private static GuardedRegex? SomeoneElseChoosesGuarded;

    public static GuardedRegex SomeoneElseChooses() => SomeoneElseChoosesGuarded ??= new(SomeoneElseChoosesPattern());

    /// <summary>Talking it over with an approver, a soft sign-off: "I'll discuss it with my partner", "talk to my boss", "show it to the owner".</summary>
    [GeneratedRegex(@"\b(?:discuss\w*|talk\w*|speak\w*|consult\w*|show\w*|run\w*)\s+(?:(?:it|this|that|things|everything)\s+)?(?:over\s+|through\s+)?(?:with|to|by|past)\s+(?:my|our|the)\s+(?:\w+\s+){0,2}?" + Approver + @"\b", Options)]
    private static partial Regex ConsultPattern();

    private static GuardedRegex? ConsultGuarded;

    public static GuardedRegex Consult() => ConsultGuarded ??= new(ConsultPattern());

    /// <summary>A spending limit: "anything over 5 grand", "I can sign for anything under".</summary>
    [GeneratedRegex(@"\b(?:anything|everything|purchases?|spend\w*|stuff|things)\s+(?:over|above|more\s+than|under|below|up\s+to)\b", Options)]
    private static partial Regex ThresholdPattern();

    private static GuardedRegex? ThresholdGuarded;

    public static GuardedRegex Threshold() => ThresholdGuarded ??= new(ThresholdPattern());

    /// <summary>The purchase stays under the limit: "this wouldnt be close", "we're well under that".</summary>
    [GeneratedRegex(@"\b(?:(?:wouldn" + Apos + @"t|won" + Apos + @"t|isn" + Apos + @"t|not|nowhere)\s+(?:be\s+|even\s+|come\s+)?(?:close|near)\b|(?:well\s+|way\s+)?(?:under|below)\s+(?:that|it|the\s+limit)\b)", Options)]
    private static partial Regex UnderThresholdPattern();

    private static GuardedRegex? UnderThresholdGuarded;

    public static GuardedRegex UnderThreshold() => UnderThresholdGuarded ??= new(UnderThresholdPattern());
}
