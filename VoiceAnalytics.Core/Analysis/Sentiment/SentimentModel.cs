namespace VoiceAnalytics.Core.Analysis.Sentiment;

/// <summary>
/// A multinomial logistic regression over per-call features that labels the call: the per-call mean alone cannot
/// separate polite-neutral from positive calls, nor a real change of mind from a polite goodbye; the shape of the call
/// (its end, its extremes, how many turns carry sentiment) can. <see cref="Overall"/> reads
/// <see cref="SentimentFeatures"/>; it was trained on all the tune calls and the dev calls only (never the held-out ones), with
/// <c>dotnet run -c Release --project bench/VoiceAnalytics.Bench -- train-sentiment --l2 0.01 --train /tmp/tuneAll ../shared/data/calls ../shared/data/calls ../shared/data/calls</c>
/// (tuneAll = every corpus/calls/tune call; the dev calls three times); the trainer prints the weights of <see cref="SentimentModelWeights"/>.
/// </summary>
public sealed class SentimentModel(string[] labels, double[][] weights, double[] bias)
{
    public static SentimentModel Overall { get; } = new(
        [SentimentLabels.Positive, SentimentLabels.Neutral, SentimentLabels.Negative], SentimentModelWeights.Weights, SentimentModelWeights.Bias);

    /// <summary>Class order of the weights.</summary>
    public IReadOnlyList<string> Labels => labels;

    /// <summary>The most probable label for the features.</summary>
    public string Predict(double[] features) => labels[ArgMax(Scores(features, weights, bias))];

    /// <summary>The linear score of each class, in weight order.</summary>
    public static double[] Scores(double[] features, double[][] weights, double[] bias)
    {
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(bias);
        var scores = new double[bias.Length];
        for (var c = 0; c < bias.Length; c++)
        {
            var z = bias[c];
            for (var f = 0; f < features.Length; f++)
            {
                z += weights[c][f] * features[f];
            }

            scores[c] = z;
        }

        return scores;
    }

    public static int ArgMax(double[] scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var best = 0;
        for (var c = 1; c < scores.Length; c++)
        {
            best = scores[c] > scores[best] ? c : best;
        }

        return best;
    }
}
