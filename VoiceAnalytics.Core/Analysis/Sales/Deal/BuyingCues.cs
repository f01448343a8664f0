using System.Text.RegularExpressions;
using VoiceAnalytics.Core.Analysis.Text.Cues;

namespace VoiceAnalytics.Core.Analysis.Sales.Deal;

/// <summary>What users say when they want to buy, when they are merely interested, and when they give up.</summary>
internal static partial class BuyingCues
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.NonBacktracking;

    // Trigger words: every alternative of the cue's regex holds one, so the regex runs only on sentences with one.
    public static readonly Cue StrongCue = new(Strong(),
    [
        "how", "next", "step", "steps", "what", "where", "upgrade", "buy", "purchase", "sign", "subscribe",
        "forward", "ahead", "trigger", "switch", "roll", "everyone", "team", "sold", "let's", "lets", "ready", "order",
        "bought", "purchased", "whatever", "tell", "show", "way", "process", "rolling", "rolled", "send", "email",
        "card", "price", "pricing", "quote", "paying", "paid", "switching",
    ]);

    public static readonly Cue PurchaseStepCue = new(PurchaseStep(),
    [
        "buy", "buying", "purchase", "purchasing", "upgrade", "upgrading", "subscribe", "gonna", "plan", "quote", "how",
        "started", "going",
    ]);

    public static readonly Cue InterestCue = new(Interest(),
    [
        "keep", "poke", "poking", "play", "interested", "like", "love", "looks", "look", "sounds", "sound", "going",
        "far", "try",
    ]);

    public static readonly Cue RejectionCue = new(Rejection(),
    [
        "forget", "interested", "us", "cancel", "canceling", "cancelling", "canceled", "cancelled", "waste", "stick",
        "pass", "going", "won't", "wont",
    ]);

    /// <summary>How to buy, next steps, or a commitment: "how do I upgrade", "what are the next steps", "we sign this week".</summary>
    // Up to eight words between "how do I" and the purchase verb. The source-generated backtracking engine of .NET 10
    // ignores the upper bound of a lazy loop like {0,6}? (the interpreter and the non-backtracking engine keep it),
    // so this pattern used to reach further than it said; the bound now says what the rule means.
    [GeneratedRegex(@"\b(?:how\s+(?:do|can|would|should)\s+(?:I|we)\s+(?:\w+\s+){0,8}?(?:buy|purchase|upgrade|pay(?:\s+for)?|sign\s+up|subscribe|get\s+started|move\s+forward|proceed|convert|switch\s+(?:over|from|to)|go\s+paid|start\s+paying|add\s+(?:\w+\s+){0,3}?(?:users|seats|people|licenses|members))|what(?:['’]?s|\s+is|\s+are|\s+would\s+be)\s+(?:the\s+|our\s+)?next\s+steps?|what\s+(?:would|will)\s+(?:the\s+|our\s+)?next\s+steps?\s+be|next\s+steps?\s+(?:to|for|would|look)|what\s+(?:do\s+)?(?:I|we)\s+(?:need\s+to|have\s+to|gotta|got\s+to)\s+do\s+to\s+(?:get|start|sign|buy|move|roll|set|switch|upgrade)|where\s+do\s+(?:I|we)\s+(?:sign\s+up|pay|buy|upgrade|enter\s+(?:my|a|the)\s+card)|(?:I|we)(?:['’]?ll|\s+will|['’]?re\s+going\s+to|\s+are\s+going\s+to|['’]?m\s+going\s+to|\s+am\s+going\s+to|\s+want\s+to|['’]?re\s+ready\s+to|\s+are\s+ready\s+to|['’]?m\s+ready\s+to)\s+(?:go\s+ahead\s+and\s+)?(?:do\s+the\s+upgrade|upgrade|buy|purchase|sign\s+up|subscribe|move\s+forward|go\s+ahead|pull\s+the\s+trigger|make\s+the\s+switch|switch\s+over|roll\s+(?:it|this|pandadoc)\s+out|get\s+(?:everyone|the\s+whole\s+team|my\s+(?:whole\s+)?team|our\s+(?:whole\s+)?team)\s+(?:on|set\s+up))|(?:I|we)\s+sign\s+(?:this|next|by|before|today|tomorrow)|(?:I['’]?m|we['’]?re|I\s+am|we\s+are)\s+(?:\w+\s+){0,2}?sold\b|let['’]?s\s+(?:do\s+(?:it|this)|move\s+forward|go\s+(?:ahead|for\s+it)|get\s+(?:started|going))|sign\s+(?:me|us)\s+up|ready\s+to\s+(?:buy|purchase|sign|move\s+forward|upgrade|roll)|how\s+(?:do|can|would|should)\s+(?:I|we)\s+(?:get|request|see)\s+(?:a\s+|an\s+|the\s+)?(?:formal\s+|official\s+)?(?:quote|price|pricing|order\s+form|contract|invoice)\s+for\s+(?:\w+\s+){0,3}?(?:seats|users|licenses|people|of\s+us)|how\s+(?:do|can|would|should)\s+(?:I|we)\s+(?:add|get)\s+(?:\w+\s+){0,3}?(?:seats|users|licenses|members|designers|agents|reps|staff|employees)|what(?:['’]?s|\s+is)\s+the\s+process\s+(?:to|for)\s+(?:buy|purchas|sign|upgrad|get)\w*|what\s+do\s+(?:I|we)\s+(?:\w+\s+){0,3}?do\s+(?:next|to\s+(?:\w+\s+){0,2}?(?:buy|get|start|sign|move|roll|set|switch|upgrade|purchase))|order\s+form|(?:whatever|what)\s+(?:do\s+)?(?:I|we)\s+need\s+to\s+sign|(?:want|need)\s+(?:this|it)\s+(?:bought|purchased)|let['’]?s\s+get\s+(?:the\s+|my\s+|our\s+)?(?:whole\s+)?(?:team|everyone|everybody|office)\s+on|(?:tell|show)\s+me\s+how\s+(?:I|we)\s+(?:\w+\s+){0,2}?(?:pay|buy|purchase|upgrade|sign\s+up|subscribe)|what(?:['’]?s|\s+is)\s+the\s+(?:\w+\s+)?(?:way|process)\s+to\s+(?:\w+\s+){0,4}?(?:buy|bought|purchas\w*|upgrad\w*|pay)|(?:let['’]?s|before\s+we|once\s+we|(?:I|we)\s+(?:gonna|wanna|will|['’]?ll|want\s+to|plan\s+to))\s+roll\s+(?:it|this|pandadoc|that)\s+out\s+(?:to|for|across|company)|(?:send|email)\s+(?:me|us|over)\s+(?:the\s+)?(?:paperwork|order\s+form|contract|agreement|invoice)|put\s+(?:it|this|that|them)\s+on\s+(?:my|our|the)\s+(?:\w+\s+)?card)\b", Options)]
    private static partial Regex StrongPattern();

    private static GuardedRegex? StrongGuarded;

    public static GuardedRegex Strong() => StrongGuarded ??= new(StrongPattern());

    /// <summary>
    /// The purchase itself in other words than <see cref="Strong"/>'s (kept apart: one regex with both outgrows the
    /// non-backtracking engine's limit): a commitment with an adverb or "gonna" ("I'll just buy it today", "I'm gonna
    /// upgrade"), how to go about buying (also without the auxiliary when it opens its clause, "so, how I upgrade"), which plan to pick, a quote for
    /// the seats, wanting to get started, rolling it out ("I'm gonna roll it out to the associates"), wanting a paid plan,
    /// how to get the user's people set up ("how do I get my three reps set up today?": the roll-out, not a feature).
    /// </summary>
    [GeneratedRegex(@"\b(?:(?:I|we)(?:['’]?ll|\s+will|['’]?m\s+going\s+to|['’]?re\s+going\s+to)\s+(?:just|definitely|then|now|probably\s+just)\s+(?:buy|purchase|upgrade|subscribe|sign\s+up)|(?:I['’]?m|I\s+am|we['’]re|we\s+are)\s+gonna\s+(?:just\s+|go\s+ahead\s+and\s+)?(?:buy|purchase|upgrade|subscribe|sign\s+up|roll\s+(?:it|this|pandadoc|that)\s+out)|(?:I|we)\s+(?:want\s+to|wanna|['’]?d\s+like\s+to)\s+be\s+on\s+(?:a|the)\s+paid\s+plan|how\s+(?:do|can)\s+(?:I|we)\s+get\s+(?:my|our|the)\s+(?:\w+\s+){0,2}?(?:team|staff|people|guys|gals|folks|agents|reps|users|office|crew|associates|employees)\s+(?:set\s+up|started|onboarded|on\s+(?:it|board|pandadoc))|how\s+(?:do|can|would|should)\s+(?:I|we)\s+go\s+about\s+(?:buying|purchasing|upgrading|signing\s+up|paying)|which\s+plan\s+(?:should|do|would|can)\s+(?:I|we)\s+(?:pick|choose|get|buy|go\s+with|take)|(?:send|get|give|email)\s+(?:me|us)\s+(?:a|the)\s+(?:formal\s+|official\s+)?quote\s+for|(?:I|we)\s+(?:get|have)\s+a\s+(?:formal\s+|official\s+)?quote\s+for|(?:I|we)\s+(?:want\s+to|wanna|['’]?d\s+like\s+to|['’]?m\s+ready\s+to|['’]?re\s+ready\s+to)\s+get\s+(?:started|going)|how\s+(?:I|we)\s+(?:can\s+)?(?:upgrade|buy|purchase|pay|subscribe|sign\s+up|add\s+(?:\w+\s+){0,3}?(?:seats|users|licenses))|how\s+(?:fast|soon|quickly)\s+can\s+(?:I|we)\s+(?:start|get\s+started|get\s+going|go\s+live)|how\s+(?:do|can)\s+(?:I|we)\s+(?:\w+\s+){0,3}?(?:go\s+(?:pro|premium)|(?:put|enter|add)\s+(?:in\s+)?(?:my|our|a|the)\s+(?:credit\s+|company\s+)?card))\b", Options)]
    private static partial Regex PurchaseStepPattern();

    private static GuardedRegex? PurchaseStepGuarded;

    public static GuardedRegex PurchaseStep() => PurchaseStepGuarded ??= new(PurchaseStepPattern());

    /// <summary>Interest without commitment: "I'll keep playing with the trial", "looks great", "I like it".</summary>
    [GeneratedRegex(@"\b(?:keep\s+(?:playing|trying|testing|using|exploring|poking|looking|working)|pok(?:e|ing)\s+around|play\s+(?:around\s+)?with|interested|(?:I|we)\s+(?:really\s+)?(?:like|love)\s+(?:it|this|that|the|pandadoc|what)|(?:looks?|sounds?)\s+(?:really\s+)?(?:good|great|nice|promising|interesting|cool)|going\s+(?:really\s+)?(?:well|great|nicely)|so\s+far\s+so\s+good|try\s+(?:those|that|it|them)\s+out|try\s+(?:those|hooking))\b", Options)]
    private static partial Regex InterestPattern();

    private static GuardedRegex? InterestGuarded;

    public static GuardedRegex Interest() => InterestGuarded ??= new(InterestPattern());

    /// <summary>Giving up: "forget it", "not interested", "we'll stick with DocuSign".</summary>
    [GeneratedRegex(@"\b(?:forget\s+it|not\s+interested|not\s+for\s+us|cancel\w*\s+(?:my|the|our)\s+(?:trial|account|subscription)|waste\s+of\s+(?:my\s+|our\s+)?time|stick\s+with|(?:we|I)['’]ll\s+pass|not\s+going\s+to\s+(?:buy|switch|use|move)|won['’]?t\s+be\s+(?:buying|switching|moving))\b", Options)]
    private static partial Regex RejectionPattern();

    private static GuardedRegex? RejectionGuarded;

    public static GuardedRegex Rejection() => RejectionGuarded ??= new(RejectionPattern());

    /// <summary>The assistant offering a call or meeting, which a "let's do it" then accepts.</summary>
    [GeneratedRegex(@"\b(?:call|meeting|demo|book\w*|schedul\w*|chat|talk\s+(?:to|with))\b", Options)]
    private static partial Regex MeetingOfferPattern();

    private static GuardedRegex? MeetingOfferGuarded;

    public static GuardedRegex MeetingOffer() => MeetingOfferGuarded ??= new(MeetingOfferPattern());
}
