using System.Text.RegularExpressions;
using VoiceAnalytics.Core.Analysis.Text.Cues;

namespace VoiceAnalytics.Core.Analysis.Sales.Deal.People;

/// <summary>What users say about who decides and who signs off. Apostrophes may be ASCII or typographic.</summary>
internal static partial class AuthorityCues
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.NonBacktracking;

    /// <summary>For patterns with lookarounds, which the non-backtracking engine cannot run.</summary>
    private const RegexOptions BacktrackingOptions = Options & ~RegexOptions.NonBacktracking;

    // Trigger words: every alternative of the cue's regex holds one, so the regex runs only on sentences with one.
    public static readonly Cue DecisionMakerCue = new(DecisionMaker(),
    [
        "call", "calls", "decision", "decisions", "choice", "budget", "money", "up", "deciding", "decides", "decide",
        "say", "buyer", "authority", "approve", "approves", "sign", "signs", "anyone", "anybody", "approval", "permission",
        "else", "checks", "own", "mine", "without", "decisions", "chooses", "choose",
    ]);

    public static readonly Cue OwnerCue = new(Owner(),
    [
        "own", "owner", "founder", "founders", "cofounder", "ceo", "president", "partner", "proprietor", "me",
        "person", "man", "woman", "boss", "company", "business", "agency", "firm", "store", "shop", "clinic",
        "practice", "studio", "salon", "restaurant",
    ]);

    public static readonly Cue InfluencerCue = new(Influencer(),
    [
        "call", "calls", "decision", "decisions", "choice", "budget", "up", "make", "approve", "say", "authority", "one",
        "buyer", "recommend", "recommendation", "pitch", "champion", "advocate", "decides", "checks", "purchase",
        "purchases", "decide", "signs", "rests", "lies", "sits", "final", "word", "decides", "chooses", "approves",
    ]);

    public static readonly Cue NeedsApprovalCue = new(NeedsApproval(),
    [
        "approve", "approves", "approved", "approving", "approval", "sign", "signs", "signed", "signoff", "green",
        "greenlight", "buy", "blessing", "permission", "ahead", "okay", "ok", "run", "check", "can't", "cant", "agree",
        "agrees", "vote", "votes", "ask", "handles", "review", "procurement", "purchasing", "board", "trustees", "finance",
        "partners", "committee", "council", "nod", "controls", "control", "alone", "myself", "own", "card", "cannot",
        "po", "order", "decide", "decides", "decision", "decisions", "choose", "jointly", "collectively", "consensus",
    ]);

    public static readonly Cue BudgetAvailableCue = new(BudgetAvailable(),
    [
        "budget", "money",
    ]);

    public static readonly Cue BudgetConstrainedCue = new(BudgetConstrained(),
    [
        "budget", "afford",
    ]);

    /// <summary>
    /// "it's my call", "up to me", "I'm the one deciding" (or holding the budget), "I have budget authority", "it's me
    /// who decides", "the budget is mine", "I make those decisions", "I don't need anyone's okay".
    /// </summary>
    [GeneratedRegex(@"\b(?:(?:it|that)(?:['’]s|\s+is)\s+(?:all\s+|entirely\s+|totally\s+|ultimately\s+)?(?:my|our)\s+(?:own\s+)?(?:call|decision|choice|budget|money)|(?:it|that)(?:['’]s|\s+is)\s+(?:all\s+|entirely\s+|ultimately\s+)?up\s+to\s+me|I(?:['’]m|\s+am)\s+the\s+(?:(?:only\s+)?(?:one|person)\s+(?:deciding|(?:holding|with|who\s+has|who\s+holds|that\s+has)\s+the\s+(?:budget|money|purse\s+strings)|(?:who|that)\s+(?:decides?|chooses?|approves?|signs?\s+off|signs\s+the\s+checks|makes\s+(?:the\s+)?(?:final\s+)?(?:call|decision)s?)|making\s+(?:the\s+)?(?:call|decision))|(?:final\s+)?decision[\s-]?maker|(?:one\s+with\s+the\s+)?final\s+say|buyer|budget\s+holder)|I\s+(?:make|made|take)\s+(?:the|all\s+the|all|those|these|such|that\s+kind\s+of|this\s+kind\s+of)\s+(?:final\s+)?(?:call|decision)s?|I\s+(?:have|hold|control|own|manage)\s+(?:the\s+|full\s+)?(?:budget|final\s+say|(?:(?:signing|budget|purchasing|buying|spending)\s+)?authority)|(?:it['’]?s|it\s+is)\s+(?:just\s+|only\s+)?me\s+(?:who|that)\s+(?:decides?|chooses?|approves?|signs|pays|makes\s+the\s+(?:call|decision))|(?:the\s+)?(?:budget|money|decision|call|choice)\s+is\s+(?:all\s+)?mine|I\s+(?:can|could)\s+(?:decide|approve|sign\s+off|make\s+(?:that|the|this)\s+(?:call|decision))|whatever\s+I\s+(?:decide|say|want)\s+goes|(?:don['’]?t|do\s+not)\s+need\s+(?:to\s+(?:check|clear\s+(?:it|this))\s+with\s+)?(?:anyone|anybody|any\s+(?:approval|sign[\s-]?off|permission))|(?:don['’]?t|do\s+not)\s+need\s+(?:anyone|anybody)(?:['’]s)?\s+(?:okay|ok|approval|permission|sign[\s-]?off|blessing)|no\s+one\s+else\s+(?:is\s+involved|needs\s+to\s+(?:approve|sign\s+off))|I\s+(?:sign|write|cut)\s+the\s+checks|I\s+(?:can\s+)?sign\s+off\s+on\s+(?:anything|everything|purchases|spend\w*|software|tools)|I\s+(?:can|could)\s+(?:buy|purchase|approve|sign\s+for)\s+(?:\w+\s+){0,6}?(?:on\s+my\s+own|myself|alone)|(?:don['’]?t|do\s+not)\s+need\s+to\s+(?:ask|consult|go\s+to|run\s+(?:it|this)\s+(?:by|past))\s+(?:anyone|anybody)|without\s+(?:going\s+to|asking|checking\s+with|consulting)\s+(?:anyone|anybody)|(?:so\s+|and\s+)I\s+decide|(?:company|business|shop|store|clinic|practice|agency|firm|school|studio)\s+is\s+mine)\b", Options)]
    private static partial Regex DecisionMakerPattern();

    private static GuardedRegex? DecisionMakerGuarded;

    public static GuardedRegex DecisionMaker() => DecisionMakerGuarded ??= new(DecisionMakerPattern());

    /// <summary>Owning the business or holding the top title: a weaker hint that the user decides alone.</summary>
    [GeneratedRegex(@"\b(?:I\s+own\b|(?:it|that)(?:['’]s|\s+is)\s+my\s+(?:own\s+)?(?:company|business|agency|firm|store|shop|clinic|practice|studio|salon|restaurant)\b|I(?:['’]m|\s+am)\s+(?:the\s+|a\s+|an\s+)?(?:\w+\s+){0,3}?(?:owner|founder|co-?founder|ceo|president|managing\s+partner|proprietor)\b|(?:it['’]s|I['’]m)\s+just\s+me\b|one[\s-](?:person|man|woman)\s+(?:\w+\s+)?(?:shop|business|operation|show|firm|practice|agency|band)|my\s+own\s+boss|I(?:['’]m|\s+am)\s+the\s+boss)", Options)]
    private static partial Regex OwnerPattern();

    private static GuardedRegex? OwnerGuarded;

    public static GuardedRegex Owner() => OwnerGuarded ??= new(OwnerPattern());

    /// <summary>Someone else decides: "not my call", "I'll recommend it", "my COO makes the call", "up to my boss".</summary>
    [GeneratedRegex(@"\b(?:not\s+(?:my|our)\s+(?:call|decision|choice|budget)(?!\s+alone)|(?:wouldn['’]?t|won['’]?t|would\s+not|will\s+not)\s+be\s+(?:my|our)\s+(?:call|decision|choice)(?!\s+alone)|put(?:ting)?\s+(?:a|the|my)\s+recommendation\s+together|(?:call|decision|choice)\s+(?:isn['’]?t|is\s+not)\s+(?:mine|ours)|(?:not|isn['’]?t)\s+up\s+to\s+me|I\s+(?:don['’]?t|do\s+not|can['’]?t|cannot)\s+(?:make|approve)\s+(?:the\s+|that\s+|this\s+|these\s+|any\s+)?(?:final\s+)?(?:call|decision|purchase)s?|I\s+(?:don['’]?t|do\s+not)\s+(?:have|control|own|hold)\s+(?:the\s+)?(?:budget|final\s+say|(?:signing\s+|budget\s+|purchasing\s+)?authority)|I(?:['’]m|\s+am)\s+not\s+(?:the\s+)?(?:one\s+(?:who|deciding|making)|(?:final\s+)?decision[\s-]?maker|buyer|budget\s+holder)|I(?:['’]ll|\s+will|['’]d|\s+would|\s+can|\s+could)\s+(?:\w+\s+)?(?:recommend|make\s+(?:a|the|my)\s+recommendation|put\s+(?:together\s+)?(?:a|my)\s+recommendation|pitch\s+(?:it|this)|champion|advocate)|recommendation\s+(?:for|to)\s+(?:my|our|the)|(?:my|our|the|he|she|they)\s+(?!(?:only\s+)?one\s+(?:who|that)\b)(?:\w+\s+){0,3}(?:makes?|will\s+make|would\s+make|has|gets|will\s+have)\s+(?:the|that|this|those)\s+(?:final\s+|actual\s+|real\s+|ultimate\s+|last\s+)?(?:call|decision|say|word)s?|(?:it['’]?s|it\s+is)\s+not\s+me\s+(?:who|that)\s+(?:decides?|chooses?|approves?|makes\s+the\s+(?:call|decision))|(?:my|our|the)\s+(?!(?:only\s+)?one\s+(?:who|that)\b)(?:\w+\s+){0,3}(?:decides|is\s+the\s+(?:final\s+)?decision[\s-]?maker|is\s+the\s+one\s+(?:who|that)\s+decides|signs\s+the\s+checks)|(?:it['’]s|that['’]s|it\s+is)\s+(?:really\s+)?up\s+to\s+(?:my|our|the|him|her|them)\b|(?:his|her|their)\s+(?:call|decision)|(?:make|makes|making|prepare|preparing|put(?:ting)?\s+together|write|writing|draft\w*)\s+(?:the|a|my|our)\s+recommendation|(?:they|he|she)(?:['’]ll|\s+will)\s+decide|(?:(?:final\s+)?decision|final\s+(?:approval|say)|(?:final|last)\s+word)\s+(?:is|lies|rests|sits)\s+(?:for|from|with)\s+(?:my|our|the|him|her|them|dr\b|mr\b|ms\b|mrs\b)|(?:my|our|the)\s+\w+(?:\s+\w+)?\s+signs\s+(?:any|all|every|the)\s+(?:\w+\s+)?(?:contract|purchase|check)s?)\b", BacktrackingOptions)]
    private static partial Regex InfluencerPattern();

    private static GuardedRegex? InfluencerGuarded;

    public static GuardedRegex Influencer() => InfluencerGuarded ??= new(InfluencerPattern());

    /// <summary>
    /// The user decides but needs sign-off: "I'd need our CFO to approve", "has to be approved by our board", "my
    /// director signs the PO", "we decide as a committee".
    /// </summary>
    [GeneratedRegex(@"\b(?:(?:need|needs|have\s+to|has\s+to|had\s+to|must|got\s+to|gotta|require|requires)\s+(?:to\s+)?(?:get\s+)?(?:[\w'’-]+\s+){0,4}?(?:approv\w*\b(?!\s+(?:workflows?|flows?|steps?|chains?|routing|rules?|features?))|sign(?:s|ed)?[\s-]+off|sign-?off|green[\s-]?light|buy[\s-]?in|blessing|permission|go[\s-]ahead|nod|agree\w*|vote\s+on\s+it|(?:[\w-]+['’]s|the|their|his|her)\s+(?:okay|ok|nod)|(?:my|our|the|him|her|them)\s+(?:[\w'’-]+\s+){0,3}?to\s+(?:okay|ok)\b)|(?:approved|signed\s+off)\s+by|run\s+(?:(?:it|this|that|things|everything)\s+)?(?:by|past)|(?:must|have\s+to|has\s+to|need\s+to|gotta)\s+(?:first\s+)?ask\s+(?:to\s+)?(?:my|our|the)|(?:approves|signs\s+off\s+on|handles|controls|they\s+control)\s+(?:all|any|every|our)\s+(?:\w+\s+)?(?:spend\w*|purchas\w*|software|tools|contracts|subscriptions?)|(?:goes|go|going)\s+(?:to|through|before)\s+(?:my|our|the)\s+(?:[\w-]+\s+){0,4}?for\s+(?:an?\s+)?(?:approval|vote|sign[\s-]?off|review)|(?:has|have|needs?)\s+to\s+go\s+(?:through|to|before|past)\s+(?:my\s+|our\s+|the\s+)?(?:\w+\s+)?(?:procurement|purchasing|board|trustees|finance|partners|committee|council|approval)|(?:vote|votes|voted)\s+on\s+(?:it|this|that|anything|everything|any|all|every)|(?:the|our|my)\s+(?:\w+\s+){0,2}(?:vote|votes)\s+on|(?:my|our|the)\s+(?!(?:only\s+)?one\s+(?:who|that)\b)(?:[\w’']+,?\s+){1,4}(?:approves|signs\s+off)|(?:my|our|the)\s+(?:\w+\s+){1,2}?(?:will|would|won['’]?t|wouldn['’]?t|has\s+to|must|needs?\s+to)\s+(?:never\s+|not\s+)?(?:approve|sign\s+off)|check\s+with\s+(?:my|our|the)|(?:pending|subject\s+to|needs?|requires?)\s+(?:\w+\s+)?approval(?!\s+(?:workflows?|flows?|steps?|chains?|routing|rules?|features?))|approval\s+(?:process|from)|(?:my|our|the)\s+(?!(?:only\s+)?one\s+(?:who|that)\b)(?:\w+\s+){1,3}(?:approves|signs\s+off)|not\s+(?:my|our)\s+(?:call|decision|choice)\s+alone|(?:can['’]?t|cannot|can\s+not)\s+(?:just\s+)?(?:buy|purchase|sign|approve|commit\s+to)\s+(?:\w+\s+){0,4}?(?:myself|on\s+my\s+own|alone)|(?:can['’]?t|cannot)\s+(?:just\s+)?(?:put|charge)\s+(?:it|this|that)\s+on\s+(?:the|my|our|a)\s+(?:company\s+)?(?:credit\s+)?card|can['’]?t\s+(?:just\s+)?(?:buy|purchase|sign\s+up\s+for)\s+(?:\w+\s+)?(?:on\s+my\s+own|software|anything|things|stuff|it|this|that)|(?:need|needs|have\s+to|has\s+to|must|require|requires|got\s+to|gotta)\s+(?:\w+\s+){0,3}?(?:purchase\s+order|PO)|(?:sign|signs|approve|approves|issue|issues|raise|raises|cut|cuts)\s+(?:the|a|our)\s+(?:purchase\s+order|PO)|(?:decide|decides|decision|decisions|choose|vote)\s+(?:\w+\s+){0,3}?(?:as\s+a\s+(?:committee|team|group|board)|by\s+(?:committee|consensus)|collectively|jointly)|(?:team|group|committee|joint|board|collective)\s+decision)\b", BacktrackingOptions)]
    private static partial Regex NeedsApprovalPattern();

    private static GuardedRegex? NeedsApprovalGuarded;

    public static GuardedRegex NeedsApproval() => NeedsApprovalGuarded ??= new(NeedsApprovalPattern());

    /// <summary>Money is there: "we have some Q4 budget", "it's my budget", "budget is approved".</summary>
    [GeneratedRegex(@"\b(?:(?:we|I)\s+(?:have|['’]ve\s+got|got|still\s+have)\s+(?:some\s+|the\s+|a\s+|enough\s+|money\s+in\s+the\s+)?(?:\w+\s+)?budget|budget\s+(?:is\s+|has\s+been\s+)?(?:approved|allocated|set\s+aside|earmarked|available|already\s+approved)|(?:it|that)(?:['’]s|\s+is)\s+(?:my|our)\s+budget|money\s+(?:is\s+not|isn['’]?t)\s+(?:really\s+)?(?:an\s+)?(?:issue|problem))\b", Options)]
    private static partial Regex BudgetAvailablePattern();

    private static GuardedRegex? BudgetAvailableGuarded;

    public static GuardedRegex BudgetAvailable() => BudgetAvailableGuarded ??= new(BudgetAvailablePattern());

    /// <summary>Money is short: "our budget is really tight", "I doubt we can afford", "no budget this year".</summary>
    [GeneratedRegex(@"\b(?:budget\s+(?:is\s+)?(?:really\s+|very\s+|pretty\s+|super\s+|kind\s+of\s+)?(?:tight|limited|small|stretched|frozen|cut|gone|spent)|tight\s+budget|(?:no|zero|limited|small|tiny)\s+budget|(?:can['’]?t|cannot|couldn['’]?t)\s+afford|doubt\s+(?:we|I)\s+(?:can|could)\s+afford|(?:don['’]?t|do\s+not)\s+have\s+(?:the\s+|a\s+|any\s+)?budget|out\s+of\s+(?:our|my)\s+budget|over\s+(?:our|my)\s+budget|budget\s+freeze)\b", Options)]
    private static partial Regex BudgetConstrainedPattern();

    private static GuardedRegex? BudgetConstrainedGuarded;

    public static GuardedRegex BudgetConstrained() => BudgetConstrainedGuarded ??= new(BudgetConstrainedPattern());
}
