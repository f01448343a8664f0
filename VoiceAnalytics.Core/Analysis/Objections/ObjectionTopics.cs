using System.Buffers;
using System.Text.RegularExpressions;
using VoiceAnalytics.Core.Analysis.Sales;
using VoiceAnalytics.Core.Analysis.Text;
using VoiceAnalytics.Core.Analysis.Text.Cues;

namespace VoiceAnalytics.Core.Analysis.Objections;

/// <summary>
/// Markers that make a nearby topic an objection ("problem", "non-starter", "have to approve") and the topic
/// vocabularies that give it its category (security and legal words, price words, integration words).
/// </summary>
internal static partial class ObjectionTopics
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    /// <summary>For patterns with lookarounds, which the non-backtracking engine cannot run.</summary>
    private const RegexOptions BacktrackingOptions = Options & ~RegexOptions.NonBacktracking;

    /// <summary>The category of the first topic found in the range: trust, then pricing, then integration.</summary>
    public static string? CategoryIn(string text, int start, int end)
    {
        var length = end - start;
        if (length <= 0)
        {
            return null;
        }

        if (Trust().Match(text, start, length).Success)
        {
            return ObjectionCategories.Trust;
        }

        if (Pricing().Match(text, start, length).Success)
        {
            return ObjectionCategories.Pricing;
        }

        if (Integration().Match(text, start, length).Success)
        {
            return ObjectionCategories.Integration;
        }

        return Timing().Match(text, start, length).Success ? ObjectionCategories.Timing : null;
    }

    /// <summary>True when the range holds a topic of <paramref name="category"/> (trust, pricing or integration).</summary>
    public static bool Has(string category, string text, int start, int end)
    {
        var topic = Topic(category);
        return topic is not null && end > start && topic.Match(text, start, end - start).Success;
    }

    /// <summary>The topic vocabulary of <paramref name="category"/> (trust, pricing, integration, timing), or null.</summary>
    public static GuardedRegex? Topic(string category) =>
        category switch
        {
            ObjectionCategories.Trust => Trust(),
            ObjectionCategories.Pricing => Pricing(),
            ObjectionCategories.Integration => Integration(),
            ObjectionCategories.Timing => Timing(),
            _ => null,
        };

    [GeneratedRegex(
        @"\b(?:problem|issue|concern(?:ed|s)?|worr(?:y|ied|ies|ying)|catch|bummer|sticking\s+point|hesita\w+|frustrat\w+|hard\s+sell|hurdle|blocker"
        + @"|deal[- ]?breaker|non-?starter|not\s+switching|won['’]?t\s+(?:switch|buy|sign)|got\s+burned|pointless|look\s+elsewhere"
        + @"|skeptic\w*|suspicious|wary|nervous|twitchy|jumpy|antsy|uneasy|uncomfortable|anxious|paranoid|balk|useless|ridiculous|disappoint\w*|dead\s+in\s+the\s+water|kills?\s+(?:it|the\s+deal|us)|(?:would|will|['’]d|gonna)\s+kill\s+(?:us|me|it|the\s+(?:\w+\s+)?(?:point|savings?|benefit|value|whole))"
        + @"|not\s+(?:interested|worth\w*|happening|going\s+to\s+work)|no\s+(?:sense|point|go)|no-go|hard\s+no|overkill|what['’]?s\s+the\s+point|i['’]?m\s+out|it['’]?s\s+a\s+no|(?:a|the)\s+(?:big\s+)?gap)\b",
        Options)]
    private static partial Regex ConcernPattern();

    private static GuardedRegex? ConcernGuarded;

    public static GuardedRegex Concern() => ConcernGuarded ??= new(ConcernPattern());

    /// <summary>
    /// A problem handed to someone else ("NetSuite is accounting's problem", "that's IT's headache", "not my problem"):
    /// the user sets the topic aside instead of raising it.
    /// </summary>
    [GeneratedRegex(
        @"\b(?:(?:someone|somebody|anyone)\s+else['’]?s|(?!(?:it|that|there|what|here|who|he|she|this)['’]s)\w+['’]s|not\s+(?:my|our)|their|his|her)\s+(?:problem|issue|headache|concern|department|call)\b",
        BacktrackingOptions)]
    private static partial Regex HandedOffPattern();

    private static readonly GuardedRegex HandedOffGuarded = new(HandedOffPattern());

    public static GuardedRegex HandedOff() => HandedOffGuarded;

    /// <summary>A requirement that gates the purchase ("can't move forward without", "required", "have to approve", "our board will want to know").</summary>
    [GeneratedRegex(
        @"\b(?:can['’]?t|cannot|won['’]?t|couldn['’]?t)\s+(?:\w+\s+){0,5}?without\b|\b(?:need|needs|have|has)\s+to\s+(?:be\s+(?:sure|certain|confident)|approve|sign\s+off|pass|review|vet|clear|think\s+about)\b"
        + @"|\bneed\s+to\s+(?:know|confirm)\s+(?:before|for\s+sure)\b|\b(?:require|requires|required|requirement|mandatory|must)\b|\bthe\s+big\s+one\b|\bgoing\s+to\s+matter\b|\bmatters?\s+(?:a\s+lot\s+)?(?:to|in|for)\s+(?:our|my|us|the|disputes|court|audits)\b"
        + @"|\bbefore\s+(?:we|i)\s+(?:can\s+)?(?:put|commit|move|sign|go|buy|roll)\b|\bbefore\s+anything\s+(?:goes|is|gets)\b"
        + @"|\b(?:will|['’]ll|would|['’]d|going\s+to|gonna)\s+(?:definitely\s+|probably\s+|also\s+)?(?:want|need)\s+to\s+(?:know|see|confirm|make\s+sure|be\s+sure)\b"
        + @"|\b(?:has|have|needs?)\s+to\s+(?:go\s+through|get\s+through|prove|show)\b|\bnon-?negotiable\b|\b(?:would|will)\s+(?:not|never)\s+(?:accept|approve|allow|sign\s+off)|\b(?:won['’]?t|wouldn['’]?t)\s+(?:accept|approve|allow|sign\s+off)"
        + @"|\b(?:going\s+to|gonna|will|['’]ll)\s+(?:definitely\s+)?ask\s+(?:(?:me|us|you)\s+)?(?:if|whether|about|for|is|are|does|do|can|will)\b|\bfirst\s+thing\s+(?:\w+\s+){0,4}(?:ask|want)|\bcan['’]?t\s+have\s+(?:it|the\s+data|data)\b"
        // the purchase hangs on the answer: a failed condition ("if not, we're done", "if it isn't, it's my head"), an
        // exclusion ("anything that doesn't meet", "any tool that doesn't have"), the data called sensitive
        + @"|\bif\s+(?:not|cannot|can['’]?t|(?:it|you|they|that)\s+(?:can['’]?t|cannot|doesn['’]?t|don['’]?t|isn['’]?t|aren['’]?t|won['’]?t|is\s+not|are\s+not)|(?:it|you|they|that)['’](?:s|re)\s+not)\W+(?:[\w'’]+\s+){0,3}?"
        + @"(?:(?:we['’]?re|i['’]?m|it['’]?s|we\s+are|i\s+am)\s+(?:done|out)|no\s+deal|can['’]?t|cannot|won['’]?t|not\s+(?:going|gonna|buying|happening|an\s+option)|my\s+head|dead|a\s+(?:hard\s+)?no|walk)"
        + @"|\b(?:any|anything|every|everything)\s+(?:\w+\s+)?(?:that|which)\s+(?:doesn['’]?t|don['’]?t|isn['’]?t|aren['’]?t|can['’]?t|won['’]?t|does\s+not|is\s+not|fails)\b"
        + @"|\b(?:private|sensitive|confidential|personal|patient|medical|health|financial)\s+(?:information|info|data|details|records)\b",
        Options)]
    private static partial Regex GatePattern();

    private static GuardedRegex? GateGuarded;

    public static GuardedRegex Gate() => GateGuarded ??= new(GatePattern());

    [GeneratedRegex(
        @"\b(?:security|secure|compliance|compliant|hipaa|soc\s*(?:2|ii|two)|gdpr|ccpa|ferpa|fedramp|iso\s*27001|pci|baa|business\s+associate|encrypt\w*|data\s+residency|privacy"
        + @"|single\s+sign[- ]on|sso|saml|shibboleth|okta|irb|legally|enforceab\w+|legal(?:ly)?\s+(?:valid|binding|for)|legit|holds?\s+up|binding|dpa|audit(?:s|ors?|ed)?|security\s+review|records\s+retention|retention\s+(?:rules?|polic(?:y|ies)|requirements?|periods?|schedules?|laws?)|regulat(?:or|ors|ions?|ed)|(?:data\s+)?(?:leak(?:s|ed)?|breach(?:es)?)|hack(?:ed|s)?"
        + @"|servers?|offshore|data\s+(?:must|has\s+to|needs\s+to|to|should)\s+stay|where\s+(?:\w+\s+){0,2}?(?:data|files|documents|records)\s+(?:\w+\s+)?(?:lives?|is\s+stored|are\s+stored|sits?|goes|is\s+kept|are\s+kept|is\s+held|are\s+held)"
        + @"|risk\s+assessment|tamper\w*|(?:kept|keep|retain\w*|stored?)\s+(?:for\s+)?(?:\w+\s+){0,2}years|(?:is|are)\s+(?:it|that|this|everything|the\s+data|our\s+data|my\s+data)\s+safe|trust\s+(?:\w+\s+){1,4}with\s+(?:our|my|their|client|customer|patient)"
        + @"|(?:in|inside|within)\s+the\s+eu|vendor\s+list"
        // data kept in a region ("if it is not in Europe", "has to stay in the United States")
        + @"|(?:stored|hosted|kept|stay|stays|be|is|are|located|resides?)\s+(?:\w+\s+)?(?:in|inside|within)\s+(?:the\s+)?(?:eu|europe|european\s+union|usa|united\s+states|canada|australia)"
        + @"|(?:is|be|even|it['’]?s|are|isn['’]?t|not)\s+(?:\w+\s+)?legal\b(?!\s+(?:team|counsel|department|review|folks|people)))\b",
        BacktrackingOptions)]
    private static partial Regex TrustPattern();

    private static readonly GuardedRegex TrustGuarded = new(TrustPattern());

    public static GuardedRegex Trust() => TrustGuarded;

    [GeneratedRegex(
        @"\b(?:price|prices|pricing|priced|cost|costs|costing|budget|money|expensive|afford\w*|fee|fees|per\s+(?:seat|user|envelope|document|doc|contract)|bucks|dollars|paying|pay\s+for|enterprise\s+(?:only|plan|tier|pricing|contract))\b",
        Options)]
    private static partial Regex PricingPattern();

    private static GuardedRegex? PricingGuarded;

    public static GuardedRegex Pricing() => PricingGuarded ??= new(PricingPattern());

    /// <summary>
    /// Guards for "connect": a signal, an internet connection or working without one ("no signal so it has to work
    /// without a connection", "spotty connection at the dock") is network coverage, a capability, not an integration.
    /// </summary>
    internal const string NotNetwork =
        @"(?<!\b(?:internet|network|wi-?fi|cell(?:ular)?|data|signal|mobile|bad|poor|weak|spotty|patchy|lost|offline|stable|reliable|without(?:\s+an?|\s+any)?)\s+)";

    internal const string NotToNetwork = @"(?!\s+to\s+(?:the\s+)?(?:internet|wi-?fi|network|cell))";

    [GeneratedRegex(
        @"\b(?:integrat\w*|sync\w*|" + NotNetwork + @"connect(?:s|ed|ion|ions|or|ors)?" + NotToNetwork + @"|plug(?:s|ged)?\s+in(?:to)?|native(?:ly)?|zapier|crm|ats|tms|dms|erp|webhooks?"
        + @"|(?:does|do|will|would|can)\s+(?:it|pandadoc|you|this|that)\s+(?:work|play|talk)\s+with"
        + @"|re-?typ\w*|re-?key\w*|re-?enter\w*|double[- ](?:entry|entering|enter|key\w*)|type\s+(?:\w+\s+){0,2}(?:twice|double|again)|push(?:es|ed)?\s+(?:in)?to|talks?\s+to|map(?:s|ping)?\s+(?:\w+\s+)?fields"
        + @"|salesforce|hubspot|pipedrive|zoho\s+crm|dynamics|quickbooks|xero|netsuite|slack|google\s+drive|onedrive|sharepoint|dropbox(?!\s+sign))\b",
        BacktrackingOptions)]
    private static partial Regex IntegrationPattern();

    private static readonly GuardedRegex IntegrationGuarded = new(IntegrationPattern());

    public static GuardedRegex Integration() => IntegrationGuarded;

    /// <summary>Timing as the subject of a concern ("the difficulty is timing", "it's our busy season", "december is our busiest month").</summary>
    [GeneratedRegex(
        @"\b(?:timing|time\s+of\s+(?:the\s+)?year|(?:busy|peak|holiday|tax|slow|renewal|wedding|harvest|enrollment|enrolment)\s+season|(?:holiday|year[- ]end|quarter[- ]end)\s+(?:rush|crunch|close)"
        + @"|busiest\s+(?:month|time|week|season|period|quarter)|mid-?(?:migration|season|rollout|audit)|flat\s+out)\b",
        Options)]
    private static partial Regex TimingPattern();

    private static GuardedRegex? TimingGuarded;

    public static GuardedRegex Timing() => TimingGuarded ??= new(TimingPattern());

    /// <summary>An agent offer or request for the user's time ("would you like me to book a call", "is now a good time").</summary>
    [GeneratedRegex(
        @"\b(?:would\s+you\s+like\s+(?:me|a|an|to\s+(?:book|set|schedule|talk|speak|meet|have|get))|do\s+you\s+want\s+(?:me|a|an)|want\s+me\s+to|shall\s+i|should\s+i|can\s+i\s+(?:book|set|schedule|send)|would\s+(?:a|an|it)\s+(?:\w+\s+){0,8}?(?:help|make\s+sense|be\s+(?:useful|helpful))"
        + @"|is\s+(?:now|this)\s+a\s+good\s+time|do\s+you\s+have\s+(?:a\s+)?(?:few|couple|minute|moment|sec)|anything\s+else)\b",
        Options)]
    private static partial Regex OfferQuestionPattern();

    private static GuardedRegex? OfferQuestionGuarded;

    public static GuardedRegex OfferQuestion() => OfferQuestionGuarded ??= new(OfferQuestionPattern());

    /// <summary>A reason or a date given with a decline ("maybe later, when enrolment closes", "not before January").</summary>
    [GeneratedRegex(@"\b(?:when|once|until|till|before|after|too\s+early|middle\s+of|busy|slammed|swamped|going\s+on|too\s+much|next\s+(?:week|month|quarter|year|season)|in\s+(?:a\s+few|\w+)\s+(?:weeks|months)|later\s+in|in\s+the\s+(?:year|spring|summer|fall|autumn|winter|new\s+year))\b", Options)]
    private static partial Regex DeferralReasonPattern();

    private static GuardedRegex? DeferralReasonGuarded;

    public static GuardedRegex DeferralReason() => DeferralReasonGuarded ??= new(DeferralReasonPattern());

    /// <summary>The call itself being badly timed ("I'm driving", "call me back"), not the purchase.</summary>
    [GeneratedRegex(@"\b(?:driving|in\s+a\s+meeting|call\s+(?:me\s+)?back|call\s+(?:me\s+)?(?:later|another|tomorrow)|to\s+talk|on\s+the\s+road|with\s+a\s+(?:customer|client|patient))\b", Options)]
    private static partial Regex CallTimingPattern();

    private static GuardedRegex? CallTimingGuarded;

    public static GuardedRegex CallTiming() => CallTimingGuarded ??= new(CallTimingPattern());

    /// <summary>
    /// The trial product failing the user: crashes, bugs, lost work, logging out ("the editor crashed and I lost a
    /// proposal", "it keeps logging me out", "is this a known bug").
    /// </summary>
    [GeneratedRegex(
        @"\b(?:crash(?:ed|es|ing)?|bugs?|buggy|glitch\w*|froze|freez(?:es|ing)|keeps?\s+(?:crashing|freezing|logging\s+(?:me\s+)?out|dropping|losing|deleting|erasing|timing\s+out)"
        + @"|(?:lost|losing)\s+(?:my|the|a|all)\s+(?:\w+\s+)?(?:work|proposal|document|draft|changes|fields|edits)|why\s+does\s+it\s+keep|(?:charged|billed)\s+(?:\S+\s+)?(?:on|to)\s+my\s+card)\b",
        Options)]
    private static partial Regex ProductDefectPattern();

    private static GuardedRegex? ProductDefectGuarded;

    public static GuardedRegex ProductDefect() => ProductDefectGuarded ??= new(ProductDefectPattern());

    /// <summary>An agent question inviting objections ("anything that concerns you?", "what's holding you back?").</summary>
    [GeneratedRegex(
        @"\b(?:concerns?|concerned|worr(?:y|ies|ied)|hesita\w+|reservations|holding\s+you\s+back|hold\s+you\s+back|stop\s+you|in\s+the\s+way|sticking\s+points?|hurdles?|blockers?|challenges?|deal[- ]?breakers?)\b[^.!?]*\?",
        Options)]
    private static partial Regex ConcernQuestionPattern();

    private static GuardedRegex? ConcernQuestionGuarded;

    public static GuardedRegex ConcernQuestion() => ConcernQuestionGuarded ??= new(ConcernQuestionPattern());

    /// <summary>The user accepting a gap ("that's okay, we can live without it").</summary>
    [GeneratedRegex(@"\b(?:can|could)\s+live\s+without\b|^\W*(?:(?:oh|ah|hm+|well|yeah|yes|ok|okay)\W+){0,2}(?:fine|(?:that['’]?s|it['’]?s)\s+(?:okay|ok|fine|alright|all\s+right|easy))\b", Options)]
    private static partial Regex AcceptancePattern();

    private static GuardedRegex? AcceptanceGuarded;

    public static GuardedRegex Acceptance() => AcceptanceGuarded ??= new(AcceptancePattern());

    /// <summary>
    /// The user accepts the gap, read in concession order (what follows "but" stands): an acceptance
    /// (<see cref="Acceptance"/>) its sentence does not take back with "but" ("I can live without it for now but she'll
    /// ask" keeps the gap), or regret conceded to a way round it ("that's a pity, but we can have a separate form for now").
    /// </summary>
    public static bool Accepts(string text)
    {
        var m = Acceptance().Match(text);
        if (!m.Success)
        {
            return WayRoundAfterBut().IsMatch(text);
        }

        var after = m.Index + m.Length;
        var (_, end) = SentenceBounds.Around(text, m.Index);
        return end <= after || !CueText.HasWord(text.AsSpan(after, end - after), ConcessionWords);
    }

    private static readonly string[] ConcessionWords = ["but"];

    /// <summary>"..., but we can / we'll / I could do X for now (instead, in the meantime)": the user's own way round a gap.</summary>
    [GeneratedRegex(@"\bbut\s+(?:we|i)\s+(?:can|could|will|['’]ll)\s+[^.!?]{0,60}?\b(?:for\s+now|instead|in\s+the\s+meantime|meanwhile)\b", Options)]
    private static partial Regex WayRoundAfterButPattern();

    private static GuardedRegex? WayRoundAfterButGuarded;

    private static GuardedRegex WayRoundAfterBut() => WayRoundAfterButGuarded ??= new(WayRoundAfterButPattern());

    /// <summary>An answer that declines to name a concern ("no, not really", "nothing comes to mind").</summary>
    [GeneratedRegex(@"^\W*(?:(?:um+|uh+|hm+|well|so|honestly)\W+)?(?:no|nope|nah|nothing|not\s+really|none|i\s+don['’]?t\s+think\s+so)\b(?!\s+(?:doubt|question))", BacktrackingOptions)]
    private static partial Regex DeclinesPattern();

    private static readonly GuardedRegex DeclinesGuarded = new(DeclinesPattern());

    public static GuardedRegex Declines() => DeclinesGuarded;

    /// <summary>The user doubting that an e-signature is legally valid ("is that even legal", "would it hold up").</summary>
    [GeneratedRegex(
        @"\b(?:is|are|would|will|does|do)\s+(?:[\w'’-]+\s+){0,8}?(?:legal|legally\s+(?:binding|valid)|legit(?:imate)?|enforceable|valid|binding|hold\s+up|stand\s+up)\b"
        + @"|\b(?:ask(?:s|ed|ing)?|know|sure|wonder\w*)\s+(?:(?:me|us|him|her|them)\s+)?(?:if|whether)\s+(?:[\w'’-]+\s+){0,8}?(?:legal|legally|legit(?:imate)?|enforceable|valid|binding|holds?\s+up|stands?\s+up)\b"
        // an embedded question on validity is a doubt whoever frames it ("the bigger thing is whether an e-signed letter would stand up")
        + @"|\bwhether\s+(?:[\w'’-]+\s+){0,8}?(?:legal|legally|legit(?:imate)?|enforceable|valid|binding|holds?\s+up|stands?\s+up)\b"
        // wanting assurance that signatures will stand ("they want to know these signatures will stand up if a client disputes one")
        + @"|\b(?:know|sure|confident|certain|convinced)\s+(?:that\s+)?(?:\w+\s+){0,4}?(?:will|would|is|are)\s+(?:\w+\s+)?(?:stand\s+up|hold\s+up|(?:legally\s+)?binding|enforceable)\b"
        // a risk put as a question ("what happens if it's not legally valid in Germany?", "what if a signature doesn't hold up")
        + @"|\bwhat\s+(?:happens\s+)?if\s+(?:[\w'’-]+\s+){0,6}?(?:legal|legally|valid|binding|enforceable|holds?\s+up|stands?\s+up|admissible)\b",
        Options)]
    private static partial Regex LegalDoubtPattern();

    private static GuardedRegex? LegalDoubtGuarded;

    public static GuardedRegex LegalDoubt() => LegalDoubtGuarded ??= new(LegalDoubtPattern());

    /// <summary>Something connected that does not work ("it's been flaky", "quotes aren't syncing back").</summary>
    [GeneratedRegex(
        @"\b(?:flaky|broken|unreliable|buggy|out\s+of\s+sync|not\s+(?:syncing|working|updating|connecting)|(?:keeps?|kept)\s+(?:failing|breaking|dropping|disconnecting)"
        + @"|(?:isn['’]?t|aren['’]?t|doesn['’]?t|don['’]?t|won['’]?t|wasn['’]?t|weren['’]?t)\s+(?:\w+\s+)?(?:sync|syncing|work|working|update|updating|connect|connecting))\b",
        Options)]
    private static partial Regex MalfunctionPattern();

    private static GuardedRegex? MalfunctionGuarded;

    public static GuardedRegex Malfunction() => MalfunctionGuarded ??= new(MalfunctionPattern());

    [GeneratedRegex(
        @"\b(?:non-?starter|deal[- ]?breaker|not\s+switching|won['’]?t\s+(?:switch|buy|move\s+forward)|(?:can['’]?t|cannot)\s+(?:move\s+forward|proceed|go\s+ahead|afford|switch|roll)"
        + @"|couldn['’]?t\s+(?:afford|switch|roll)|without\s+(?:that|it|this)|pointless|look\s+elsewhere|forget\s+it|required|mandatory|a\s+must|must\s+have|hard\s+sell|locked\s+in|no\s+way|can['’]?t\s+just\s+buy)\b",
        Options)]
    private static partial Regex BlockerPattern();

    private static GuardedRegex? BlockerGuarded;

    public static GuardedRegex Blocker() => BlockerGuarded ??= new(BlockerPattern());

    /// <summary>An agent question about the tool the user has today: the answer's complaints are about that tool.</summary>
    [GeneratedRegex(
        @"\b(?:using|use)\s+(?:\w+\s+){0,3}?(?:now|today|currently|right\s+now|at\s+the\s+moment)\b|\bcurrent(?:ly)?\s+(?:tool|solution|setup|process|using|vendor|provider)\b"
        + @"|\bwhat\s+(?:are|do)\s+you\s+(?:\w+\s+)?us(?:e|ing)\b|\bwhat['’]?s\s+not\s+working\b",
        Options)]
    private static partial Regex CurrentToolQuestionPattern();

    private static GuardedRegex? CurrentToolQuestionGuarded;

    public static GuardedRegex CurrentToolQuestion() => CurrentToolQuestionGuarded ??= new(CurrentToolQuestionPattern());

    /// <summary>
    /// Words that tie a complaint to PandaDoc rather than to the incumbent. A "you" that someone else makes or lets do
    /// something ("the HIPAA tier they make you buy", "it lets you") is anyone, not the agent.
    /// </summary>
    [GeneratedRegex(@"\b(?:pandadoc|(?<!\b(?:make|makes|made|let|lets|force|forces|forced)\s+)you|your|yours|plan|plans|seat|seats)\b", BacktrackingOptions)]
    private static partial Regex AboutPandaDocPattern();

    private static GuardedRegex? AboutPandaDocGuarded;

    public static GuardedRegex AboutPandaDoc() => AboutPandaDocGuarded ??= new(AboutPandaDocPattern());

    /// <summary>The user saying a capability is missing ("it doesn't support", "the editor lacks").</summary>
    [GeneratedRegex(
        @"\b(?:it|pandadoc|you|the\s+\w+)\s+(?:doesn['’]?t|does\s+not|don['’]?t|can['’]?t|cannot)\s+(?:even\s+|really\s+|actually\s+)?(?:have(?!\s+to\b)|support|offer|do|handle)\b|\b(?:missing|lacks?|lacking)\b",
        BacktrackingOptions)]
    private static partial Regex MissingCapabilityPattern();

    private static readonly GuardedRegex MissingCapabilityGuarded = new(MissingCapabilityPattern());

    public static GuardedRegex MissingCapability() => MissingCapabilityGuarded;

    /// <summary>A meeting slot named in the user's words ("next week tuesday afternoon", "Friday at 3"): timing words beside it schedule a call.</summary>
    [GeneratedRegex(
        @"\b(?:monday|tuesday|wednesday|thursday|friday|mondays|tuesdays|tomorrow\s+(?:morning|afternoon|at)|(?:this|tomorrow|monday|tuesday|wednesday|thursday|friday)\s+(?:morning|afternoon|evening)|\d{1,2}\s*(?:am|pm|a\.m\.|p\.m\.)|at\s+(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|noon))\b",
        Options)]
    private static partial Regex MeetingSlotPattern();

    private static GuardedRegex? MeetingSlotGuarded;

    public static GuardedRegex MeetingSlot() => MeetingSlotGuarded ??= new(MeetingSlotPattern());

    /// <summary>Asking where the data lives or who can see it ("where does the data actually live", "who can see it on your side").</summary>
    [GeneratedRegex(
        @"\bwhere(?:['’]s|\s+does|\s+do|\s+is|\s+are|\s+will|\s+would)\s+(?:the\s+|our\s+|my\s+|all\s+(?:the\s+|our\s+)?|that\s+|this\s+)?(?:data|information|info|files|documents|records|stuff)\s+(?:\w+\s+)?(?:live|lives|stored|kept|sit|sits|hosted|reside|saved|go)\b"
        // whether the data is safe with the vendor ("how do I know our files are safe with you", "we had a data breach")
        + @"|\b(?:is|are)\s+(?:it|that|this|everything|the\s+\w+|our\s+\w+|my\s+\w+|client\s+\w+)\s+(?:\w+\s+)?(?:safe|secure|protected)\s+(?:with|on|at|in)\b|\bdata\s+breach(?:es)?\b|\bbreach\s+(?:at|with)\s+(?:our|a|the|my)\b|\b(?:got|were|was|been)\s+hacked\b"
        + @"|\bwho\s+(?:else\s+)?(?:(?:on|at)\s+(?:your|their)\s+(?:end|side)\s+|there\s+)?(?:can|could|would|gets\s+to|is\s+able\s+to)\s+(?:see|access|read|look\s+at|get\s+into)\s+(?:it|them|the\s+data|our|their|my|that|those)\b|\bwhich\s+country\b"
        + @"|\bwhere\s+(?:is|are)\s+(?:it|they|everything)\s+(?:\w+\s+)?(?:stored|hosted|kept|held)\b"
        + @"|\b(?:is|are)\s+(?:everything|it|the\s+data|our\s+data|the\s+files|all\s+(?:the\s+|our\s+)?(?:data|files))\s+(?:\w+\s+)?(?:stored|held|hosted|kept|saved)\s+(?:in|inside|within)\s+(?:the\s+)?(?:us|u\.s\.?|usa|uk|eu|e\.u\.|states|europe|canada|australia|country|region)\b"
        // outsiders reaching the documents, and distrust of where they are kept ("does anyone outside our company get access", "doesn't trust cloud storage")
        + @"|\b(?:anyone|anybody|someone|somebody|people|staff)\s+(?:outside|else|at\s+(?:pandadoc|your\s+(?:company|end))|on\s+your\s+(?:end|side))\s+(?:\w+\s+){0,3}?(?:access|see|read|look\s+at|get\s+into)\b"
        + @"|\b(?:don['’]?t|doesn['’]?t|do\s+not|does\s+not|wouldn['’]?t|never)\s+(?:fully\s+|really\s+|completely\s+|entirely\s+)?trust\s+(?:the\s+)?(?:cloud|online\s+storage|third[- ]part(?:y|ies)|outside\s+(?:vendors?|servers?|companies)|(?:\w+\s+)?servers?|(?:\w+\s+)?storage)\b"
        // a signature the law may not accept ("e-signatures aren't accepted for deeds here", "you can't do a will electronically")
        + @"|\b(?:e-?signatures?|electronic\s+signatures?|digital\s+signatures?|signing\s+electronically|signed\s+electronically)\s+(?:\w+\s+)?(?:aren['’]?t|isn['’]?t|are\s+not|is\s+not|not|won['’]?t\s+be|wouldn['’]?t\s+be|may\s+not\s+be|might\s+not\s+be)\s+(?:\w+\s+)?(?:accepted|allowed|recogni[sz]ed|valid|legal|binding|admissible|enough)\b"
        + @"|\b(?:can['’]?t|cannot|can\s+not)\s+(?:do|execute)\s+(?:a|an|the)\s+\w+\s+(?:electronically|digitally)\b",
        Options)]
    private static partial Regex DataLocationQuestionPattern();

    private static GuardedRegex? DataLocationQuestionGuarded;

    public static GuardedRegex DataLocationQuestion() => DataLocationQuestionGuarded ??= new(DataLocationQuestionPattern());

    /// <summary>
    /// Word stems that any <see cref="ComplianceRegime"/> match holds: one vectorized search per turn, so the regex runs
    /// only on the few turns that name a regime.
    /// </summary>
    private static readonly SearchValues<string> ComplianceStems = SearchValues.Create(
        ["hipaa", "ferpa", "fedramp", "soc", "gdpr", "ccpa", "pci", "27001", "baa", "b a a", "business associate", "residency", "itar", "cjis", "glba", "finra"],
        StringComparison.OrdinalIgnoreCase);

    /// <summary>True when the text may name a compliance regime; false means <see cref="ComplianceRegime"/> cannot match.</summary>
    public static bool MayNameComplianceRegime(string text) => text.AsSpan().ContainsAny(ComplianceStems);

    /// <summary>
    /// A compliance regime, certification or agreement by name ("HIPAA", "a SOC 2 report", "will you sign a BAA",
    /// "EU data residency"): naming one to a vendor asks whether the product meets it, a compliance gate.
    /// </summary>
    [GeneratedRegex(
        @"\b(?:hipaa|ferpa|fedramp|soc\s*(?:2|ii|two)|gdpr|ccpa|pci(?:[- ]dss)?|iso\s*27001|baa|b\s+a\s+a|business\s+associate\s+agreement|data\s+residency|itar|cjis|glba|finra)\b",
        Options)]
    private static partial Regex ComplianceRegimePattern();

    private static GuardedRegex? ComplianceRegimeGuarded;

    public static GuardedRegex ComplianceRegime() => ComplianceRegimeGuarded ??= new(ComplianceRegimePattern());

    /// <summary>A regime set aside after it is named ("HIPAA doesn't apply to us", "GDPR isn't an issue").</summary>
    [GeneratedRegex(
        @"\b(?:(?:doesn['’]?t|does\s+not|don['’]?t|do\s+not|wouldn['’]?t)\s+(?:really\s+)?(?:apply|matter|cover\s+us)|(?:isn['’]?t|is\s+not|not)\s+(?:really\s+)?(?:relevant|applicable|an\s+issue|a\s+(?:concern|problem|thing)\s+for))\b",
        Options)]
    private static partial Regex NotApplicablePattern();

    private static GuardedRegex? NotApplicableGuarded;

    public static GuardedRegex NotApplicable() => NotApplicableGuarded ??= new(NotApplicablePattern());

    /// <summary>
    /// A part of the product judged badly, built from two vocabularies: product-aspect nouns (editor, interface,
    /// dashboard, templates, reporting, branding options) and negative evaluations of usability or scope (clunky,
    /// confusing, dated, too limited, not intuitive). Three shapes: the aspect evaluated ("the editor feels clunky"), a
    /// task called hard ("confusing to set up", "awkward to use"), and something found so ("found the builder
    /// overwhelming"). No "missing" wording is needed: a complaint about what exists is a features objection too.
    /// </summary>
    [GeneratedRegex(
        @"\b(?:" + ProductAspects + @")\s+(?:\w+\s+){0,2}?(?:is|are|was|were|feels?|felt|seems?|seemed|looks?|looked|['’]s|gets?|got)\s+(?:\w+\s+){0,2}?(?:" + NegativeEvaluations + @")\b"
        + @"|\b(?:" + NegativeEvaluations + @"|hard|difficult|tough|a\s+pain|painful)\s+to\s+(?:use|set\s*up|setup|navigate|learn|figure\s+out|configure|customi[sz]e|edit|build|find\s+(?:\w+\s+)?(?:in|on))\b"
        + @"|\bfound\s+(?:the|it|this|your|that)\s+(?:\w+\s+){0,3}?(?:" + NegativeEvaluations + @")\b",
        Options)]
    private static partial Regex FeatureComplaintPattern();

    private static GuardedRegex? FeatureComplaintGuarded;

    public static GuardedRegex FeatureComplaint() => FeatureComplaintGuarded ??= new(FeatureComplaintPattern());

    /// <summary>Parts of the product a user can judge (what they click, build or read).</summary>
    private const string ProductAspects =
        @"editor|interface|ui|ux|dashboard|layout|design|builder|template\s+builder|templates?|reporting|reports|analytics|app|mobile\s+(?:app|version|experience|view)"
        + @"|workflows?|(?:approval|signing|setup|onboarding)\s+(?:flow|process|experience)|fields?|navigation|search|settings|menus?|options|customi[sz]ation|formatting|features?|functionality|platform|software|product|tool|exports?|pages?|look|version";

    /// <summary>Negative evaluations of usability or scope; "not" plus a positive word counts ("not intuitive").</summary>
    private const string NegativeEvaluations =
        @"clunky|clumsy|janky|confusing|unintuitive|counter-?intuitive|dated|outdated|old-?fashioned|awkward|fiddly|finicky|overwhelming|cluttered|convoluted|cumbersome|tedious|over-?complicated|over-?engineered|slow|laggy|cheap(?:-looking)?"
        + @"|(?:too|overly|pretty|very|really|super|quite|a\s+bit|kind\s+of|kinda)\s+(?:basic|limited|complicated|complex|rigid|restrictive|slow|simplistic|primitive)|bare-?bones|inflexible|sluggish"
        + @"|not\s+(?:so\s+|very\s+|really\s+|that\s+|super\s+)?(?:intuitive|user[- ]friendly|easy|comfortable|straightforward|flexible|great|good)";

    /// <summary>
    /// Scheduling talk: "that slot isn't available", "the booking didn't go through", "I couldn't book Friday" is not a
    /// missing capability. A capability named with a scheduling word ("scheduled installment payments", "a calendar
    /// sync", "scheduling a second charge") is one: only a slot, a booking or the act of booking reads as scheduling.
    /// </summary>
    [GeneratedRegex(@"\b(?:slot|booked|booking|(?:couldn['’]?t|could\s+not|can['’]?t|cannot|unable\s+to)\s+(?:book|schedule)|meeting|invite|availability|available\s+(?:at|then|on)|(?:time|day|date)s?\s+(?:isn['’]?t|is\s+not|aren['’]?t|are\s+not|wasn['’]?t)\s+(?:available|free|open))\b", Options)]
    private static partial Regex SchedulingPattern();

    private static GuardedRegex? SchedulingGuarded;

    public static GuardedRegex Scheduling() => SchedulingGuarded ??= new(SchedulingPattern());
}
