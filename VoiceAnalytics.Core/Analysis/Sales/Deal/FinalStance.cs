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
    public static (Evidence Evidence, int Turn)? Refusal(IReadOnlyList<ScannedTurn> turns)
    {
        var late = Math.Max(2, (int)Math.Ceiling(turns.Count * LateShare));
        for (var i = Math.Max(0, turns.Count - late); i < turns.Count; i++)
        {
            if (RefusalPattern().Match(turns[i].Turn.Text) is { Success: true } refusal)
            {
                return (Evidence.Sentence(turns[i].Turn, refusal.Index), i);
            }
        }

        return null;
    }

    /// <summary>A flat no: the product is ruled out, the user walks away or stays with what they have.</summary>
    [GeneratedRegex(@"\b(?:(?:this|that|it)\s+(?:is\s*n['’]?t|is\s+not|['’]s\s+not)\s+(?:it|for\s+us|going\s+to\s+work|gonna\s+work)|(?:I['’]?m|we['’]re|I\s+am|we\s+are)\s+done|(?:I['’]?m|I\s+am|we['’]re|we\s+are)\s+(?:just\s+)?(?:going\s+to|gonna)\s+(?:just\s+)?(?:renew|stay|stick|keep\s+(?:using\s+)?(?:what|our|my))|(?:I|we)['’]ll\s+(?:just\s+)?(?:renew|stay\s+with|stick\s+with)|no\s+deal|not\s+(?:worth\s+it|interested|for\s+us)|(?:I|we)\s+(?:don['’]?t|do\s+not)\s+have\s+time\s+for\s+(?:another|a)\s+(?:call|meeting|demo))\b", Options)]
    private static partial Regex RefusalPattern();
}
