using System.Text.RegularExpressions;
using VoiceAnalytics.Core.Analysis.Text;

namespace VoiceAnalytics.Core.Analysis.Sales.Deal;

/// <summary>
/// How the user leaves the deal, read from their last turns only: a flat refusal ("this isn't it", "I'm done", "I'll
/// just renew") is no signal at all, whatever timeline or enthusiasm came before. (Capping a mere souring, "deal
/// breaker", "probably not", at weak helped the calls it was read on and lost on unread ones, so it is not done.)
/// </summary>
internal static partial class FinalStance
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.NonBacktracking;

    /// <summary>The share of the user's turns, from the end, that counts as their final stance (at least two turns).</summary>
    private const double LateShare = 0.35;

    /// <summary>Where the user's closing turns refuse the product, with the turn it was read from; null when they do not.</summary>
    public static (Evidence Evidence, int Turn)? Refusal(IReadOnlyList<ScannedTurn> turns) => LateMatch(turns, RefusalPattern());

    /// <summary>
    /// Where the user's closing turns deflate without a flat no ("what's the point", "never mind", "too expensive for
    /// me", "I'm not paying that"): not enough to undo a timeline or a meeting, but it keeps interest unproven.
    /// </summary>
    public static (Evidence Evidence, int Turn)? Dismissal(IReadOnlyList<ScannedTurn> turns) => LateMatch(turns, DismissalPattern());

    private static (Evidence Evidence, int Turn)? LateMatch(IReadOnlyList<ScannedTurn> turns, Regex pattern)
    {
        var late = Math.Max(2, (int)Math.Ceiling(turns.Count * LateShare));
        for (var i = Math.Max(0, turns.Count - late); i < turns.Count; i++)
        {
            var text = turns[i].Turn.Text;
            foreach (Match match in pattern.Matches(text))
            {
                if (!DealText.InConditionalClause(text, match.Index))
                {
                    return (Evidence.Sentence(turns[i].Turn, match.Index), i); // "if it's not for us" only weighs an outcome
                }
            }
        }

        return null;
    }

    /// <summary>A flat no: the product is ruled out, the user walks away or stays with what they have.</summary>
    [GeneratedRegex(@"\b(?:(?:this|that|it)\s+(?:is\s*n['’]?t|is\s+not|['’]s\s+not)\s+(?:it|for\s+us|going\s+to\s+work|gonna\s+work)|(?:I['’]?m|we['’]re|I\s+am|we\s+are)\s+done|(?:I['’]?m|I\s+am|we['’]re|we\s+are)\s+(?:just\s+)?(?:going\s+to|gonna)\s+(?:just\s+)?(?:renew|stay|stick|keep\s+(?:using\s+)?(?:what|our|my))|(?:I|we)['’]ll\s+(?:just\s+)?(?:renew|stay\s+with|stick\s+with)|(?:I['’]?m|I\s+am|we['’]re|we\s+are)\s+(?:probably\s+|just\s+)*(?:staying\s+(?:put|with)|sticking\s+with)|no\s+deal|not\s+(?:worth\s+it|interested|for\s+us)|(?:I|we)\s+(?:don['’]?t|do\s+not)\s+have\s+time\s+for\s+(?:another|a)\s+(?:call|meeting|demo))\b", Options)]
    private static partial Regex RefusalPattern();

    /// <summary>Deflating: the product looks pointless, too dear, or not worth the user's time.</summary>
    [GeneratedRegex(@"\b(?:what['’]?s\s+the\s+point|never\s*mind|waste\s+of\s+(?:an?\s+|my\s+|our\s+)?(?:time|afternoon|morning|day)|too\s+expensive\s+for\s+(?:me|us)|(?:I['’]?m|I\s+am|we['’]re|we\s+are)\s+not\s+(?:paying|going\s+to\s+pay|gonna\s+pay)|why\s+would\s+(?:I|we)\s+(?:pay|switch)|not\s+that\s+it(?:['’]ll|\s+will)\s+matter)\b", Options)]
    private static partial Regex DismissalPattern();
}
