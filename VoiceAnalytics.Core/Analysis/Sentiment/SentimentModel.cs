using System.Runtime.InteropServices;

namespace VoiceAnalytics.Core.Analysis.Sentiment;

/// <summary>
/// A multinomial logistic regression over per-call features that labels the call: the per-call mean alone cannot
/// separate polite-neutral from positive calls, nor a real change of mind from a polite goodbye; the shape of the call
/// (its end, its extremes, how many turns carry sentiment) can, and so can the user's own words
/// (<see cref="SentimentWords"/>: a capped vocabulary of words, negated words, pairs and last-quarter words, present or
/// not, which reach the phrasings the lexicon has no entry for). <see cref="Overall"/> reads
/// <see cref="SentimentFeatures"/> and the words; it was trained on all the tune calls and the dev calls only (never
/// the held-out ones), vocabulary size and word penalty chosen by 5-fold cross-validation inside them, with
/// <c>dotnet run -c Release --project bench/VoiceAnalytics.Bench -- train-sentiment --l2 0.01 --words --min-df 10,20 --word-l2 0.0001,0.0003,0.001 --train /tmp/tuneAll ../shared/data/calls ../shared/data/calls ../shared/data/calls --write VoiceAnalytics.Core/Analysis/Sentiment/SentimentModelWeights.cs</c>
/// (/tmp/tuneAll = links to every corpus/calls/tune call, made as corpus/README.md shows; the dev calls three times), which writes <see cref="SentimentModelWeights"/>.
/// </summary>
public sealed class SentimentModel
{
    /// <summary>Bounds of the stack buffers <see cref="Predict(double[], List{int})"/> reads into (the trainer keeps at most 1000 words).</summary>
    private const int MaxLabels = 8;
    private const int MaxStackVocabulary = 2048;

    private readonly string[] _labels;
    private readonly double[][] _weights;
    private readonly double[] _bias;
    private readonly Dictionary<int, int> _columns;

    /// <param name="vocabulary">Printed <see cref="SentimentWords"/> keys; their weight columns follow the <see cref="SentimentFeatures"/>.</param>
    public SentimentModel(string[] labels, double[][] weights, double[] bias, IReadOnlyList<string> vocabulary)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(bias);
        ArgumentNullException.ThrowIfNull(vocabulary);
        if (weights.Length != labels.Length || bias.Length != labels.Length || weights.Any(row => row.Length != SentimentFeatures.Count + vocabulary.Count))
        {
            throw new ArgumentException("One row of feature and vocabulary weights per label is needed.", nameof(weights));
        }

        if (labels.Length > MaxLabels || vocabulary.Count > MaxStackVocabulary)
        {
            throw new ArgumentException(FormattableString.Invariant($"At most {MaxLabels} labels and {MaxStackVocabulary} vocabulary words are read."), nameof(vocabulary));
        }

        (_labels, _weights, _bias) = (labels, weights, bias);
        Vocabulary = vocabulary;
        _columns = new Dictionary<int, int>(vocabulary.Count);
        for (var i = 0; i < vocabulary.Count; i++)
        {
            _columns.TryAdd(SentimentWords.KeyOf(vocabulary[i]), SentimentFeatures.Count + i);
        }
    }

    public static SentimentModel Overall { get; } = new(
        [.. SentimentLabels.CallClasses], SentimentModelWeights.Weights, SentimentModelWeights.Bias, SentimentModelWeights.Vocabulary);

    /// <summary>Class order of the weights.</summary>
    public IReadOnlyList<string> Labels => _labels;

    public IReadOnlyList<string> Vocabulary { get; }

    /// <summary>The most probable label for the features alone (no words said).</summary>
    public string Predict(double[] features) => Predict(features, []);

    /// <summary>The most probable label for the features and the call's <see cref="SentimentWords"/> keys.</summary>
    /// <remarks>
    /// Allocates nothing: the class scores, the seen-word bits and the present columns (in the order first said, so the
    /// sums are the trainer's to the last bit) live on the stack.
    /// </remarks>
    public string Predict(double[] features, List<int> keys)
    {
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(keys);
        Span<double> scores = stackalloc double[MaxLabels];
        scores = scores[.._labels.Length];
        Scores(features, _weights, _bias, scores);
        Span<ulong> seen = stackalloc ulong[(Vocabulary.Count + 63) / 64];
        Span<int> present = stackalloc int[Math.Min(keys.Count, Vocabulary.Count)];
        var count = 0;
        foreach (var key in keys)
        {
            if (!_columns.TryGetValue(key, out var column))
            {
                continue;
            }

            var word = column - SentimentFeatures.Count;
            ref var bits = ref seen[word >> 6];
            var bit = 1UL << (word & 63);
            if ((bits & bit) == 0)
            {
                bits |= bit;
                present[count++] = column;
            }
        }

        AddWords(scores, present[..count], _weights);
        return _labels[ArgMax(scores)];
    }

    /// <inheritdoc cref="AddWords(Span{double}, ReadOnlySpan{int}, double[][])"/>
    public static void AddWords(double[] scores, IReadOnlyList<int> presentColumns, double[][] weights)
    {
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(presentColumns);
        ReadOnlySpan<int> columns = presentColumns is List<int> list ? CollectionsMarshal.AsSpan(list) : [.. presentColumns];
        AddWords(scores.AsSpan(), columns, weights);
    }

    /// <summary>
    /// Adds the word columns present in a call to its class scores; each present word is worth 1/sqrt(the number present),
    /// so a long call does not outvote its own shape.
    /// </summary>
    public static void AddWords(Span<double> scores, ReadOnlySpan<int> presentColumns, double[][] weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        if (presentColumns.Length == 0)
        {
            return;
        }

        var value = WordValue(presentColumns.Length);
        for (var c = 0; c < scores.Length; c++)
        {
            foreach (var column in presentColumns)
            {
                scores[c] += weights[c][column] * value;
            }
        }
    }

    /// <summary>The value of each present word column when <paramref name="present"/> are present (the row has unit length).</summary>
    public static double WordValue(int present) => present == 0 ? 0 : 1 / Math.Sqrt(present);

    /// <summary>The linear score of each class, in weight order.</summary>
    public static double[] Scores(double[] features, double[][] weights, double[] bias)
    {
        ArgumentNullException.ThrowIfNull(bias);
        var scores = new double[bias.Length];
        Scores(features, weights, bias, scores);
        return scores;
    }

    /// <summary>The linear score of each class, in weight order, written into <paramref name="scores"/> (one per class).</summary>
    public static void Scores(double[] features, double[][] weights, double[] bias, Span<double> scores)
    {
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(bias);
        for (var c = 0; c < bias.Length; c++)
        {
            var z = bias[c];
            for (var f = 0; f < features.Length && f < weights[c].Length; f++)
            {
                z += weights[c][f] * features[f];
            }

            scores[c] = z;
        }
    }

    public static int ArgMax(double[] scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        return ArgMax((ReadOnlySpan<double>)scores);
    }

    public static int ArgMax(ReadOnlySpan<double> scores)
    {
        var best = 0;
        for (var c = 1; c < scores.Length; c++)
        {
            best = scores[c] > scores[best] ? c : best;
        }

        return best;
    }
}
