using System.Text.RegularExpressions;
using VoiceAnalytics.Core.Analysis.Text.Cues;

namespace VoiceAnalytics.Core.Analysis.Sales.Deal.Timeline;

/// <summary>Cue phrases that tell what a date in the user's speech is about: the decision, a need, or a meeting slot.</summary>
internal static partial class TimelineCues
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.NonBacktracking;

    /// <summary>For patterns with lookarounds, which the non-backtracking engine cannot run.</summary>
    private const RegexOptions BacktrackingOptions = Options & ~RegexOptions.NonBacktracking;

    /// <summary>
    /// Still finding out, with no plan yet, said by activity rather than by "no timeline": gathering information,
    /// comparing tools, working out whether the need is real, early days.
    /// </summary>
    private const string Research =
        @"(?:(?:just|only|still|mostly|really)\s+)(?:gathering|collecting)\s+(?:some\s+|more\s+)?(?:info|information|data|quotes)|(?:just|only|still|mostly|really)\s+comparing\s+(?:a\s+few\s+|some\s+|different\s+|the\s+|a\s+couple\s+)?(?:options|tools|vendors|providers|products|prices|platforms)|(?:still\s+)?figuring\s+out\s+(?:if|whether)\s+(?:we|I)\s+(?:even\s+|really\s+|actually\s+)?need|early\s+days|\bin\s+(?:the\s+)?(?:research|discovery|exploration|exploratory|fact[\s-]finding|information[\s-]gathering|info[\s-]gathering|evaluation)\s+(?:mode|phase|stage)";

    /// <summary>
    /// A need whose clause ends on speed: "I need NDAs out fast.", "we have to move quickly, though". The adverb must
    /// close the clause, so "I need to quickly check with my boss" is no urgency. Outside the word-bounded group, as it
    /// may end on punctuation.
    /// </summary>
    private const string NeededFast =
        @"|\b(?:need|needs|needed|have\s+to|has\s+to|gotta|got\s+to|want\s+to|wanna)\s+(?:\w+\s+){1,4}?(?:fast|quickly)\s*(?:[.,!;]|$|(?:though|so|because|and|but|please)\b)";

    /// <summary>
    /// A timeline denied in a clause of its own, by its subject and verb rather than "no timeline": "there isn't really
    /// a timeline", "we don't have a set deadline", "we're not on any clock". The subject is the user or "there", so
    /// "the contract doesn't have a deadline" says nothing about the purchase.
    /// </summary>
    private const string TimelineDenied =
        @"(?:there\s+(?:isn['’]?t|is\s+not|['’]s\s+not)|(?:we|I)\s+(?:don['’]?t|do\s+not|haven['’]?t|have\s+not)\s+(?:really\s+|actually\s+|yet\s+)?(?:have|got)|(?:we['’]?re|we\s+are|I['’]?m|I\s+am)\s+not\s+(?:really\s+|actually\s+)?(?:on|under|working\s+(?:to|toward|towards|against)))\s+(?:really\s+|actually\s+|yet\s+)?(?:a|any|an)\s+(?:real\s+|set\s+|firm\s+|hard\s+|fixed\s+|specific\s+|particular\s+|concrete\s+|exact\s+)?(?:timeline|deadline|time\s*frame|clock|target\s+date)";

    /// <summary>"Whenever" as the whole answer ("honestly, whenever."), not "whenever I send one"; outside the word-bounded group.</summary>
    private const string WheneverAnswer = @"|^\W*(?:(?:honestly|um|uh|oh|well|so|eh|really)\W+){0,2}whenever\s*(?:[.,!;]|$|really\b|honestly\b)";

    // Trigger words: every alternative of the cue's regex holds one, so the regex runs only on sentences with one.
    public static readonly Cue UrgentCue = new(Urgent(),
    [
        "urgent", "urgently", "urgency", "asap", "soon", "away", "immediately", "sensitive", "pressure", "rush",
        "hurry", "pressing", "wait", "priority", "yesterday", "sooner", "enough", "now", "quickly", "quick", "fast",
        "running", "desperate", "desperately",
    ]);

    public static readonly Cue NoRushCue = new(NoRush(),
    [
        "rush", "hurry", "timeline", "deadline", "frame", "timeframe", "date", "urgency", "urgent", "plans", "plan",
        "priority", "looking", "browsing", "shopping", "exploring", "researching", "poking", "kicking", "seeing",
        "checking", "starting", "around", "tires", "options", "decided", "early", "stage", "stages", "scoping", "curious",
        "evaluating", "soon", "maybe", "probably", "possibly", "perhaps", "things", "pressure", "whenever", "days",
        "gathering", "collecting", "comparing", "figuring", "information", "info", "take", "mode", "phase", "clock",
    ]);

    public static readonly Cue DecisionCue = new(Decision(),
    [
        "decide", "decides", "decided", "deciding", "decision", "decisions", "choose", "chooses", "choosing", "pick",
        "picks", "picking", "picked", "select", "selecting", "selected", "selection", "figure", "figuring",
        "figured", "make", "makes", "making", "commit", "commits", "committing", "committed", "commitment", "sign", "trigger", "vote",
        "votes", "voted", "voting", "bring", "take", "present", "put", "we'll", "think", "thinking", "reconsider",
        "touch", "talk", "close",
    ]);

    public static readonly Cue CommitmentCue = new(Commitment(),
    [
        "switch", "switching", "switched", "move", "moving", "buy", "buying", "purchase", "purchasing", "upgrade",
        "upgrading", "sign", "roll", "rolling", "rollout", "launch", "launching", "live", "running", "set", "place",
        "implement", "implementing", "implementation", "ship", "shipping", "paper", "budget", "budgets", "renew",
        "renews", "renewal", "renewing", "contract", "expire", "expires", "expiring", "locked", "rfp", "procure",
        "procurement", "start", "get", "pilot", "onboard", "onboarding", "trial", "approve", "approval", "approved",
        "revisit", "revisiting", "circle", "back", "again", "pick", "rolled", "begin", "beginning", "kick", "kicking",
        "kicked", "adopt", "adopting", "bring", "have", "nothing", "change", "changes", "changing", "changed",
        "look", "looks", "looking", "evaluate", "evaluating", "evaluation", "reevaluate", "reevaluating", "earliest",
        "fiscal", "money", "funds", "funding", "sort", "sorting", "sorted", "sorts", "ahead", "greenlight", "green",
        "greenlit", "greenlighting",
    ]);

    public static readonly Cue NeedCue = new(Need(),
    [
        "need", "needs", "needed", "have", "has", "got", "gotta", "must", "due", "deadline", "waiting", "want",
        "wants", "wanted", "wanna", "urgent", "i'd", "we'd", "would", "hope", "hoping", "aim", "aiming", "goal", "target",
        "plan", "planning", "ready",
    ]);

    public static readonly Cue JustLookingCue = new(JustLooking(),
    [
        "timeline", "deadline", "frame", "timeframe", "date", "plans", "plan", "looking", "browsing", "shopping",
        "exploring", "researching", "scoping", "curious", "evaluating", "tires", "options", "decided", "early", "days",
        "gathering", "collecting", "comparing", "figuring", "information", "info", "whenever", "mode", "phase", "stage",
        "clock",
    ]);

    public static readonly Cue LockInCue = new(LockIn(),
    [
        "contract", "agreement", "deal", "term", "subscription", "commitment", "stuck", "tied", "locked",
    ]);

    public static readonly Cue TimingTopicCue = new(TimingTopic(), ["timing", "timeline", "timeframe", "frame"]);

    public static readonly Cue EventPointerCue = new(EventPointer(), ["before", "time", "ahead"]);

    public static readonly Cue TimeOfDayCue = new(TimeOfDay(),
    [
        "am", "pm", "noon", "midday", "morning", "afternoon", "evening", "clock", "o'clock", "at", "<time>",
        "<number>",
    ]);

    /// <summary>The decision itself: "decide", "pick something", "figure out", "make the call".</summary>
    [GeneratedRegex(@"\b(?:decid\w*|decision|choos\w*|choose|pick\w*|select\w*|figur\w*\s+out|mak(?:e|es|ing)\s+(?:the|a|that|this|our|my)\s+(?:final\s+)?(?:call|choice|change|switch|move)|commit\w*|pull\s+the\s+trigger|sign\s+(?:the\s+contract|on\s+the\s+dotted)|(?:we|I)\s+(?:need\s+to\s+|have\s+to\s+|want\s+to\s+|will\s+|['’]ll\s+|can\s+|could\s+|would\s+|['’]d\s+|plan\s+to\s+|hope\s+to\s+)?sign|vot(?:e|es|ed|ing)|(?:bring|take|present|put)\s+(?:it|this|that)\s+(?:to|in\s+front\s+of|before)|we['’]ll\s+see(?!\s+(?:you|him|her|them))|think\w*\s+(?:it\s+over|about\s+it)|close\s+(?:this|it)|reconsider\w*|touch\s+base|talk\s+(?:again|it\s+over))\b", BacktrackingOptions)]
    private static partial Regex DecisionPattern();

    private static GuardedRegex? DecisionGuarded;

    public static GuardedRegex Decision() => DecisionGuarded ??= new(DecisionPattern());

    /// <summary>What the decision is tied to: switching, going live, budgets, renewals, contracts ending, an RFP, looking at it properly, the money arriving.</summary>
    [GeneratedRegex(@"\b(?:switch\w*|mov(?:e|ing)\s+(?:on|forward|over|to|ahead)|buy\w*|purchas\w*|upgrad\w*|sign\s+up|roll\w*\s+(?:(?:it|this|that|anything|something|everything|them)\s+)?out|rollout|launch\w*|(?:go|goes|going|be|it|this|them)\s+live|live\s+(?:by|before|in|on|for|from)|running|set\s+(?:(?:it|this|that|things|everything|anything|us|them)\s+)?up|begin\w*\s+(?:with|using)|start\s+(?:with|using)|kick\w*\s+(?:it\s+|this\s+|things\s+)?off|adopt\w*|bring\s+(?:it|this)\s+in|have\s+(?:it|this)\s+(?:ready|working|running|in\s+place|live)|nothing\s+(?:really\s+|new\s+)?chang\w*|chang\w*\s+(?:anything|over|tools?|systems?|vendors?|providers?)|in\s+place|implement\w*|ship\w*|off\s+(?:paper|of\s+paper)|budget\w*|renew\w*|contract\s+(?:is\s+|was\s+)?up|expir\w*|locked\s+in\w*|rfp|procure\w*|start\s+using|(?:I|we|and|to)\s+(?:can\s+|could\s+|would\s+|will\s+|['’]ll\s+)?start\s+(?:(?:maybe|probably|hopefully|possibly|perhaps|likely|ideally|like|around|sometime|definitely)\s+)?(?:in|on|from|by|next|this|after|early|mid|late)|get\s+(?:started|going)|get\s+(?:my|our|the)\s+(?:whole\s+)?team\s+on|pilot|onboard\w*|trial\s+ends|approv\w*|revisit\w*|circle\s+back|come\s+back\s+to\s+(?:it|this)|look\s+(?:at\s+(?:it|this)\s+)?again|pick\s+(?:it|this)\s+(?:back\s+)?up|look\w*\s+(?:at|into)\s+(?:it|this|that|things|pandadoc|you|you\s+guys|options|tools|alternatives)|(?:re)?evaluat\w*|at\s+the\s+earliest|fiscal\s+year|(?:money|funds|funding)\s+(?:comes?|is\s+there|will\s+be|frees|opens)|sort\w*\s+(?:it|this|that|things)\s+out|go\s+ahead|green\s?light\w*)\b", Options)]
    private static partial Regex CommitmentPattern();

    private static GuardedRegex? CommitmentGuarded;

    public static GuardedRegex Commitment() => CommitmentGuarded ??= new(CommitmentPattern());

    /// <summary>A need with a deadline that is not the purchase: "I need this contract out today", "the client is waiting".</summary>
    [GeneratedRegex(@"\b(?:need(?:s|ed|ing)?|have\s+to|has\s+to|got\s+to|gotta|must|due|deadline|waiting|want\w*|wanna|urgent\w*|(?:I|we)(?:['’]d|\s+would)\s+(?:love|like)|hop(?:e|ing)\s+to|aim\w*|goal|target\w*|plan(?:ning)?\s+to|ready\s+(?:by|before|for))\b", Options)]
    private static partial Regex NeedPattern();

    private static GuardedRegex? NeedGuarded;

    public static GuardedRegex Need() => NeedGuarded ??= new(NeedPattern());

    /// <summary>Says it is urgent: "this is urgent", "ASAP", "I'm under a lot of pressure", "we're in a rush", "we need it now".</summary>
    [GeneratedRegex(@"\b(?:urgent\w*|asap|as\s+soon\s+as\s+possible|right\s+away|immediately|time[\s-]sensitive|under\s+(?:a\s+lot\s+of\s+|a\s+ton\s+of\s+|some\s+)?pressure|in\s+a\s+(?:big\s+)?(?:rush|hurry)|pressing|can['’]?t\s+wait|top\s+priority|high\s+priority|need(?:s|ed)?\s+(?:(?:it|this|that|them|something)\s+)?(?:like\s+)?yesterday|(?:the\s+)?sooner\s+(?:\w+\s+){0,3}?the\s+better|can['’]?t\s+come\s+soon\s+enough|need(?:s|ed)?\s+(?:(?:it|this|that|them|something|a\s+solution)\s+)?(?:right\s+)?now|as\s+(?:quick|quickly|fast)\s+as\s+(?:possible|(?:we|I)\s+can)|running\s+out\s+of\s+time|desperate(?:ly)?\s+(?:need|for))\b" + NeededFast, Options)]
    private static partial Regex UrgentPattern();

    private static GuardedRegex? UrgentGuarded;

    public static GuardedRegex Urgent() => UrgentGuarded ??= new(UrgentPattern());

    /// <summary>No timeline or no hurry: "no rush", "just looking around", "nothing decided", "not urgent at all".</summary>
    [GeneratedRegex(@"\b(?:no\s+(?:real\s+|huge\s+|big\s+|crazy\s+|particular\s+|hard\s+|set\s+|firm\s+|fixed\s+|specific\s+|concrete\s+|exact\s+)?(?:rush|hurry|timeline|deadline|time\s*frame|date|urgency|pressure|plans?\s+yet)|not\s+in\s+(?:(?:a|any)\s+)?(?:\w+\s+)?(?:rush|hurry)|not\s+(?:a\s+)?(?:crazy\s+|huge\s+|big\s+)?(?:rush|hurry|priority)|in\s+no\s+(?:rush|hurry)|not\s+under\s+(?:any\s+|much\s+)?(?:real\s+|time\s+)?pressure|(?:not|isn['’]?t|n['’]?t)\s+(?:\w+\s+)?urgent|just\s+(?:looking|browsing|shopping|exploring|researching|poking|kicking|seeing|checking|starting\s+to\s+look|scoping|curious|evaluating)|(?:mostly|only|really|more)\s+curious|(?:we['’]re|I['’]m|we\s+are|I\s+am)\s+(?:still\s+|only\s+|just\s+)?evaluating|(?:n['’]?t|nobody['’]?s?|no\s+one['’]?s?|never)\s+(?:\w+\s+){0,5}?any\s?time\s+soon|(?:looking|shopping|poking)\s+around|kicking\s+the\s+tires|(?:researching|exploring|looking\s+at|weighing)\s+(?:our\s+|some\s+|the\s+)?options|nothing\s+(?:is\s+)?decided|early\s+stages?|(?:maybe|probably|possibly|perhaps)\s+(?:(?:like|sometime|around)\s+)?(?:next\s+year|later\s+(?:this|next)\s+year|down\s+the\s+road|at\s+some\s+point|some\s*day|eventually)|when\s+things\s+(?:calm|settle|slow|quiet)\s+down|(?:can|could)\s+take\s+(?:our|my)\s+time|" + TimelineDenied + @"|" + Research + @")\b" + WheneverAnswer, Options)]
    private static partial Regex NoRushPattern();

    private static GuardedRegex? NoRushGuarded;

    public static GuardedRegex NoRush() => NoRushGuarded ??= new(NoRushPattern());

    /// <summary>A time of day, which marks a date as a meeting slot: "at 2pm", "tomorrow morning", "9:30", "noon".</summary>
    [GeneratedRegex(@"(?:\b\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.?|p\.m\.?)|\b\d{1,2}:\d{2}\b|\b(?:noon|midday|morning|afternoon|evening|o['’]?clock)\b|\bat\s+(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b)", Options)]
    private static partial Regex TimeOfDayPattern();

    private static GuardedRegex? TimeOfDayGuarded;

    public static GuardedRegex TimeOfDay() => TimeOfDayGuarded ??= new(TimeOfDayPattern());

    /// <summary>The assistant proposing or asking for a meeting time.</summary>
    [GeneratedRegex(@"\b(?:what\s+(?:day|time|date)|which\s+(?:day|time|date)|when\s+(?:works|would|is\s+good|are\s+you|suits)|time\s+works|day\s+works|good\s+time|book\w*|schedul\w*|a\s+(?:quick\s+|short\s+)?call|on\s+a\s+call|a\s+meeting|a\s+demo|availability)\b", Options)]
    private static partial Regex SchedulingPromptPattern();

    private static GuardedRegex? SchedulingPromptGuarded;

    public static GuardedRegex SchedulingPrompt() => SchedulingPromptGuarded ??= new(SchedulingPromptPattern());

    /// <summary>The user planning or asking to make their own next move ("I'll talk to her this weekend", "ill upgrade tonight", "can I do it myself tonight"), not a deadline.</summary>
    [GeneratedRegex(@"\b(?:I['’]ll|ill|I\s+will|we['’]ll|we\s+will|I['’]m\s+going\s+to|I\s+am\s+going\s+to|gonna|let\s+me|can\s+I)\b", Options)]
    private static partial Regex OwnPlanPattern();

    private static GuardedRegex? OwnPlanGuarded;

    public static GuardedRegex OwnPlan() => OwnPlanGuarded ??= new(OwnPlanPattern());

    /// <summary>A lock-in the purchase waits out: "we're in a contract until March", "stuck with them till spring".</summary>
    [GeneratedRegex(@"\b(?:(?:in|under|on)\s+(?:a|an|the|our|their|that|this|my)\s+(?:[\w-]+\s+){0,3}?(?:contract|agreement|deal|term|subscription|commitment)|stuck\s+(?:with|in|on)|tied\s+(?:in|into|up|to)|locked\s+in(?:to)?|(?:contract|agreement|deal|term|subscription)\s+(?:\w+\s+)?(?:ends|runs|expires|lasts|until|till|through))\b", Options)]
    private static partial Regex LockInPattern();

    private static GuardedRegex? LockInGuarded;

    public static GuardedRegex LockIn() => LockInGuarded ??= new(LockInPattern());

    /// <summary>The user turning to timing: "so, timing.", "our timeline is", "in terms of time frame".</summary>
    [GeneratedRegex(@"\b(?:timing|timeline|time\s*frame)\b", Options)]
    private static partial Regex TimingTopicPattern();

    private static GuardedRegex? TimingTopicGuarded;

    public static GuardedRegex TimingTopic() => TimingTopicGuarded ??= new(TimingTopicPattern());

    /// <summary>The assistant asking when the user would decide or buy, rather than for a meeting slot.</summary>
    [GeneratedRegex(@"\b(?:timeline|time\s*frame|timing|deadline|decid\w*|decision|how\s+soon|by\s+when|date\s+you\s+need|need\s+(?:this|it)\s+(?:working|running|ready|live|in\s+place|by)|(?:planning|hoping|looking|expecting)\s+to\s+(?:switch|buy|move|start|roll|upgrade|purchase|get\s+started|go\s+live|make)|when\s+(?:do|would|are|will|were)\s+you\s+(?:\w+\s+){0,3}?(?:need|want|like|hop\w*|plan\w*|think\w*|expect\w*|look\w*|aim\w*|start|switch|launch|roll|go|have|get|make|buy|purchase|move|be\s+ready))\b", Options)]
    private static partial Regex TimelinePromptPattern();

    private static GuardedRegex? TimelinePromptGuarded;

    public static GuardedRegex TimelinePrompt() => TimelinePromptGuarded ??= new(TimelinePromptPattern());

    /// <summary>Whether the question asks about a meeting; "is it your call" asks who decides, not for a call.</summary>
    public static bool AsksForMeeting(string question)
    {
        foreach (var match in MeetingWords().EnumerateMatches(question))
        {
            var word = question.AsSpan(match.Index, match.Length);
            if (!word.Equals("call", StringComparison.OrdinalIgnoreCase) || !DecidersCall().IsMatch(question.AsSpan(0, match.Index)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A possessive right before "call": "your call", "whose call", "the final call".</summary>
    [GeneratedRegex(@"\b(?:your|my|whose|their|his|her|final)\s+$", Options)]
    private static partial Regex DecidersCallPattern();

    private static GuardedRegex? DecidersCallGuarded;

    private static GuardedRegex DecidersCall() => DecidersCallGuarded ??= new(DecidersCallPattern());

    /// <summary>Words that make an assistant's question about a meeting, even when it also asks "when".</summary>
    [GeneratedRegex(@"\b(?:meet\w*|call|demo|book\w*|schedul\w*|slot|availability|calendar|chat|talk\s+(?:to|with)|account\s+executive|specialist)\b", Options)]
    private static partial Regex MeetingWordsPattern();

    private static GuardedRegex? MeetingWordsGuarded;

    public static GuardedRegex MeetingWords() => MeetingWordsGuarded ??= new(MeetingWordsPattern());

    /// <summary>A future or wish marker, which "today" needs to be a date rather than "nowadays" ("every quote today is printed").</summary>
    [GeneratedRegex(@"\b(?:will|['’]ll|ill|going\s+to|gonna|want\w*|need\w*|have\s+to|has\s+to|must|can|could|would|['’]d|by|before|until|till|ready|hop\w*|plan\w*|let['’]?s|get|got\s+to|gotta)\b", Options)]
    private static partial Regex FutureMarkerPattern();

    private static GuardedRegex? FutureMarkerGuarded;

    public static GuardedRegex FutureMarker() => FutureMarkerGuarded ??= new(FutureMarkerPattern());

    /// <summary>A negator before a "before" / "until" date, which turns the deadline into a wait: "nothing changes before April".</summary>
    [GeneratedRegex(@"\b(?:not|never|nothing|nobody|no\s+one|can['’]?t|cannot|couldn['’]?t|won['’]?t|wont|don['’]?t|doesn['’]?t|isn['’]?t|aren['’]?t)\b", Options)]
    private static partial Regex WaitNegatorPattern();

    private static GuardedRegex? WaitNegatorGuarded;

    public static GuardedRegex WaitNegator() => WaitNegatorGuarded ??= new(WaitNegatorPattern());

    /// <summary>One document as the thing needed: "this contract", "the first proposal", "one quote" (not "our quotes").</summary>
    [GeneratedRegex(@"\b(?:this|that|the|one|a|an|my)\s+(?:\w+\s+)?(?:contract|proposal|quote|document|doc|agreement|form|nda|lease|invoice|estimate|bid|offer)\b", Options)]
    private static partial Regex SingleDocumentPattern();

    private static GuardedRegex? SingleDocumentGuarded;

    public static GuardedRegex SingleDocument() => SingleDocumentGuarded ??= new(SingleDocumentPattern());

    /// <summary>A deadline pointing back at a date just named: "... in March, and I'd want this set up before then", "... in two weeks and I want this ready before."</summary>
    [GeneratedRegex(@"\b(?:before|ahead\s+of)\s+(?:then|that)\b|\bbefore\s*(?:[.!?;]|$)", Options)]
    private static partial Regex BeforeThenPattern();

    private static GuardedRegex? BeforeThenGuarded;

    public static GuardedRegex BeforeThen() => BeforeThenGuarded ??= new(BeforeThenPattern());

    /// <summary>
    /// A deadline set by an event named without its date: "before we move", "by the time the new location opens",
    /// "ahead of the launch", "in time for the open house". The event is its subject and up to three words.
    /// </summary>
    [GeneratedRegex(@"\b(?:before|by\s+the\s+time|ahead\s+of|in\s+time\s+for)\s+(?<event>(?:we|they|it|the|our|my|he|she|I)\s+[\w'’]+(?:\s+[\w'’]+){0,2})", Options)]
    private static partial Regex EventPointerPattern();

    private static GuardedRegex? EventPointerGuarded;

    public static GuardedRegex EventPointer() => EventPointerGuarded ??= new(EventPointerPattern());

    /// <summary>
    /// A later "not until after that" that makes an earlier date the end of a wait: "that wraps up in March, nothing new
    /// goes in until after that", also from the next sentence ("we're moving onto it in March. nothing's happening till
    /// that migration's done") and with any negated modal ("so I couldn't move before then").
    /// </summary>
    [GeneratedRegex(@"^[^?!]{0,80}?\b(?:not|nothing|nobody|can['’]?t|cannot|couldn['’]?t|won['’]?t|wouldn['’]?t|shouldn['’]?t|don['’]?t|never)\b[^.?!]{0,60}?\b(?:(?:until|till)\s+(?:after\s+)?|before\s+|after\s+)(?:that|then)\b", Options)]
    private static partial Regex WaitUntilThenPattern();

    private static GuardedRegex? WaitUntilThenGuarded;

    public static GuardedRegex WaitUntilThen() => WaitUntilThenGuarded ??= new(WaitUntilThenPattern());

    /// <summary>Explicitly no timeline, stronger than "no rush": "no timeline really", "I'm just scoping", "only curious".</summary>
    [GeneratedRegex(@"\b(?:no\s+(?:real\s+|particular\s+|set\s+|firm\s+|fixed\s+|specific\s+|concrete\s+|exact\s+)?(?:timeline|deadline|time\s*frame|date|plans?\s+yet)|just\s+(?:looking|browsing|shopping|exploring|researching|scoping|curious|evaluating)|(?:mostly|only|really|more)\s+curious|(?:we['’]re|I['’]m|we\s+are|I\s+am)\s+(?:still\s+|only\s+|just\s+)?evaluating|kicking\s+the\s+tires|(?:researching|exploring|weighing)\s+(?:our\s+|some\s+|the\s+)?options|nothing\s+(?:is\s+)?decided|early\s+stages?|" + TimelineDenied + @"|" + Research + @")\b" + WheneverAnswer, Options)]
    private static partial Regex JustLookingPattern();

    private static GuardedRegex? JustLookingGuarded;

    public static GuardedRegex JustLooking() => JustLookingGuarded ??= new(JustLookingPattern());

    /// <summary>A habit, not a plan: "sometimes more in march", "we usually renew in january".</summary>
    [GeneratedRegex(@"\b(?:sometimes|usually|normally|typically|generally|often|always)\b", Options)]
    private static partial Regex HabitualPattern();

    private static GuardedRegex? HabitualGuarded;

    public static GuardedRegex Habitual() => HabitualGuarded ??= new(HabitualPattern());

    /// <summary>An ultimatum's condition before a date: "if it's not fixed by tomorrow", "unless this works by Friday".</summary>
    [GeneratedRegex(@"\b(?:if|unless)\b[^,;:.?!]{0,60}?\b(?:not|n['’]?t|never|nothing|still)\b", Options)]
    private static partial Regex UltimatumConditionPattern();

    private static GuardedRegex? UltimatumConditionGuarded;

    public static GuardedRegex UltimatumCondition() => UltimatumConditionGuarded ??= new(UltimatumConditionPattern());

    /// <summary>What the user could do at a date, on a condition: "I can switch tomorrow if it works", "could sign today if".</summary>
    [GeneratedRegex(@"\b(?:I|we)\s+(?:can|could|would|['’]d)\b", Options)]
    private static partial Regex CapabilityPattern();

    private static GuardedRegex? CapabilityGuarded;

    public static GuardedRegex Capability() => CapabilityGuarded ??= new(CapabilityPattern());

    /// <summary>A condition right after a date, unless it is only a hedge: "tomorrow if it works" (not "this week if possible").</summary>
    [GeneratedRegex(@"^\s*(?:if|unless)\b(?!\s+(?:at\s+all\s+)?possible|\s+(?:we|I)\s+can\b|\s+that\s+works)", BacktrackingOptions)]
    private static partial Regex ConditionAfterPattern();

    private static GuardedRegex? ConditionAfterGuarded;

    public static GuardedRegex ConditionAfter() => ConditionAfterGuarded ??= new(ConditionAfterPattern());

    /// <summary>A time of day right next to a date, which makes it a meeting slot: "thursday morning", "Friday at two".</summary>
    [GeneratedRegex(@"^\s*(?:(?:the\s+)?\w+\s+)?(?:\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.?|p\.m\.?)|\d{1,2}:\d{2}|morning|afternoon|evening|noon|o['’]?clock|at\s+(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon)\b)", Options)]
    private static partial Regex AdjacentTimeOfDayPattern();

    private static GuardedRegex? AdjacentTimeOfDayGuarded;

    public static GuardedRegex AdjacentTimeOfDay() => AdjacentTimeOfDayGuarded ??= new(AdjacentTimeOfDayPattern());
}
