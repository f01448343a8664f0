using VoiceAnalytics.Core.Analysis.Sales.Deal.Timeline;
using VoiceAnalytics.Core.Analysis.Sentiment;
using VoiceAnalytics.Core.Analysis.Text;

namespace VoiceAnalytics.Core.Analysis.Sales.Deal;

/// <summary>
/// Buying signal: strong when the user asks how to buy or for next steps, or commits to buy, upgrade or roll out;
/// medium for a booked (or attempted) meeting or a concrete decision timeline from a user who is not plainly unhappy; weak for interest or "just looking";
/// none otherwise, or when the user gives up. The user's final stance wins over what came before it: a user who
/// refuses at the end ("this isn't it", "I'll just renew") is none, unless a meeting was booked or they ask to buy afterwards. A "let's do it" that accepts a call is the meeting, not a purchase.
/// </summary>
internal static class BuyingSignalExtractor
{
    public static Extracted<string> Extract(Conversation conversation, IReadOnlyList<ScannedTurn> turns, Extracted<string>? timeline, MeetingDetails? meeting, bool needStated = false)
    {
        var refusal = FinalStance.Refusal(turns);
        if (StrongCue(conversation, turns) is var (strong, strongTurn) && (refusal is null || strongTurn > refusal.Value.Turn))
        {
            return new Extracted<string>(BuyingSignalLevels.Strong, 0.85, strong);
        }

        if (meeting is not null && (meeting.Booked || refusal is null))
        {
            return new Extracted<string>(BuyingSignalLevels.Medium, meeting.Booked ? 0.8 : 0.65, meeting.Confirmation);
        }

        if (refusal is { } closing)
        {
            return new Extracted<string>(BuyingSignalLevels.None, 0.6, closing.Evidence);
        }

        // Medium needs a clear need with the timeline: a user whose words are plainly unhappy about the product has a
        // date, not a need for it, so their timeline weighs like just looking (weak) unless they give up (none).
        if (timeline is { Value: not TimelineBuckets.Evaluating } && !UserMood.IsPlainlyNegative(conversation))
        {
            return new Extracted<string>(BuyingSignalLevels.Medium, 0.65, timeline.Evidence);
        }

        if (DealCues.FirstEvidence(turns, BuyingCues.RejectionCue, (text, match) => !DealText.InConditionalClause(text, match.Index)) is { } gaveUp)
        {
            return new Extracted<string>(BuyingSignalLevels.None, 0.6, gaveUp);
        }

        if (timeline is not null)
        {
            return new Extracted<string>(BuyingSignalLevels.Weak, 0.65, timeline.Evidence);
        }

        if (DealCues.FirstEvidence(turns, BuyingCues.InterestCue) is { } interest)
        {
            return new Extracted<string>(BuyingSignalLevels.Weak, 0.55, interest);
        }

        // A user who told us what they would send or connect, and neither refused nor gave up, has shown interest.
        return needStated && turns.Count >= 3 && FinalStance.Dismissal(turns) is null
            ? new Extracted<string>(BuyingSignalLevels.Weak, 0.5, null)
            : new Extracted<string>(BuyingSignalLevels.None, 0.5, null);
    }

    private static (Evidence Evidence, int Turn)? StrongCue(Conversation conversation, IReadOnlyList<ScannedTurn> turns)
    {
        for (var i = 0; i < turns.Count; i++)
        {
            var (turn, scan) = turns[i];
            foreach (var match in scan.Matches(BuyingCues.StrongCue).Concat(scan.Matches(BuyingCues.PurchaseStepCue)))
            {
                if (DealText.IsNegatedBefore(turn.Text, match.Index) || DealText.ContainsNegator(match.ValueSpan))
                {
                    continue; // "I'm not totally sold yet"
                }

                if (IsBareHowInsideClause(turn.Text, match))
                {
                    continue; // "that's how we pay our vendors" describes, "so, how I upgrade?" asks
                }

                var acceptsCall = match.ValueSpan.StartsWith("let", StringComparison.OrdinalIgnoreCase)
                    && conversation.PreviousAssistant(turn) is { } offer && BuyingCues.MeetingOffer().IsMatch(offer.Text);
                if (!acceptsCall)
                {
                    return (Evidence.Sentence(turn, match.Index), i);
                }
            }
        }

        return null;
    }

    /// <summary>A "how I/we ..." without an auxiliary asks only when it opens its clause ("and how I add seats").</summary>
    private static bool IsBareHowInsideClause(string text, System.Text.RegularExpressions.Match match)
    {
        var value = match.ValueSpan;
        if (!value.StartsWith("how i ", StringComparison.OrdinalIgnoreCase) && !value.StartsWith("how we ", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var clauseStart = DealText.ClauseStart(text, match.Index);
        foreach (var range in text.AsSpan(clauseStart, match.Index - clauseStart).Split(' '))
        {
            var word = text.AsSpan(clauseStart)[range];
            if (!word.IsEmpty && !DealText.IsAny(word, ClauseOpeners))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] ClauseOpeners = ["and", "so", "or", "but", "then", "just", "ok", "okay", "now"];
}
