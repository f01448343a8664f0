using System.Text.RegularExpressions;
using VoiceAnalytics.Core.Analysis.Sales.Deal;
using VoiceAnalytics.Core.Analysis.Text.Cues;

namespace VoiceAnalytics.Core.Analysis.Sentiment;

/// <summary>
/// A user turning the purchase down, said calmly: keeping what they have ("we'll stay with what we have", "probably
/// not switching"), putting it off ("not right now", "not this year"), finding it no fit ("a dead end for us", "not
/// the right fit", "I'm leaning the other way", "I wouldn't hold your breath"), or giving up ("forget it", "not
/// interested", "waste of time", "I'll pass."). Users who sour on a product mostly say so in these words rather than
/// with complaint words, and still close with thanks, so the turn scores hide it. A commitment to buy in the same
/// turns ("forget the call, I'll just upgrade tonight") is no walking away.
/// </summary>
internal static partial class WalkAwayCues
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.NonBacktracking;

    // Every alternative holds a literal of three letters or more (GuardedRegex reads them). "I'll pass" only when the
    // sentence ends there: "I'll pass it to my boss" hands something on.
    [GeneratedRegex(@"\b(?:not\s+(?:going\s+to|gonna)\s+(?:buy|switch|move|change|use)|not\s+(?:switching|buying|moving\s+(?:over|forward))|(?:stay|staying|stick|sticking)\s+with|keep\s+(?:using\s+)?what\s+(?:we|I)\s+(?:have|got)|not\s+(?:a|the)\s+(?:good\s+|right\s+)?fit|dead\s+end|leaning\s+(?:the\s+other\s+way|against)|hold\s+your\s+breath|not\s+right\s+now|not\s+this\s+year|not\s+worth\s+(?:it|the)|forget\s+it|not\s+interested|not\s+for\s+us|waste\s+of\s+(?:my\s+|our\s+)?time|won['’]?t\s+be\s+(?:buying|switching|moving))\b|\b(?:we|I)['’]ll\s+pass\s*(?:[.,!]|$)", Options)]
    private static partial Regex WalkAwayPattern();

    private static GuardedRegex? WalkAwayGuarded;

    public static GuardedRegex WalkAway() => WalkAwayGuarded ??= new(WalkAwayPattern());

    /// <summary>Whether the user's turns in [from, end) turn the purchase down and none of them commits to it.</summary>
    public static bool WalksAway(IReadOnlyList<ScoredTurn> turns, int from)
    {
        ArgumentNullException.ThrowIfNull(turns);
        var walks = false;
        for (var i = Math.Max(0, from); i < turns.Count; i++)
        {
            var text = turns[i].Text;
            if (BuyingCues.Strong().IsMatch(text) || BuyingCues.PurchaseStep().IsMatch(text))
            {
                return false;
            }

            walks = walks || WalkAway().IsMatch(text);
        }

        return walks;
    }
}
