using System.Globalization;
using System.Text;
using System.Text.Json;
using VoiceAnalytics.Core.Analysis;
using VoiceAnalytics.Core.Analysis.Sentiment;
using VoiceAnalytics.Core.Contracts.Parsing;
using VoiceAnalytics.Core.Evaluation;

namespace VoiceAnalytics.Bench.Training;

/// <summary>
/// <c>train-sentiment [--l2 0.01] [--undecided] [--words --min-df 5,10 --word-l2 0.001,0.01 [--max-vocab 400] [--no-end]]
/// [--write FILE] --train DIR... [--test DIR...]</c>: fits <see cref="SentimentModel.Overall"/> on the labeled calls of the
/// train folders (the tune calls and the dev calls, never the held-out ones), prints accuracy by folder next to the
/// mean-score rule's and the analyzer's (the rule where the mean decides, else the model), 5-fold cross-validation on
/// the train set, and the weights as C# for <c>SentimentModelWeights.cs</c> (written there with <c>--write</c>).
/// With <c>--words</c> the model also reads <see cref="SentimentWords"/>: the vocabulary is the keys said in at least
/// min-df train calls (at most max-vocab, the most common first), chosen again inside each fold; given lists, every
/// (min-df, word-l2) pair is cross-validated and the best one is fitted. Folds go by call id, so a call listed twice
/// (the dev calls) never sits on both sides of a fold.
/// </summary>
public static class SentimentTrainer
{
    private const int Folds = 5;
    private const int CrossValidationIterations = 1500;

    public static int Run(string[] args, TextWriter output)
    {
        var l2 = 0.01;
        var undecidedOnly = false;
        var words = false;
        var withEnd = true;
        var minDfs = new List<int> { 5 };
        var wordL2s = new List<double> { 0.01 };
        var maxVocab = 1000;
        string? write = null;
        var train = new List<string>();
        var test = new List<string>();
        List<string>? current = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--l2":
                    l2 = double.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--undecided":
                    undecidedOnly = true;
                    break;
                case "--words":
                    words = true;
                    break;
                case "--no-end":
                    withEnd = false;
                    break;
                case "--min-df":
                    minDfs = [.. args[++i].Split(',').Select(v => int.Parse(v, CultureInfo.InvariantCulture))];
                    break;
                case "--word-l2":
                    wordL2s = [.. args[++i].Split(',').Select(v => double.Parse(v, CultureInfo.InvariantCulture))];
                    break;
                case "--max-vocab":
                    maxVocab = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--time":
                    return TimeWords(args[++i], output);
                case "--write":
                    write = args[++i];
                    break;
                case "--train":
                    current = train;
                    break;
                case "--test":
                    current = test;
                    break;
                default:
                    if (current is null)
                    {
                        return 2;
                    }

                    current.Add(args[i]);
                    break;
            }
        }

        if (train.Count == 0)
        {
            return 2;
        }

        var labels = SentimentLabels.CallClasses.ToArray();
        var names = new Dictionary<int, string>();
        var trainSet = train.SelectMany(f => Read(f, names, withEnd)).Where(s => !undecidedOnly || !s.Decided).ToList();
        var ids = trainSet.Select(s => s.Id).Distinct().ToList();
        var folds = trainSet.Select(s => ids.IndexOf(s.Id) % Folds).ToArray();
        var (minDf, wordL2) = (minDfs[0], wordL2s[0]);
        if (!words)
        {
            (minDf, wordL2) = (int.MaxValue, l2);
            output.WriteLine(FormattableString.Invariant($"l2 {l2}, {trainSet.Count} train calls, {Folds}-fold CV analyzer accuracy {CrossValidate(trainSet, folds, labels, l2, minDf, maxVocab, wordL2):F3}"));
        }
        else
        {
            var best = -1.0;
            output.WriteLine(FormattableString.Invariant($"l2 {l2}, {trainSet.Count} train calls ({ids.Count} distinct), words{(withEnd ? " and end: words" : "")}, max vocabulary {maxVocab}"));
            output.WriteLine(FormattableString.Invariant($"  no words: {Folds}-fold CV analyzer accuracy {CrossValidate(trainSet, folds, labels, l2, int.MaxValue, maxVocab, l2):F3}"));
            foreach (var df in minDfs)
            {
                foreach (var wl2 in wordL2s)
                {
                    var accuracy = CrossValidate(trainSet, folds, labels, l2, df, maxVocab, wl2);
                    output.WriteLine(FormattableString.Invariant($"  min-df {df}, word-l2 {wl2}: {Folds}-fold CV analyzer accuracy {accuracy:F3}"));
                    if (accuracy > best + 1e-9)
                    {
                        (best, minDf, wordL2) = (accuracy, df, wl2);
                    }
                }
            }

            output.WriteLine(FormattableString.Invariant($"fitting min-df {minDf}, word-l2 {wordL2}"));
        }

        var vocabulary = Vocabulary(trainSet, minDf, maxVocab);
        // with words the fit stops where the cross-validated fits stopped (early stopping is part of their penalty)
        var (weights, bias) = Fit(trainSet, vocabulary, labels, l2, wordL2, words ? CrossValidationIterations : 4000);
        output.WriteLine(FormattableString.Invariant($"{vocabulary.Count} vocabulary keys"));
        foreach (var folder in train.Concat(test))
        {
            var set = Read(folder, names, withEnd);
            var predicted = set.Select(s => Predict(s, vocabulary, weights, bias, labels)).ToList();
            var right = set.Where((s, i) => predicted[i] == s.Label).Count();
            var rule = set.Count(s => s.Rule == s.Label);
            var pipeline = set.Where((s, i) => (s.Decided ? s.Rule : predicted[i]) == s.Label).Count();
            output.WriteLine(FormattableString.Invariant($"{folder}: model {(double)right / set.Count:F3}, rule {(double)rule / set.Count:F3}, analyzer {(double)pipeline / set.Count:F3} ({set.Count} calls)"));
        }

        var printed = Format(weights, bias, [.. vocabulary.Select(k => names[k])], args);
        if (write is null)
        {
            output.WriteLine(printed);
        }
        else
        {
            File.WriteAllText(write, printed);
            output.WriteLine($"wrote {write}");
        }

        return 0;
    }

    /// <summary><c>--time DIR</c>: the time the shipped model's words add per call (collecting them and scoring them), over the folder's calls.</summary>
    private static int TimeWords(string folder, TextWriter output)
    {
        var calls = LabeledCall.Find(folder).Select(c => PayloadParser.Parse(File.ReadAllBytes(c.PayloadPath))).Where(p => p.IsValid)
            .Select(p => SentimentTimeline.Read(AnalysisInput.ForSession(p.Payload!).Conversation)).ToList();
        var features = calls.Select(SentimentFeatures.Of).ToList();
        double Pass(bool withWords)
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var votes = 0;
            for (var i = 0; i < calls.Count; i++)
            {
                if (withWords)
                {
                    var keys = new List<int>(256);
                    SentimentWords.Collect(calls[i], keys);
                    votes += SentimentModel.Overall.Predict(features[i], keys).Length;
                }
                else
                {
                    votes += SentimentModel.Overall.Predict(features[i]).Length;
                }
            }

            return votes > 0 ? clock.Elapsed.TotalMicroseconds / calls.Count : 0;
        }

        for (var warm = 0; warm < 5; warm++)
        {
            Pass(true);
            Pass(false);
        }

        var with = Enumerable.Range(0, 30).Select(_ => Pass(true)).Order().ToList();
        var without = Enumerable.Range(0, 30).Select(_ => Pass(false)).Order().ToList();
        output.WriteLine(FormattableString.Invariant($"{calls.Count} calls: model with words {with[15]:F2} µs/call (median of 30 passes), without {without[15]:F2} µs/call, words add {with[15] - without[15]:F2} µs"));
        return 0;
    }

    private static double CrossValidate(List<Sample> set, int[] folds, string[] labels, double l2, int minDf, int maxVocab, double wordL2)
    {
        var right = 0;
        for (var fold = 0; fold < Folds; fold++)
        {
            var fit = set.Where((_, i) => folds[i] != fold).ToList();
            var vocabulary = Vocabulary(fit, minDf, maxVocab);
            var (w, b) = Fit(fit, vocabulary, labels, l2, wordL2, CrossValidationIterations);
            right += set.Where((s, i) => folds[i] == fold && (s.Decided ? s.Rule : Predict(s, vocabulary, w, b, labels)) == s.Label).Count();
        }

        return (double)right / set.Count;
    }

    // The keys said in at least minDf calls, the most common first, at most maxVocab.
    private static List<int> Vocabulary(List<Sample> set, int minDf, int maxVocab)
    {
        if (minDf == int.MaxValue)
        {
            return [];
        }

        var df = new Dictionary<int, int>();
        foreach (var key in set.SelectMany(s => s.Keys))
        {
            df[key] = df.GetValueOrDefault(key) + 1;
        }

        return [.. df.Where(p => p.Value >= minDf).OrderByDescending(p => p.Value).ThenBy(p => p.Key).Take(maxVocab).Select(p => p.Key)];
    }

    private static (double[][] Weights, double[] Bias) Fit(List<Sample> set, List<int> vocabulary, string[] labels, double l2, double wordL2, int iterations) =>
        LogisticRegression.Fit([.. set.Select(s => Row(s, vocabulary))], [.. set.Select(s => Array.IndexOf(labels, s.Label))], labels.Length, l2, iterations, standardized: SentimentFeatures.Count, wordL2: wordL2);

    // The dense features, then each vocabulary key said in the call at the model's word value.
    private static double[] Row(Sample sample, List<int> vocabulary)
    {
        var row = new double[SentimentFeatures.Count + vocabulary.Count];
        sample.Features.CopyTo(row, 0);
        var present = Present(sample, vocabulary);
        foreach (var column in present)
        {
            row[column] = SentimentModel.WordValue(present.Count);
        }

        return row;
    }

    private static List<int> Present(Sample sample, List<int> vocabulary) =>
        [.. vocabulary.Select((k, i) => (k, i)).Where(p => sample.Keys.Contains(p.k)).Select(p => SentimentFeatures.Count + p.i)];

    private static string Predict(Sample sample, List<int> vocabulary, double[][] weights, double[] bias, string[] labels)
    {
        var scores = SentimentModel.Scores(sample.Features, weights, bias);
        SentimentModel.AddWords(scores, Present(sample, vocabulary), weights);
        return labels[SentimentModel.ArgMax(scores)];
    }

    private static List<Sample> Read(string folder, Dictionary<int, string> names, bool withEnd)
    {
        var samples = new List<Sample>();
        foreach (var call in LabeledCall.Find(folder))
        {
            var parsed = PayloadParser.Parse(File.ReadAllBytes(call.PayloadPath));
            using var document = JsonDocument.Parse(File.ReadAllBytes(call.LabelsPath));
            var root = document.RootElement.TryGetProperty("labels", out var inner) ? inner : document.RootElement;
            if (!parsed.IsValid || !root.TryGetProperty("sentiment", out var label) || label.ValueKind != JsonValueKind.String)
            {
                continue;
            }

            var turns = SentimentTimeline.Read(AnalysisInput.ForSession(parsed.Payload).Conversation);
            var rule = SentimentLabels.ForCall(turns.Count == 0 ? 0 : turns.Average(t => t.Score));
            var features = SentimentFeatures.Of(turns);
            var decided = rule != SentimentLabels.Neutral && SentimentLabels.CallMargin(features[0]) >= SentimentAnalyzer.ClearMargin;
            var keys = new List<int>();
            SentimentWords.Collect(turns, keys, names);
            var distinct = keys.Where(k => withEnd || !names[k].StartsWith(SentimentWords.EndPrefix, StringComparison.Ordinal)).ToHashSet();
            samples.Add(new Sample(call.Id, features, label.GetString()!, rule, decided, distinct));
        }

        return samples;
    }

    private static string Format(double[][] weights, double[] bias, string[] vocabulary, string[] args)
    {
        static string Row(double[] row) => string.Join(", ", row.Select(v => v.ToString("R", CultureInfo.InvariantCulture)));
        static string Quoted(string word) => "\"" + word.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
        var text = new StringBuilder();
        text.AppendLine("namespace VoiceAnalytics.Core.Analysis.Sentiment;");
        text.AppendLine();
        text.AppendLine("/// <summary>");
        text.AppendLine("/// Weights of <see cref=\"SentimentModel\"/> (rows: positive, neutral, negative; columns: <see cref=\"SentimentFeatures.Names\"/>,");
        text.AppendLine("/// then <see cref=\"Vocabulary\"/>), written by");
        text.AppendLine(CultureInfo.InvariantCulture, $"/// <c>dotnet run -c Release --project bench/VoiceAnalytics.Bench -- train-sentiment {string.Join(' ', args)}</c>");
        text.AppendLine("/// (tuneAll = every corpus/calls/tune call; the dev calls listed three times; never the held-out or blind calls).");
        text.AppendLine("/// Generated: do not edit by hand.");
        text.AppendLine("/// </summary>");
        text.AppendLine("internal static class SentimentModelWeights");
        text.AppendLine("{");
        text.AppendLine("    public static readonly string[] Vocabulary =");
        text.AppendLine("    [");
        foreach (var chunk in vocabulary.Chunk(8))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"        {string.Join(", ", chunk.Select(Quoted))},");
        }

        text.AppendLine("    ];");
        text.AppendLine();
        text.AppendLine("    public static readonly double[][] Weights =");
        text.AppendLine("    [");
        foreach (var row in weights)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"        [{Row(row)}],");
        }

        text.AppendLine("    ];");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"    public static readonly double[] Bias = [{Row(bias)}];");
        text.AppendLine("}");
        return text.ToString();
    }

    private sealed record Sample(string Id, double[] Features, string Label, string Rule, bool Decided, HashSet<int> Keys);
}
