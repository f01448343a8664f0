namespace VoiceAnalytics.Core.Analysis.Sentiment;

/// <summary>The user's turns in four quarters of the call: opening, discovery, discussion, closing.</summary>
public static class SegmentReader
{
    private static readonly string[] Names = ["opening", "discovery", "discussion", "closing"];

    public static IReadOnlyList<SegmentSentiment> Read(IReadOnlyList<ScoredTurn> turns)
    {
        ArgumentNullException.ThrowIfNull(turns);
        var segments = new SegmentSentiment[Names.Length];
        for (var q = 0; q < Names.Length; q++)
        {
            double sum = 0;
            var count = 0;
            for (var i = 0; i < turns.Count; i++)
            {
                if (i * Names.Length / turns.Count == q)
                {
                    sum += turns[i].Score;
                    count++;
                }
            }

            double? score = count == 0 ? null : Math.Round(sum / count, 3);
            segments[q] = new SegmentSentiment(Names[q], count, score, score is { } s ? SentimentLabels.ForTurn(s) : null);
        }

        return segments;
    }
}
