using System.Text.RegularExpressions;
using VoiceAnalytics.Core.Analysis.Text.Cues;

namespace VoiceAnalytics.Core.Analysis.Objections;

/// <summary>
/// How a user takes the agent saying a capability is missing. A reply that opens hesitating ("hm", "ugh", "oh no") or
/// that weighs the gap ("kind of a must", "that's the whole workflow for us", "the first question IT will ask") keeps
/// the gap as an objection, as does one resigned to it ("figures", "typical") or counting the manual re-entry it leaves
/// ("so we'd be retyping everything"); a reply that shrugs it off ("not a deal breaker", "we can export a list") does not.
/// </summary>
internal static partial class GapReaction
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    /// <summary>The reaction that makes the gap count, or null when the user shrugs it off or says nothing of it.</summary>
    public static Match? Weighed(string text)
    {
        if (Dismissal().IsMatch(text) || ObjectionTopics.Accepts(text))
        {
            return null;
        }

        var hesitation = Hesitation().Match(text);
        return hesitation.Success ? hesitation : Weight().Match(text) is { Success: true } weight ? weight : null;
    }

    /// <summary>
    /// A reply that lets an unweighed gap go: it shrugs it off ("not a big deal"), opens by taking the answer as given
    /// ("okay.", "got it, and ..."), or names a way around it ("we'd just use Zapier", "we can export a CSV").
    /// </summary>
    public static bool LetsGo(string text) =>
        Dismissal().IsMatch(text) || ObjectionTopics.Accepts(text) || PlainAcknowledgement().IsMatch(text) || Workaround().IsMatch(text);

    [GeneratedRegex(@"^\W*(?:okay|ok|alright|all\s+right|sure|got\s+it|i\s+see|understood|fair\s+enough|no\s+worries|right)\b", Options)]
    private static partial Regex PlainAcknowledgementPattern();

    private static GuardedRegex? PlainAcknowledgementGuarded;

    private static GuardedRegex PlainAcknowledgement() => PlainAcknowledgementGuarded ??= new(PlainAcknowledgementPattern());

    [GeneratedRegex(
        @"\b(?:zapier|api|export\w*|csv|work\s*around|(?:we['’]?d|we\s+would|we['’]?ll|we\s+will|we\s+can|we\s+could|i\s+can|i['’]?ll|i\s+could)\s+(?:just\s+|probably\s+)?(?:use|do|go\s+through|export|connect|build|live))\b",
        Options)]
    private static partial Regex WorkaroundPattern();

    private static GuardedRegex? WorkaroundGuarded;

    private static GuardedRegex Workaround() => WorkaroundGuarded ??= new(WorkaroundPattern());

    /// <summary>An opening interjection of hesitation or dismay.</summary>
    [GeneratedRegex(@"^\W*(?:(?:so|well|oh|ah|yeah|okay|ok)\W+)?(?:hm+|hmm+|mm+|ugh+|oof|ouch|yikes|uh[- ]oh|oh\s+(?:no|man|boy)|ah\s+(?:man|shoot)|damn|dang|shoot|welp|huh|figures|go\s+figure|typical|of\s+course\s+not)\b", Options)]
    private static partial Regex HesitationPattern();

    private static GuardedRegex? HesitationGuarded;

    private static GuardedRegex Hesitation() => HesitationGuarded ??= new(HesitationPattern());

    /// <summary>Words that give the missing capability weight: it is needed, central, a problem, a loss.</summary>
    [GeneratedRegex(
        @"\b(?:(?:a|kind\s+of\s+a|kinda\s+a)\s+must|must[- ]have|(?:the\s+)?whole\s+(?:workflow|point|reason|process|thing)|first\s+(?:question|thing)|(?:the\s+)?(?:main|big|one|only)\s+thing"
        + @"|(?:a|the|kind\s+of\s+a|big)\s+(?:problem|issue|gap|hurdle|blocker)|deal[- ]?breaker|no[- ]?go|hard\s+no|too\s+bad|shame|pity|bummer|letdown"
        + @"|(?:was|were)\s+(?:really\s+)?(?:hoping|counting\s+on)|(?:really|definitely)\s+need(?:ed|s)?|need\s+(?:that|it|this)|that\s+hurts|that['’]?s\s+rough"
        // the gap called important or hard to do without ("this is very important point", "without it, it is difficult for us")
        + @"|(?:very|really|super|pretty|quite|so|extremely)\s+important|important\s+(?:points?|things?)|(?:difficult|hard|tough|complicated)\s+for\s+(?:us|me|our)|sticking\s+point"
        // the gap called big ("that's a big one", "a real gap for us"), disappointing or frustrating
        + @"|(?:a|the)\s+(?:real|major|huge|serious|big)\s+(?:one|gap|miss|problem|issue|limitation|drawback)|disappoint\w*|frustrat\w*|annoying|let\s*down|(?:harder|hard|tough|tougher)\s+(?:to\s+)?sell"
        // the product called of no use without it ("then it's not much use to me", "that won't work for us", "a lot less useful")
        + @"|(?:not|isn['’]?t|is\s+not)\s+(?:much|any|very\s+much)\s+(?:use|good|help)|(?:a\s+lot\s+|much\s+|far\s+)?less\s+useful|useless|pointless|dead\s+end"
        + @"|(?:not|won['’]?t|isn['’]?t|doesn['’]?t|wouldn['’]?t|is\s+not|does\s+not)\s+(?:really\s+)?(?:going\s+to\s+|gonna\s+)?(?:work|fly|cut\s+it)\s+for\s+(?:me|us|our)"
        // the gap restated with resignation ("so no. great.", "so it can't do that", "so you don't know")
        + @"|^\W*(?:(?:okay|ok|right|well|oh)\W+)?so\s+(?:no|not\s+really|it\s+(?:can['’]?t|doesn['’]?t|won['’]?t)|you\s+(?:can['’]?t|don['’]?t))"
        // the work the gap leaves the user with: keying the data in again by hand
        + @"|re-?typ\w*|re-?key\w*|re-?enter\w*|double[- ]?(?:entry|enter\w*|key\w*)|typ(?:e|ing)\s+(?:\w+\s+){0,3}(?:twice|again|over)|by\s+hand|manually)\b",
        Options)]
    private static partial Regex WeightPattern();

    private static GuardedRegex? WeightGuarded;

    private static GuardedRegex Weight() => WeightGuarded ??= new(WeightPattern());

    /// <summary>Shrugging the gap off: not a big deal, not the end of the world, a workaround the user already has.</summary>
    [GeneratedRegex(
        @"\b(?:(?:not|isn['’]?t|is\s+not|wasn['’]?t)\s+(?:a\s+|that\s+)?(?:big\s+|huge\s+)?(?:deal(?:[- ]?breaker)?|problem|issue|priority|must)|not\s+fussed|that['’]?ll\s+do|no\s+(?:big\s+)?(?:deal|problem|worries)|not\s+the\s+end\s+of\s+the\s+world"
        + @"|(?:can|could)\s+live\s+without|doesn['’]?t\s+(?:really\s+)?matter|not\s+(?:that\s+|so\s+|very\s+|too\s+|really\s+)?important|(?:don['’]?t|do\s+not)\s+(?:really\s+)?need\s+(?:it|that|this)|nice\s+to\s+have"
        + @"|work\s+around\s+(?:it|that)|we\s+can\s+(?:just\s+|always\s+)?(?:export|bring|use|do|keep|handle|manage|live|translate|copy|upload|print))\b",
        Options)]
    private static partial Regex DismissalPattern();

    private static GuardedRegex? DismissalGuarded;

    private static GuardedRegex Dismissal() => DismissalGuarded ??= new(DismissalPattern());
}
