using System.Globalization;
using System.Text;
using System.Text.Json;
using VoiceAnalytics.Core.Analysis;
using VoiceAnalytics.Core.Analysis.Sentiment;
using VoiceAnalytics.Core.Contracts;
using VoiceAnalytics.Core.Evaluation;

namespace VoiceAnalytics.Bench.Training;

/// <summary>
/// <c>train-sentiment [--l2 0.01] [--undecided] --train DIR... [--test DIR...]</c>: fits <see cref="SentimentModel.Overall"/> on the labeled
/// calls of the train folders (tune ca-ce and the dev calls, never tuneB or the holdout), prints accuracy by
/// folder next to the mean-score rule's and the analyzer's (the rule where the mean decides, else the model), 5-fold cross-validation on the train set, and the weights as C# to paste into
/// <c>SentimentModelWeights.cs</c>.
/// </summary>
public static class SentimentTrainer
{
    public static int Run(string[] args, TextWriter output)
    {
        var l2 = 0.01;
        var undecidedOnly = false;
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

        var labels = SentimentModel.Overall.Labels.ToArray();
        var trainSet = train.SelectMany(Read).Where(s => !undecidedOnly || !s.Decided).ToList();
        var (weights, bias) = LogisticRegression.Fit([.. trainSet.Select(s => s.Features)], [.. trainSet.Select(s => Array.IndexOf(labels, s.Label))], labels.Length, l2);
        output.WriteLine(FormattableString.Invariant($"l2 {l2}, {trainSet.Count} train calls, 5-fold CV accuracy {CrossValidate(trainSet, labels, l2):F3}"));
        foreach (var folder in train.Concat(test))
        {
            var set = Read(folder);
            var right = set.Count(s => labels[SentimentModel.ArgMax(SentimentModel.Scores(s.Features, weights, bias))] == s.Label);
            var rule = set.Count(s => s.Rule == s.Label);
            var pipeline = set.Count(s => (s.Decided ? s.Rule : labels[SentimentModel.ArgMax(SentimentModel.Scores(s.Features, weights, bias))]) == s.Label);
            output.WriteLine(FormattableString.Invariant($"{folder}: model {(double)right / set.Count:F3}, rule {(double)rule / set.Count:F3}, analyzer {(double)pipeline / set.Count:F3} ({set.Count} calls)"));
        }

        output.WriteLine(Format(weights, bias));
        return 0;
    }

    private static double CrossValidate(List<Sample> set, string[] labels, double l2)
    {
        var right = 0;
        for (var fold = 0; fold < 5; fold++)
        {
            var fit = set.Where((_, i) => i % 5 != fold).ToList();
            var (w, b) = LogisticRegression.Fit([.. fit.Select(s => s.Features)], [.. fit.Select(s => Array.IndexOf(labels, s.Label))], labels.Length, l2, 1500);
            right += set.Where((_, i) => i % 5 == fold).Count(s => labels[SentimentModel.ArgMax(SentimentModel.Scores(s.Features, w, b))] == s.Label);
        }

        return (double)right / set.Count;
    }

    private static List<Sample> Read(string folder)
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
            samples.Add(new Sample(call.Id, features, label.GetString()!, rule, decided));
        }

        return samples;
    }

    private static string Format(double[][] weights, double[] bias)
    {
        static string Row(double[] row) => string.Join(", ", row.Select(v => v.ToString("R", CultureInfo.InvariantCulture)));
        var text = new StringBuilder();
        text.AppendLine("    public static readonly double[][] Weights =");
        text.AppendLine("    [");
        foreach (var row in weights)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"        [{Row(row)}],");
        }

        text.AppendLine("    ];");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"    public static readonly double[] Bias = [{Row(bias)}];");
        return text.ToString();
    }

    private sealed record Sample(string Id, double[] Features, string Label, string Rule, bool Decided);
}
