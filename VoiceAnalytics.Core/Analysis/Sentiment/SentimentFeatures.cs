using VoiceAnalytics.Core.Analysis.Sales.Deal;

namespace VoiceAnalytics.Core.Analysis.Sentiment;

/// <summary>
/// Per-call features read from the user's scored turns, the input of <see cref="SentimentModel"/>: the mean, the
/// first and last quarter, the extremes, the share of clearly positive and negative turns, the closing turns, and
/// how much evidence there is; and what the user does rather than says: an act of buying or adopting ("how do I
/// upgrade", "let's roll it out"), giving up ("we'll stick with what we have"), and a curt last word. Linear in the
/// number of turns (each turn's text is read once).
/// </summary>
public static class SentimentFeatures
{
    public const int Count = 15;

    public static readonly string[] Names =
    [
        "mean", "evidence_mean", "start", "end", "max", "min",
        "positive_share", "negative_share", "closing", "turns_log", "evidence_share", "end_minus_start",
        "commits", "gives_up", "last_turn_words_log",
    ];

    public static double[] Of(IReadOnlyList<ScoredTurn> turns)
    {
        ArgumentNullException.ThrowIfNull(turns);
        var features = new double[Count];
        if (turns.Count == 0)
        {
            return features;
        }

        double sum = 0, evidenceSum = 0, max = 0, min = 0;
        int evidence = 0, positive = 0, negative = 0;
        bool commits = false, givesUp = false;
        foreach (var turn in turns)
        {
            commits = commits || BuyingCues.Strong().IsMatch(turn.Text);
            givesUp = givesUp || BuyingCues.Rejection().IsMatch(turn.Text);
            var score = turn.Score;
            sum += score;
            max = Math.Max(max, score);
            min = Math.Min(min, score);
            var label = SentimentLabels.ForTurn(score);
            positive += label == SentimentLabels.Positive ? 1 : 0;
            negative += label == SentimentLabels.Negative ? 1 : 0;
            if (turn.HasEvidence)
            {
                evidenceSum += score;
                evidence++;
            }
        }

        var quarter = (turns.Count + 3) / 4;
        var start = SentimentTrend.MeanOfEvidence(turns, 0, quarter);
        var end = SentimentTrend.MeanOfEvidence(turns, turns.Count - quarter, turns.Count);
        features[0] = sum / turns.Count;
        features[1] = evidence == 0 ? 0 : evidenceSum / evidence;
        features[2] = start;
        features[3] = end;
        features[4] = max;
        features[5] = min;
        features[6] = (double)positive / turns.Count;
        features[7] = (double)negative / turns.Count;
        features[8] = SentimentTrend.MeanOfEvidence(turns, turns.Count - 2, turns.Count);
        features[9] = Math.Log(1 + turns.Count);
        features[10] = (double)evidence / turns.Count;
        features[11] = end - start;
        features[12] = commits ? 1 : 0;
        features[13] = givesUp ? 1 : 0;
        features[14] = Math.Log(1 + turns[^1].Words.Count);
        return features;
    }
}
