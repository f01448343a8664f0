using System.Globalization;
using System.Text;
using System.Text.Json;
using VoiceAnalytics.Core.Analysis;
using VoiceAnalytics.Core.Analysis.Objections;
using VoiceAnalytics.Core.Contracts;
using VoiceAnalytics.Core.Evaluation;

namespace VoiceAnalytics.Bench.Training;

/// <summary>
/// <c>train-objections [--l2 0.01] [--min-df 5] [--no-rules] [--no-pairs] [--no-negated] [--thresholds ADD DROP] [--grid] [--write FILE] --train DIR... [--test DIR...]</c>:
/// fits <see cref="ObjectionModel"/> (one logistic regression per category over the user's words and the rules' findings)
/// on the labeled calls of the train folders (a folder listed twice weighs twice; cross-validation counts each call once),
/// chooses the add/drop thresholds by 5-fold cross-validation, prints the rules' and the revised answer's micro
/// precision/recall/F1 under nested 5-fold cross-validation (the thresholds chosen inside each outer fold's training
/// part by an inner 4-fold one), the scores on the test folders, and the weights as C# for <c>ObjectionModelWeights.cs</c>
/// (written to FILE with --write). <c>--grid</c> prints the nested cross-validation over l2, min-df and the word kinds instead.
/// </summary>
public static class ObjectionTrainer
{
    private const int Folds = 5;
    private static readonly double[] AddGrid = [0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 2];
    private static readonly double[] DropGrid = [-1, 0.02, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4];

    public static int Run(string[] args, TextWriter output)
    {
        var options = new Options();
        var train = new List<string>();
        var test = new List<string>();
        List<string>? current = null;
        string? write = null;
        var grid = false;
        (double Add, double Drop)? fixedThresholds = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--l2":
                    options = options with { L2 = double.Parse(args[++i], CultureInfo.InvariantCulture) };
                    break;
                case "--min-df":
                    options = options with { MinDf = int.Parse(args[++i], CultureInfo.InvariantCulture) };
                    break;
                case "--no-rules":
                    options = options with { Rules = false };
                    break;
                case "--no-pairs":
                    options = options with { Pairs = false };
                    break;
                case "--no-negated":
                    options = options with { Negated = false };
                    break;
                case "--thresholds":
                    fixedThresholds = (double.Parse(args[++i], CultureInfo.InvariantCulture), double.Parse(args[++i], CultureInfo.InvariantCulture));
                    break;
                case "--time":
                    return Time(args[++i], output);
                case "--grid":
                    grid = true;
                    break;
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

        var names = new Dictionary<int, string>();
        var trainSet = Weighted(train.SelectMany(folder => Read(folder, names)));
        output.WriteLine(FormattableString.Invariant($"{trainSet.Count} distinct train calls (weight {trainSet.Sum(s => s.Weight)}); rules {Score(trainSet, s => s.Rules)}"));
        if (grid)
        {
            foreach (var rules in new[] { true, false })
            {
                foreach (var (pairs, negated) in new[] { (false, false), (false, true), (true, false), (true, true) })
                {
                    foreach (var minDf in new[] { 3, 5, 10 })
                    {
                        foreach (var l2 in new[] { 0.003, 0.01, 0.03, 0.1 })
                        {
                            var o = new Options(l2, minDf, rules, pairs, negated);
                            output.WriteLine(FormattableString.Invariant($"{o}: nested CV {NestedCrossValidation(trainSet, names, o, null)}"));
                        }
                    }
                }
            }

            return 0;
        }

        output.WriteLine(FormattableString.Invariant($"{options}: nested CV {NestedCrossValidation(trainSet, names, options, output)}"));
        var vocabulary = Vocabulary(trainSet, names, options);
        var model = FitAll(trainSet, vocabulary, options);
        var (add, drop) = ChooseThresholds(trainSet, names, options, Folds);
        output.WriteLine(FormattableString.Invariant($"vocabulary {vocabulary.Count} words; thresholds from 5-fold CV: add at p >= {add}, drop below p {drop}"));
        if (fixedThresholds is { } given)
        {
            (add, drop) = given;
            output.WriteLine(FormattableString.Invariant($"thresholds given instead: add at p >= {add}, drop below p {drop}"));
        }
        var shipped = new ObjectionModel([.. vocabulary.Select(k => names[k])], model.Weights, model.Bias, add, drop);
        foreach (var folder in train.Distinct().Concat(test))
        {
            var set = Read(folder, names);
            output.WriteLine(FormattableString.Invariant($"{folder}: rules {Score(set, s => s.Rules)}, revised {Score(set, s => Revised(shipped, s))} ({set.Count} calls)"));
        }

        PrintStrongest(output, model, vocabulary, names);
        var code = Format(shipped, model.Weights, model.Bias, options, fixedThresholds, train);
        if (write is null)
        {
            output.WriteLine(code);
        }
        else
        {
            File.WriteAllText(write, code);
            output.WriteLine("wrote " + write);
        }

        return 0;
    }

    /// <summary>
    /// The time <see cref="ObjectionModel.Trained"/> adds per session over the calls of a folder: the rules run first (as
    /// in the analyzer, which also builds the turns' shared split words), then the model's revision is timed alone.
    /// </summary>
    private static int Time(string folder, TextWriter output)
    {
        var calls = LabeledCall.Find(folder)
            .Select(call => PayloadParser.Parse(File.ReadAllBytes(call.PayloadPath)))
            .Where(parsed => parsed.IsValid)
            .Select(parsed => AnalysisInput.ForSession(parsed.Payload!).Conversation)
            .Select(conversation => (Conversation: conversation, Rules: ObjectionsAndCompetitorsAnalyzer.RuleObjections(conversation)))
            .ToList();
        var watch = new System.Diagnostics.Stopwatch();
        var sessions = 0;
        var added = 0;
        for (var pass = 0; pass < 60; pass++)
        {
            watch.Start();
            foreach (var (conversation, rules) in calls)
            {
                added += ObjectionModel.Trained.Revise(conversation, rules).Count - rules.Count;
            }

            watch.Stop();
            sessions += calls.Count;
            if (pass == 19)
            {
                watch.Reset(); // the first passes warm up (and let the JIT reach its optimized code)
                sessions = 0;
            }
        }

        output.WriteLine(FormattableString.Invariant($"{folder}: the model adds {watch.Elapsed.TotalMicroseconds / sessions:F1} us per session ({sessions} sessions timed; {added} objections added)"));
        var keys = new List<WordKey>();
        var collect = System.Diagnostics.Stopwatch.StartNew();
        var count = 0;
        for (var pass = 0; pass < 10; pass++)
        {
            foreach (var (conversation, _) in calls)
            {
                keys.Clear();
                ObjectionWords.Collect(conversation, keys);
                count += keys.Count;
            }
        }

        collect.Stop();
        var collected = calls.Select(c => { var k = new List<WordKey>(); ObjectionWords.Collect(c.Conversation, k); return (k, ObjectionModel.RuleFeaturesOf(c.Rules)); }).ToList();
        var score = System.Diagnostics.Stopwatch.StartNew();
        for (var pass = 0; pass < 10; pass++)
        {
            foreach (var (k, r) in collected)
            {
                ObjectionModel.Trained.Probabilities(r, k);
            }
        }

        score.Stop();
        var rulesWatch = System.Diagnostics.Stopwatch.StartNew();
        for (var pass = 0; pass < 10; pass++)
        {
            foreach (var (conversation, _) in calls)
            {
                ObjectionsAndCompetitorsAnalyzer.RuleObjections(conversation);
            }
        }

        rulesWatch.Stop();
        var per = 10.0 * calls.Count;
        output.WriteLine(FormattableString.Invariant($"  collecting the words {collect.Elapsed.TotalMicroseconds / per:F1} us ({count / per:F0} keys per session), scoring {score.Elapsed.TotalMicroseconds / per:F1} us; for scale, the rules take {rulesWatch.Elapsed.TotalMicroseconds / per:F1} us per session on the same conversations"));
        return 0;
    }

    private static bool[] Revised(ObjectionModel model, Sample s)
    {
        var p = model.Probabilities(s.RuleFeatures, s.Keys);
        return [.. p.Select((v, c) => ObjectionModel.Reports(s.Rules[c], v, model.AddAbove, model.DropBelow))];
    }

    /// <summary>Outer 5 folds; in each, thresholds from an inner 4-fold CV of the outer training part, then the model fitted on all of it.</summary>
    private static string NestedCrossValidation(List<Sample> set, Dictionary<int, string> names, Options options, TextWriter? output)
    {
        var predicted = new bool[set.Count][];
        var modelOnly = new bool[set.Count][];
        var outOfFold = new double[set.Count][];
        for (var fold = 0; fold < Folds; fold++)
        {
            var fit = set.Where((_, i) => i % Folds != fold).ToList();
            var (add, drop) = ChooseThresholds(fit, names, options, Folds - 1);
            output?.WriteLine(FormattableString.Invariant($"  fold {fold}: add >= {add}, drop < {drop}"));
            var vocabulary = Vocabulary(fit, names, options);
            var model = FitAll(fit, vocabulary, options);
            for (var i = fold; i < set.Count; i += Folds)
            {
                var p = model.Probabilities(set[i]);
                outOfFold[i] = p;
                predicted[i] = [.. p.Select((v, c) => ObjectionModel.Reports(set[i].Rules[c], v, add, drop))];
                modelOnly[i] = [.. p.Select(v => v >= 0.5)];
            }
        }

        if (output is not null)
        {
            PrintThresholds(output, set, outOfFold);
        }

        return $"revised {Score(set, (_, i) => predicted[i])}; model alone {Score(set, (_, i) => modelOnly[i])}";
    }

    /// <summary>Out-of-fold: what each fixed add threshold would add where the rules found nothing (right/wrong), and each drop threshold remove.</summary>
    private static void PrintThresholds(TextWriter output, List<Sample> set, double[][] p)
    {
        foreach (var add in AddGrid.Concat([0.3, 0.4, 0.45]).Order())
        {
            var right = 0;
            var wrong = 0;
            var precise = 0;
            var said = 0;
            for (var i = 0; i < set.Count; i++)
            {
                for (var c = 0; c < p[i].Length; c++)
                {
                    said += p[i][c] >= add ? 1 : 0;
                    precise += p[i][c] >= add && set[i].Truth[c] ? 1 : 0;
                    right += !set[i].Rules[c] && p[i][c] >= add && set[i].Truth[c] ? 1 : 0;
                    wrong += !set[i].Rules[c] && p[i][c] >= add && !set[i].Truth[c] ? 1 : 0;
                }
            }

            output.WriteLine(FormattableString.Invariant($"  add at {add}: model precision {(said == 0 ? 1 : (double)precise / said):F3} ({said} said); adds where rules missed {right} right, {wrong} wrong; revised {Score(set, (s, i) => [.. p[i].Select((v, c) => ObjectionModel.Reports(s.Rules[c], v, add, -1))])}"));
        }

        foreach (var drop in DropGrid.Skip(1))
        {
            var right = 0;
            var wrong = 0;
            for (var i = 0; i < set.Count; i++)
            {
                for (var c = 0; c < p[i].Length; c++)
                {
                    right += set[i].Rules[c] && p[i][c] < drop && !set[i].Truth[c] ? 1 : 0;
                    wrong += set[i].Rules[c] && p[i][c] < drop && set[i].Truth[c] ? 1 : 0;
                }
            }

            output.WriteLine(FormattableString.Invariant($"  drop below {drop}: {right} right, {wrong} wrong"));
        }
    }

    /// <summary>The (add, drop) pair with the best micro F1 over out-of-fold probabilities; ties keep the rules' answer.</summary>
    private static (double Add, double Drop) ChooseThresholds(List<Sample> set, Dictionary<int, string> names, Options options, int folds)
    {
        var p = new double[set.Count][];
        for (var fold = 0; fold < folds; fold++)
        {
            var fit = set.Where((_, i) => i % folds != fold).ToList();
            var model = FitAll(fit, Vocabulary(fit, names, options), options);
            for (var i = fold; i < set.Count; i += folds)
            {
                p[i] = model.Probabilities(set[i]);
            }
        }

        var best = (Add: 2.0, Drop: -1.0);
        var bestF1 = Micro(set, (s, i) => s.Rules).F1;
        foreach (var add in AddGrid.Reverse())
        {
            foreach (var drop in DropGrid)
            {
                var f1 = Micro(set, (s, i) => [.. p[i].Select((v, c) => ObjectionModel.Reports(s.Rules[c], v, add, drop))]).F1;
                if (f1 > bestF1 + 1e-9)
                {
                    (best, bestF1) = ((add, drop), f1);
                }
            }
        }

        return best;
    }

    private static List<int> Vocabulary(List<Sample> set, Dictionary<int, string> names, Options options)
    {
        var df = new Dictionary<int, int>();
        foreach (var s in set)
        {
            foreach (var k in s.Distinct)
            {
                df[k] = df.GetValueOrDefault(k) + 1;
            }
        }

        return
        [
            .. df.Where(kv => kv.Value >= options.MinDf && Allowed(names[kv.Key], options))
                .OrderByDescending(kv => kv.Value).ThenBy(kv => names[kv.Key], StringComparer.Ordinal)
                .Select(kv => kv.Key),
        ];
    }

    private static bool Allowed(string name, Options options) =>
        (options.Pairs || !name.Contains(' ', StringComparison.Ordinal)) && (options.Negated || !name.StartsWith('~'));

    private static FittedModel FitAll(List<Sample> set, List<int> vocabulary, Options options)
    {
        var columns = vocabulary.Select((k, i) => (k, i)).ToDictionary(x => x.k, x => ObjectionModel.RuleFeatures + x.i);
        var rows = set.Select(s => new SparseLogisticRegression.Row(
            options.Rules ? s.RuleFeatures : new double[ObjectionModel.RuleFeatures],
            [.. s.Distinct.Where(columns.ContainsKey).Select(k => columns[k])],
            s.Weight)).ToList();
        var weights = new double[ObjectionModel.Categories.Length][];
        var bias = new double[ObjectionModel.Categories.Length];
        for (var c = 0; c < weights.Length; c++)
        {
            (weights[c], bias[c]) = SparseLogisticRegression.Fit(rows, [.. set.Select(s => s.Truth[c])], ObjectionModel.RuleFeatures + vocabulary.Count, options.L2);
        }

        return new FittedModel(weights, bias, columns);
    }

    private static List<Sample> Read(string folder, Dictionary<int, string> names)
    {
        var samples = new List<Sample>();
        foreach (var call in LabeledCall.Find(folder))
        {
            var parsed = PayloadParser.Parse(File.ReadAllBytes(call.PayloadPath));
            using var document = JsonDocument.Parse(File.ReadAllBytes(call.LabelsPath));
            var root = document.RootElement.TryGetProperty("labels", out var inner) ? inner : document.RootElement;
            if (!parsed.IsValid || !root.TryGetProperty("objection_categories", out var label) || label.ValueKind != JsonValueKind.Array)
            {
                continue;
            }

            var truth = label.EnumerateArray().Select(e => e.GetString()).ToHashSet();
            var conversation = AnalysisInput.ForSession(parsed.Payload).Conversation;
            var rules = ObjectionsAndCompetitorsAnalyzer.RuleObjections(conversation);
            var keys = new List<WordKey>();
            ObjectionWords.Collect(conversation, keys, names);
            samples.Add(new Sample(
                Path.GetFullPath(call.PayloadPath),
                [.. ObjectionModel.Categories.Select(truth.Contains)],
                [.. ObjectionModel.Categories.Select(c => rules.Any(o => o.Category == c))],
                ObjectionModel.RuleFeaturesOf(rules),
                keys,
                [.. keys.Select(k => k.Key).Distinct()],
                1));
        }

        return samples;
    }

    // A call listed in several folders is one call with more weight.
    private static List<Sample> Weighted(IEnumerable<Sample> samples) =>
        [.. samples.GroupBy(s => s.Path).Select(g => g.First() with { Weight = g.Count() })];

    private static string Score(List<Sample> set, Func<Sample, bool[]> predict) => Score(set, (s, _) => predict(s));

    private static string Score(List<Sample> set, Func<Sample, int, bool[]> predict)
    {
        var (p, r, f1) = Micro(set, predict);
        return FormattableString.Invariant($"P {p:F3} R {r:F3} F1 {f1:F3}");
    }

    private static (double P, double R, double F1) Micro(List<Sample> set, Func<Sample, int, bool[]> predict)
    {
        int tp = 0, fp = 0, fn = 0;
        for (var i = 0; i < set.Count; i++)
        {
            var guess = predict(set[i], i);
            for (var c = 0; c < guess.Length; c++)
            {
                tp += guess[c] && set[i].Truth[c] ? 1 : 0;
                fp += guess[c] && !set[i].Truth[c] ? 1 : 0;
                fn += !guess[c] && set[i].Truth[c] ? 1 : 0;
            }
        }

        var precision = tp + fp == 0 ? 1 : (double)tp / (tp + fp);
        var recall = tp + fn == 0 ? 1 : (double)tp / (tp + fn);
        return (precision, recall, precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall));
    }

    private static void PrintStrongest(TextWriter output, FittedModel model, List<int> vocabulary, Dictionary<int, string> names)
    {
        for (var c = 0; c < ObjectionModel.Categories.Length; c++)
        {
            var top = vocabulary.Select((k, i) => (Name: names[k], W: model.Weights[c][ObjectionModel.RuleFeatures + i]))
                .OrderByDescending(x => x.W).Take(12).Select(x => FormattableString.Invariant($"{x.Name} {x.W:F2}"));
            var rules = string.Join(" ", Enumerable.Range(0, ObjectionModel.RuleFeatures).Select(f => model.Weights[c][f].ToString("F2", CultureInfo.InvariantCulture)));
            output.WriteLine($"{ObjectionModel.Categories[c]}: rules [{rules}] bias {model.Bias[c]:F2}; words {string.Join(", ", top)}");
        }
    }

    private static string Format(ObjectionModel model, double[][] weights, double[] bias, Options options, (double Add, double Drop)? given, List<string> train)
    {
        static string Number(double v) => Math.Round(v, 4).ToString("0.####", CultureInfo.InvariantCulture);
        static string Quoted(string s) => "\"" + s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
        var command = FormattableString.Invariant($"dotnet run -c Release --project bench/VoiceAnalytics.Bench -- train-objections --l2 {options.L2} --min-df {options.MinDf}{(options.Rules ? "" : " --no-rules")}{(options.Pairs ? "" : " --no-pairs")}{(options.Negated ? "" : " --no-negated")}{(given is { } g ? $" --thresholds {g.Add} {g.Drop}" : "")} --train {string.Join(" ", train)}");
        var text = new StringBuilder();
        text.AppendLine("namespace VoiceAnalytics.Core.Analysis.Objections;");
        text.AppendLine();
        text.AppendLine("/// <summary>");
        text.AppendLine("/// Weights of <see cref=\"ObjectionModel\"/> (rows: <see cref=\"ObjectionModel.Categories\"/>; columns: the rule features,");
        text.AppendLine("/// then <see cref=\"Vocabulary\"/>), written by");
        text.AppendLine($"/// <c>{command} --write VoiceAnalytics.Core/Analysis/Objections/ObjectionModelWeights.cs</c>");
        text.AppendLine("/// (tuneAll = every corpus/calls/tune call; the dev calls listed three times; never the held-out or blind calls).");
        text.AppendLine("/// Generated: do not edit by hand.");
        text.AppendLine("/// </summary>");
        text.AppendLine("internal static class ObjectionModelWeights");
        text.AppendLine("{");
        text.AppendLine($"    public const double AddAbove = {Number(model.AddAbove)};");
        text.AppendLine();
        text.AppendLine($"    public const double DropBelow = {Number(model.DropBelow)};");
        text.AppendLine();
        text.AppendLine("    public static readonly string[] Vocabulary =");
        text.AppendLine("    [");
        foreach (var chunk in model.Vocabulary.Chunk(10))
        {
            text.AppendLine($"        {string.Join(", ", chunk.Select(Quoted))},");
        }

        text.AppendLine("    ];");
        text.AppendLine();
        text.AppendLine("    public static readonly double[][] Weights =");
        text.AppendLine("    [");
        foreach (var row in weights)
        {
            text.AppendLine("        [");
            foreach (var chunk in row.Chunk(16))
            {
                text.AppendLine($"            {string.Join(", ", chunk.Select(Number))},");
            }

            text.AppendLine("        ],");
        }

        text.AppendLine("    ];");
        text.AppendLine();
        text.AppendLine($"    public static readonly double[] Bias = [{string.Join(", ", bias.Select(Number))}];");
        text.AppendLine("}");
        return text.ToString();
    }

    private sealed record Options(double L2 = 0.01, int MinDf = 5, bool Rules = true, bool Pairs = true, bool Negated = true);

    private sealed record Sample(string Path, bool[] Truth, bool[] Rules, double[] RuleFeatures, List<WordKey> Keys, int[] Distinct, int Weight);

    private sealed record FittedModel(double[][] Weights, double[] Bias, Dictionary<int, int> Columns)
    {
        public double[] Probabilities(Sample s)
        {
            var row = new SparseLogisticRegression.Row(s.RuleFeatures, [.. s.Distinct.Where(Columns.ContainsKey).Select(k => Columns[k])], 1);
            return [.. Weights.Select((w, c) => SparseLogisticRegression.Probability(row, w, Bias[c]))];
        }
    }
}
