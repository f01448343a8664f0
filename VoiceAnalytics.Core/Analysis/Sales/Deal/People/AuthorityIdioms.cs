using System.Text.RegularExpressions;
using VoiceAnalytics.Core.Analysis.Text.Cues;

namespace VoiceAnalytics.Core.Analysis.Sales.Deal.People;

/// <summary>
/// Authority said without the words "decide" or "approve": whose money pays (out of my own pocket, the budget sits
/// with me, not really my money, she pays for the software), whose call it is by name ("it's Ruth's call"), the
/// tokens a sign-off is given as (a stamp, a signature, the okay from someone), a decision the partners make as a
/// group ("the three of us have to be on board"), and waiting for the next budget. Speech-to-text and non-native
/// forms are read too: no apostrophes ("dont gotta"), "the cto have the final word", "give recommendation to him".
/// </summary>
internal static partial class AuthorityIdioms
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.NonBacktracking;

    /// <summary>For patterns with lookarounds, which the non-backtracking engine cannot run.</summary>
    private const RegexOptions BacktrackingOptions = Options & ~RegexOptions.NonBacktracking;

    // Trigger words: every alternative of the cue's regex holds one, so the regex runs only on sentences with one.
    public static readonly Cue OwnMoneyCue = new(OwnMoney(),
    [
        "pocket", "budget", "money", "spend", "spending", "purse", "checkbook", "chequebook", "wallet", "convince",
        "persuade", "report", "answer", "ask", "clear", "run", "check", "consult", "anyone", "anybody", "nobody", "noone",
        "one", "outfit", "operation", "biz", "enterprise", "workshop", "crew",
    ]);

    public static readonly Cue OtherHoldsCue = new(OtherHolds(),
    [
        "call", "decision", "choice", "money", "budget", "checkbook", "chequebook", "purse", "say", "word",
        "recommendation", "recommendations", "pays", "pay", "tell", "show",
    ]);

    public static readonly Cue SignOffNeededCue = new(SignOffNeeded(),
    [
        "stamp", "stamps", "signature", "signatures", "sign", "signoff", "okay", "ok", "green", "greenlight", "go",
        "blessing", "nod", "approval", "permission", "thumbs", "seal", "initials", "countersignature", "us", "myself",
        "alone", "own", "payment", "payments", "purchase", "purchases", "order", "orders", "invoice", "invoices",
    ]);

    public static readonly Cue BudgetCycleCue = new(BudgetCycle(),
    [
        "budget", "budgets", "fiscal", "financial",
    ]);

    /// <summary>
    /// The user's own money or budget: "it comes out of my own pocket", "the budget for sales tools sits with me",
    /// "no committee to convince", "i dont gotta run it by nobody", "its my outfit".
    /// </summary>
    [GeneratedRegex(@"\b(?:out\s+of\s+my\s+(?:own\s+)?pocket"
        + @"|(?:budget|money|spend|spending|purse\s+strings|checkbook|chequebook|wallet)\s+(?:for\s+(?:\w+\s+){1,3}?)?(?:sits|rests|lies|stays|is)\s+(?:all\s+|only\s+|just\s+)?with\s+me"
        + @"|(?:nobody|no\s+one|noone|no\s+(?:boss|committee|board|partners?|manager))\s+(?:else\s+)?(?:to|i\s+(?:need|have)\s+to)\s+(?:convince|persuade|report\s+to|run\s+(?:it|this|that)\s+(?:by|past)|clear\s+(?:it|this|that)\s+with|answer\s+to|ask|check\s+with)"
        + @"|(?:don['’]?t|do\s+not|never|ain['’]?t)\s+(?:gotta|got\s+to|hafta|have\s+to|need\s+to)\s+(?:ask|run\s+(?:it|this|that|things|stuff)\s+(?:by|past)|check\s+with|clear\s+(?:it|this|that)\s+with|answer\s+to|consult)\s+(?:anyone|anybody|nobody|no\s+one|noone)"
        + @"|(?:it|that|this)['’]?s\s+my\s+(?:own\s+)?(?:outfit|operation|biz|enterprise|workshop|crew))\b", Options)]
    private static partial Regex OwnMoneyPattern();

    private static GuardedRegex? OwnMoneyGuarded;

    public static GuardedRegex OwnMoney() => OwnMoneyGuarded ??= new(OwnMoneyPattern());

    /// <summary>
    /// Someone else holds the decision or the money: "spending is really Ruth's call", "it's the CFO's decision", "I
    /// don't hold the purse strings", "not really my money", "the final word is not mine", "the cto have the final
    /// word", "my job is to bring her a recommendation", "she pays for all the team software", "I just tell her what I like".
    /// </summary>
    [GeneratedRegex(@"\b(?:(?:is|s|be|was|remains|stays)\s+(?:really\s+|ultimately\s+|entirely\s+|totally\s+|all\s+|just\s+|basically\s+|kind\s+of\s+|more\s+|still\s+|always\s+)?(?:(?:my|our|the)\s+(?:\w+\s+)?)?(?!(?:today|tomorrow|yesterday|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year|morning|afternoon|evening|everyone|everybody|nobody|anyone|client|customer|one|it|that|what|who|there|here|let|he|she|company|business|firm|agency|practice|shop|store|team|family|office|school)['’]s\b)[a-z]+['’]s\s+(?:call|decision|choice|money|budget|checkbook|chequebook|purse)"
        + @"|I\s+(?:don['’]?t|do\s+not|never)\s+(?:hold|control|have|own)\s+(?:the\s+)?purse[\s-]?strings"
        + @"|not\s+(?:really|exactly|actually|even|entirely|totally)\s+(?:my|our)\s+(?:call|decision|choice|budget|money)"
        + @"|not\s+(?:my|our)\s+(?:own\s+)?money"
        + @"|(?:final\s+|last\s+)(?:say|word|call)\s+(?:is\s+not|isn['’]?t|is\s+never)\s+(?:mine|ours|me)"
        + @"|(?:my|our|the|he|she|they)\s+(?:\w+\s+){0,3}?(?:have|hold|holds|keep|keeps)\s+the\s+(?:final|last|ultimate)\s+(?:say|word|call|decision)"
        + @"|(?:bring|brings|bringing|give|gives|giving|hand|send|present|take)\s+(?:(?:him|her|them)\s+)?(?:a\s+|my\s+|the\s+|our\s+)?recommendations?"
        + @"|(?:he|she|they)\s+(?:pays|pay)\s+for\s+(?:all\s+|every\s+|any\s+)?(?:of\s+)?(?:the\s+|our\s+)?(?:\w+\s+)?(?:software|tools?|subscriptions?|licen[cs]es|apps|seats|stuff|things|services)"
        + @"|I\s+(?:just|only)\s+(?:kind\s+of\s+|sort\s+of\s+|kinda\s+|sorta\s+)?(?:tell|show)\s+(?:him|her|them)\s+(?:what|which))\b", BacktrackingOptions)]
    private static partial Regex OtherHoldsPattern();

    private static GuardedRegex? OtherHoldsGuarded;

    public static GuardedRegex OtherHolds() => OtherHoldsGuarded ??= new(OtherHoldsPattern());

    /// <summary>
    /// A sign-off named by what is given: "needs a stamp from my department head", "must have signature of our CFO",
    /// "need the okay from finance"; a group that must all agree: "the three of us have to be on board", "none of us
    /// commits firm money alone"; and what the user cannot do alone: "the payment I cannot do myself".
    /// </summary>
    [GeneratedRegex(@"\b(?:(?:need|needs|needed|require|requires|required|must\s+have|has\s+to\s+have|have\s+to\s+have|gotta\s+have|got\s+to\s+have|needs?\s+to\s+(?:get|have)|ha(?:s|ve)\s+to\s+get|must\s+get|gotta\s+get)\s+(?:a\s+|an\s+|the\s+)?(?:second\s+|final\s+|formal\s+|written\s+|official\s+)?(?:stamps?|signatures?|sign[\s-]?off|signoff|okay|ok|green\s*light|go[\s-]?ahead|blessing|nod|approval|permission|thumbs[\s-]?up|seal|initials|countersignature)\s+(?:from|of|by)\s+(?:my|our|the|his|her|their)"
        + @"|(?:both|all|each|every\s+one|the\s+(?:two|three|four|five|six|other\s+\w+))\s+of\s+us\s+(?:have|has|need|needs|must|got|gotta)\s+(?:to\s+)?(?:be\s+on\s+board|agree|sign\s+off|say\s+yes|okay|ok|be\s+happy|like\s+it|approve)"
        + @"|none\s+of\s+us\s+(?:\w+\s+){0,4}?(?:alone|on\s+(?:our|their|his|her)\s+own|by\s+(?:ourselves|themselves|himself|herself))"
        + @"|(?:can['’]?t|cannot|can\s+not|not\s+allowed\s+to)\s+(?:just\s+)?(?:pay\s+(?:for\s+)?|buy\s+|purchase\s+|approve\s+|order\s+|sign\s+for\s+)(?:(?:it|this|that)\s+)?(?:myself|on\s+my\s+own|alone|by\s+myself)"
        + @"|(?:can['’]?t|cannot|can\s+not)\s+(?:just\s+)?(?:do|make|handle|sign|approve)\s+(?:the\s+|any\s+)?(?:payments?|purchases?|orders?)\s+(?:myself|on\s+my\s+own|alone|by\s+myself)"
        + @"|(?:payments?|purchases?|orders?|invoices?)\s+(?:I|we)\s+(?:can['’]?t|cannot|can\s+not)\s+(?:just\s+)?(?:do|make|handle|sign|approve|pay)\s+(?:myself|on\s+my\s+own|alone|by\s+myself))\b", Options)]
    private static partial Regex SignOffNeededPattern();

    private static GuardedRegex? SignOffNeededGuarded;

    public static GuardedRegex SignOffNeeded() => SignOffNeededGuarded ??= new(SignOffNeededPattern());

    /// <summary>
    /// The purchase waits for the next budget: "we need wait the new budget in january", "once next year's budget
    /// opens", "it would come out of the new budget", "we're in budget planning".
    /// </summary>
    [GeneratedRegex(@"\b(?:(?:wait\w*|until|till|til|for|when|once|after)\s+(?:for\s+)?(?:the\s+|our\s+)?(?:new|next)\s+(?:year['’]?s\s+)?(?:budgets?|fiscal\s+year|financial\s+year|budget\s+year|budget\s+cycle)"
        + @"|(?:next|new)\s+year['’]?s\s+budgets?"
        + @"|(?:new|next)\s+budgets?\s+(?:opens|is\s+open|starts|begins|kicks\s+in|comes\s+(?:in|through)|is\s+released|gets\s+released)"
        + @"|(?:in|into|from|out\s+of|under)\s+(?:the\s+|our\s+)?(?:next|new)\s+(?:year['’]?s\s+)?budgets?"
        + @"|budget\s+(?:cycle|round|planning|season))\b", Options)]
    private static partial Regex BudgetCyclePattern();

    private static GuardedRegex? BudgetCycleGuarded;

    public static GuardedRegex BudgetCycle() => BudgetCycleGuarded ??= new(BudgetCyclePattern());
}
