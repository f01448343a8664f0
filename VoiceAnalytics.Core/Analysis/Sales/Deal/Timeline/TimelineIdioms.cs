using System.Text.RegularExpressions;
using VoiceAnalytics.Core.Analysis.Text.Cues;

namespace VoiceAnalytics.Core.Analysis.Sales.Deal.Timeline;

/// <summary>
/// How spoken dates are revised, used up or pointed at: a date the user takes back ("end of next month no wait
/// actually end of this month"), a period said to be over ("this year is finished"), an ordinal that is an adjective
/// ("the second semester"), and "I'll do it tonight" answering the agent's steps to buy.
/// </summary>
internal static partial class TimelineIdioms
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.NonBacktracking;

    /// <summary>
    /// A self-correction right after a date, before the next one: "no wait", "sorry", "I mean", "actually no", "scratch
    /// that", "or rather", "make that", "correction".
    /// </summary>
    [GeneratedRegex(@"^[\s,.;:!-]*(?:(?:uh|um|er|oh|no|nope|sorry|well|actually|wait|hang\s+on|hold\s+on)[\s,.;:!-]+)*(?:no\s+wait|wait\s+no|wait\s+actually|no\s+actually|actually\s+no|no\s+no|sorry|i\s+mean|i\s+meant|scratch\s+that|or\s+rather|rather|make\s+(?:that|it)|correction|let\s+me\s+correct)\b", Options)]
    private static partial Regex CorrectionPattern();

    private static GuardedRegex? CorrectionGuarded;

    public static GuardedRegex Correction() => CorrectionGuarded ??= new(CorrectionPattern());

    /// <summary>The period just named is used up: "this year is finished", "this quarter's budget is gone", "this month is over".</summary>
    [GeneratedRegex(@"^\s*(?:['’]s\s+(?:budget|money)\s+|(?:budget|money)\s+)?(?:is|was|are|['’]s)\s+(?:already\s+|all\s+|basically\s+|pretty\s+much\s+)?(?:finished|over|done|gone|spent|exhausted|closed|used\s+up|maxed\s+out)\b", Options)]
    private static partial Regex PeriodOverPattern();

    private static GuardedRegex? PeriodOverGuarded;

    public static GuardedRegex PeriodOver() => PeriodOverGuarded ??= new(PeriodOverPattern());

    /// <summary>The noun an ordinal modifies when it is no day of the month: "the second semester", "our third round".</summary>
    [GeneratedRegex(@"^\s*(?:semester|semesters|term|terms|half|round|rounds|phase|phases|stage|stages|wave|waves|batch|shift|floor|location|office|year|grade|trimester|session|cohort|time|step|option|version|one|ones|part)\b", Options)]
    private static partial Regex OrdinalNounPattern();

    private static GuardedRegex? OrdinalNounGuarded;

    public static GuardedRegex OrdinalNoun() => OrdinalNounGuarded ??= new(OrdinalNounPattern());

    /// <summary>The user's own "do it" ("ill do it tonight", "doing that tomorrow"), which points at what the agent just proposed.</summary>
    [GeneratedRegex(@"\b(?:I['’]ll|ill|I\s+will|I['’]m\s+(?:gonna|going\s+to)|im\s+(?:gonna|going\s+to)|I\s+can|doing|let\s+me)\s+(?:just\s+)?(?:do|doing)?\s*(?:it|that|this|the\s+upgrade)\b", Options)]
    private static partial Regex DoItPattern();

    private static GuardedRegex? DoItGuarded;

    public static GuardedRegex DoIt() => DoItGuarded ??= new(DoItPattern());

    /// <summary>The agent's turn tells the user how to buy: "upgrade from Settings, then Billing", "pick a plan", "checkout".</summary>
    [GeneratedRegex(@"\b(?:upgrad\w*|billing|checkout|paid\s+plan|pick\s+a\s+plan|choose\s+(?:a|the)\s+(?:\w+\s+)?plan|subscribe|purchase)\b", Options)]
    private static partial Regex PurchaseStepsPattern();

    private static GuardedRegex? PurchaseStepsGuarded;

    public static GuardedRegex PurchaseSteps() => PurchaseStepsGuarded ??= new(PurchaseStepsPattern());
}
