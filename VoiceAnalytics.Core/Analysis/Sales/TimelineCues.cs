using System.Text.RegularExpressions;
using VoiceAnalytics.Core.Analysis.Text;

namespace VoiceAnalytics.Core.Analysis.Sales;

/// <summary>Cue phrases that tell what a date in the user's speech is about: the decision, a need, or a meeting slot.</summary>
internal static partial class TimelineCues
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    // Trigger words: every alternative of the cue's regex holds one, so the regex runs only on sentences with one.
    public static readonly Cue UrgentCue = new(Urgent(),
    [
        "urgent", "urgently", "urgency", "asap", "soon", "away", "immediately", "sensitive", "pressure", "rush",
        "hurry", "pressing", "wait", "priority",
    ]);

    public static readonly Cue NoRushCue = new(NoRush(),
    [
        "rush", "hurry", "timeline", "deadline", "frame", "timeframe", "date", "urgency", "urgent", "plans", "plan",
        "priority", "looking", "browsing", "shopping", "exploring", "researching", "poking", "kicking", "seeing",
        "checking", "starting", "around", "tires", "options", "decided", "early", "stage", "stages",
    ]);

    public static readonly Cue DecisionCue = new(Decision(),
    [
        "decide", "decides", "decided", "deciding", "decision", "decisions", "choose", "chooses", "choosing", "pick",
        "picks", "picking", "picked", "select", "selecting", "selected", "selection", "figure", "figuring",
        "figured", "make", "commit", "commits", "committing", "committed", "commitment", "sign", "trigger",
    ]);

    public static readonly Cue CommitmentCue = new(Commitment(),
    [
        "switch", "switching", "switched", "move", "moving", "buy", "buying", "purchase", "purchasing", "upgrade",
        "upgrading", "sign", "roll", "rolling", "rollout", "launch", "launching", "live", "running", "set", "place",
        "implement", "implementing", "implementation", "ship", "shipping", "paper", "budget", "budgets", "renew",
        "renews", "renewal", "renewing", "contract", "expire", "expires", "expiring", "locked", "rfp", "procure",
        "procurement", "start", "get", "pilot", "onboard", "onboarding", "trial", "approve", "approval", "approved",
        "revisit", "revisiting", "circle", "back", "again", "pick",
    ]);

    public static readonly Cue NeedCue = new(Need(),
    [
        "need", "needs", "needed", "have", "has", "got", "gotta", "must", "due", "deadline", "waiting", "want",
        "wants", "wanted", "urgent",
    ]);

    public static readonly Cue TimeOfDayCue = new(TimeOfDay(),
    [
        "am", "pm", "noon", "midday", "morning", "afternoon", "evening", "clock", "o'clock", "at", "<time>",
        "<number>",
    ]);

    /// <summary>The decision itself: "decide", "pick something", "figure out", "make the call".</summary>
    [GeneratedRegex(@"\b(?:decid\w*|decision|choos\w*|choose|pick\w*|select\w*|figur\w*\s+out|make\s+(?:the|a)\s+(?:call|choice|change|switch|move)|commit\w*|pull\s+the\s+trigger|sign\s+(?:the\s+contract|on\s+the\s+dotted)|(?:we|I)\s+(?:need\s+to\s+|have\s+to\s+|want\s+to\s+|will\s+|['’]ll\s+|can\s+|could\s+|would\s+|['’]d\s+|plan\s+to\s+|hope\s+to\s+)?sign)\b", Options)]
    public static partial Regex Decision();

    /// <summary>What the decision is tied to: switching, going live, budgets, renewals, contracts ending, an RFP.</summary>
    [GeneratedRegex(@"\b(?:switch\w*|mov(?:e|ing)\s+(?:on|forward|over|to|ahead)|buy\w*|purchas\w*|upgrad\w*|sign\s+up|roll\w*\s*out|rollout|launch\w*|go(?:ing)?\s+live|live\s+(?:by|before)|running|set\s+up|in\s+place|implement\w*|ship\w*|off\s+(?:paper|of\s+paper)|budget\w*|renew\w*|contract\s+(?:is\s+|was\s+)?up|expir\w*|locked\s+in\w*|rfp|procure\w*|start\s+using|get\s+(?:started|going)|get\s+(?:my|our|the)\s+(?:whole\s+)?team\s+on|pilot|onboard\w*|trial\s+ends|approv\w*|revisit\w*|circle\s+back|come\s+back\s+to\s+(?:it|this)|look\s+(?:at\s+(?:it|this)\s+)?again|pick\s+(?:it|this)\s+(?:back\s+)?up)\b", Options)]
    public static partial Regex Commitment();

    /// <summary>A need with a deadline that is not the purchase: "I need this contract out today", "the client is waiting".</summary>
    [GeneratedRegex(@"\b(?:need\w*|have\s+to|has\s+to|got\s+to|gotta|must|due|deadline|waiting|want\w*|urgent\w*)\b", Options)]
    public static partial Regex Need();

    /// <summary>Says it is urgent: "this is urgent", "ASAP", "I'm under a lot of pressure", "we're in a rush".</summary>
    [GeneratedRegex(@"\b(?:urgent\w*|asap|as\s+soon\s+as\s+possible|right\s+away|immediately|time[\s-]sensitive|under\s+(?:a\s+lot\s+of\s+|a\s+ton\s+of\s+|some\s+)?pressure|in\s+a\s+(?:big\s+)?(?:rush|hurry)|pressing|can['’]?t\s+wait|top\s+priority|high\s+priority)\b", Options)]
    public static partial Regex Urgent();

    /// <summary>No timeline or no hurry: "no rush", "just looking around", "nothing decided", "not urgent at all".</summary>
    [GeneratedRegex(@"\b(?:no\s+(?:real\s+|huge\s+|big\s+|crazy\s+|particular\s+|hard\s+|set\s+|firm\s+)?(?:rush|hurry|timeline|deadline|time\s*frame|date|urgency|plans?\s+yet)|not\s+in\s+(?:a|any)\s+(?:\w+\s+)?(?:rush|hurry)|not\s+(?:a\s+)?(?:crazy\s+|huge\s+|big\s+)?(?:rush|hurry|priority)|in\s+no\s+(?:rush|hurry)|(?:not|isn['’]?t|n['’]?t)\s+(?:\w+\s+)?urgent|just\s+(?:looking|browsing|shopping|exploring|researching|poking|kicking|seeing|checking|starting\s+to\s+look)|(?:looking|shopping|poking)\s+around|kicking\s+the\s+tires|(?:researching|exploring|looking\s+at|weighing)\s+(?:our\s+|some\s+|the\s+)?options|nothing\s+(?:is\s+)?decided|early\s+stages?)\b", Options)]
    public static partial Regex NoRush();

    /// <summary>A time of day, which marks a date as a meeting slot: "at 2pm", "tomorrow morning", "9:30", "noon".</summary>
    [GeneratedRegex(@"(?:\b\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.?|p\.m\.?)|\b\d{1,2}:\d{2}\b|\b(?:noon|midday|morning|afternoon|evening|o['’]?clock)\b|\bat\s+(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b)", Options)]
    public static partial Regex TimeOfDay();

    /// <summary>The assistant proposing or asking for a meeting time.</summary>
    [GeneratedRegex(@"\b(?:what\s+(?:day|time|date)|which\s+(?:day|time|date)|when\s+(?:works|would|is\s+good|are\s+you|suits)|time\s+works|day\s+works|good\s+time|book\w*|schedul\w*|a\s+(?:quick\s+|short\s+)?call|on\s+a\s+call|a\s+meeting|a\s+demo|availability)\b", Options)]
    public static partial Regex SchedulingPrompt();

    /// <summary>The user planning their own next move ("I'll talk to her this weekend"), not a deadline.</summary>
    [GeneratedRegex(@"\b(?:I['’]ll|I\s+will|we['’]ll|we\s+will|I['’]m\s+going\s+to|I\s+am\s+going\s+to|gonna|let\s+me)\b", Options)]
    public static partial Regex OwnPlan();
}
