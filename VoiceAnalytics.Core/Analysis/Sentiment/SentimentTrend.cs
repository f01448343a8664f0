using VoiceAnalytics.Core.Analysis.Sentiment.Terms;
using VoiceAnalytics.Core.Analysis.Text;

namespace VoiceAnalytics.Core.Analysis.Sentiment;

/// <summary>
/// Start versus end of the call: the first and the last quarter of the user's turns (at least one each). Inside a
/// quarter only turns that carry sentiment count (a factual answer says nothing about the mood); at the start, a
/// complaint that describes how they work today is not a mood (<see cref="MeanOfMood"/>). Improving means a
/// negative start and a clearly better end that is clearly positive, warmer than a polite "okay, thanks" (a call that
/// merely stops complaining is not improving); declining means a clearly worse end that is negative, even mildly so
/// (users who sour on a product mostly stay calm about it: "hm, that's an issue for us"). A rise must be larger than a drop: users warm up politely by the
/// goodbye far more often than they truly change their mind. A user who closes with praise beyond their expectations
/// ("more useful than I expected", "that was actually helpful", <see cref="TextSentiment.Surprised"/>) says their view
/// rose, so the call improves unless it started clearly positive; one who closes by turning the purchase down ("we're
/// probably not switching this year", <see cref="WalkAwayCues"/>) says it fell, unless they started clearly negative. A user who objects to being called at all ("take me off
/// your list", <see cref="TextSentiment.RefusesContact"/>) held that stance before the first word, so their call does not decline.
/// </summary>
public static class SentimentTrend
{
    public const string Improving = "improving";
    public const string Stable = "stable";
    public const string Declining = "declining";

    private const double NegativeStart = -0.12;
    private const double ClearRise = 0.45;
    private const double ClearDrop = 0.35;
    private const double NegativeEnd = -0.15;
    private const double PositiveEnd = 0.3;
    private const double SurprisedStartCeiling = 0.3;

    /// <summary>The trend of the call's <see cref="SentimentTimeline"/>, read once for the sentiment and quality analyzers (<see cref="Conversation.Shared{T}"/>).</summary>
    public static TrendReading Read(Conversation conversation)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        return Of(conversation.Shared(SentimentTimeline.Read));
    }

    public static TrendReading Of(IReadOnlyList<ScoredTurn> turns)
    {
        ArgumentNullException.ThrowIfNull(turns);
        if (turns.Count < 2)
        {
            return TrendReading.Flat;
        }

        var quarter = (turns.Count + 3) / 4;
        var start = MeanOfMood(turns, 0, quarter);
        var end = MeanOfEvidence(turns, turns.Count - quarter, turns.Count);
        var delta = end - start;
        var rose = (delta >= ClearRise && start <= NegativeStart) || (start < SurprisedStartCeiling && AnySurprised(turns, turns.Count - quarter));
        var trend = rose && end >= PositiveEnd ? Improving
            : Drops(turns, quarter, start, end, delta) ? Declining
            : Stable;
        return new TrendReading(Math.Round(start, 3), Math.Round(end, 3), Math.Round(delta, 3), trend);
    }

    /// <summary>
    /// A clearly worse, negative end; or, after a start that was not clearly negative, a closing quarter that turns the
    /// purchase down (<see cref="WalkAwayCues"/>): their view fell even when they stay calm and close with thanks.
    /// </summary>
    private static bool Drops(IReadOnlyList<ScoredTurn> turns, int quarter, double start, double end, double delta)
    {
        if (AnyRefusal(turns))
        {
            return false;
        }

        return (delta <= -ClearDrop && end <= NegativeEnd)
            || (start > NegativeStart && WalkAwayCues.WalksAway(turns, turns.Count - quarter));
    }

    private static bool AnySurprised(IReadOnlyList<ScoredTurn> turns, int from)
    {
        for (var i = Math.Max(0, from); i < turns.Count; i++)
        {
            if (turns[i].Sentiment.Surprised)
            {
                return true;
            }
        }

        return false;
    }

    private static bool AnyRefusal(IReadOnlyList<ScoredTurn> turns)
    {
        foreach (var turn in turns)
        {
            if (turn.Sentiment.RefusesContact)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Mean mood of the turns in [from, to): their scores without the complaints that describe a thing
    /// (<see cref="SentimentHit.Describes"/>); a turn left with no hit carries no mood. The start of a call is where the
    /// user says how they work today, so "it's clunky", "a mess", "slow" there are the reason for the call, not a mood
    /// the call can improve on; their feelings ("skeptical", "frustrated") and verdicts still count.
    /// </summary>
    public static double MeanOfMood(IReadOnlyList<ScoredTurn> turns, int from, int to)
    {
        ArgumentNullException.ThrowIfNull(turns);
        double sum = 0;
        var count = 0;
        for (var i = Math.Max(0, from); i < Math.Min(to, turns.Count); i++)
        {
            var sentiment = turns[i].Sentiment;
            double described = 0;
            var kept = 0;
            for (var h = 0; h < sentiment.Hits.Count; h++)
            {
                var hit = sentiment.Hits[h];
                if (hit.Describes && hit.Weight < 0)
                {
                    described += hit.Weight;
                }
                else
                {
                    kept++;
                }
            }

            if (kept > 0)
            {
                sum += described == 0 ? sentiment.Score : SentimentScorer.Squashed(sentiment.Raw - described);
                count++;
            }
        }

        return count == 0 ? 0 : sum / count;
    }

    /// <summary>Mean score of the turns in [from, to) that carry sentiment; 0 when none does.</summary>
    public static double MeanOfEvidence(IReadOnlyList<ScoredTurn> turns, int from, int to)
    {
        ArgumentNullException.ThrowIfNull(turns);
        double sum = 0;
        var count = 0;
        for (var i = Math.Max(0, from); i < Math.Min(to, turns.Count); i++)
        {
            if (turns[i].HasEvidence)
            {
                sum += turns[i].Score;
                count++;
            }
        }

        return count == 0 ? 0 : sum / count;
    }
}
