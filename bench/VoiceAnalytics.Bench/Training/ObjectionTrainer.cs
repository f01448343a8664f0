using System.Globalization;
using System.Text;
using System.Text.Json;
using VoiceAnalytics.Core.Analysis;
using VoiceAnalytics.Core.Analysis.Objections;
using VoiceAnalytics.Core.Contracts.Parsing;
using VoiceAnalytics.Core.Evaluation;

namespace VoiceAnalytics.Bench.Training;

/// <summary>
/// <c>train-objections [--min-df 3,5,10] [--l2 0.003,0.01,0.03,0.1] [--top 20,40,80,160] --train DIR... [--precision Q]
/// [--validate DIR] [--add P] [--write FILE]</c>, or <c>train-objections --time DIR</c>: fits <see cref="ObjectionModel"/> (one logistic
/// regression per category over <see cref="ObjectionWords"/>' content words, present or not) on the labeled calls of the
/// train folders (a folder listed twice weighs twice; folds go by call id, so a call listed twice never sits on both
/// sides of a fold).
/// <list type="number">
/// <item>Settings: every (min-df, l2, top) is scored by 5-fold cross-validation (mean out-of-fold log loss over the
/// categories); inside each fold the candidate keys are those said in at least min-df of the fold's training calls, a
/// model over all of them is fitted, each category keeps its <c>top</c> keys by weight magnitude and is fitted again on
/// those alone. The lowest loss wins.</item>
/// <item>Add threshold: with <c>--precision Q</c>, the lowest of 0.5, 0.55, ..., 0.95 at which (and at every higher one)
/// the chosen settings' out-of-fold precision over every category the model says reaches Q. Else, with <c>--validate DIR</c>, a model with the chosen settings is fitted on the train calls minus
/// those of DIR (by call id) and the threshold (of 0.5, 0.55, ..., 0.95, never) with the best micro F1 of the revised
/// answer on DIR's calls is kept, the higher one on a tie (with <c>--precision</c> the validation table is printed only); <c>--add</c> gives it instead.
/// </item>
/// <item>The model with the chosen settings is fitted on every train call and written as C# (<c>--write</c>).</item>
/// </list>
/// </summary>
public static class ObjectionTrainer
{
    private const int Folds = 5;
    private static readonly double[] AddGrid = [0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 2];

    public static int Run(string[] args, TextWriter output)
    {
        int[] minDfs = [3, 5, 10];
        double[] l2s = [0.003, 0.01, 0.03, 0.1];
        int[] tops = [20, 40, 80, 160];
        var train = new List<string>();
        string? validate = null;
        string? write = null;
        double? givenAdd = null;
        double? precisionTarget = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--min-df":
                    minDfs = [.. args[++i].Split(',').Select(v => int.Parse(v, CultureInfo.InvariantCulture))];
                    break;
                case "--l2":
                    l2s = [.. args[++i].Split(',').Select(v => double.Parse(v, CultureInfo.InvariantCulture))];
                    break;
                case "--top":
                    tops = [.. args[++i].Split(',').Select(v => int.Parse(v, CultureInfo.InvariantCulture))];
                    break;
                case "--validate":
                    validate = args[++i];
                    break;
                case "--precision":
                    precisionTarget = double.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--add":
                    givenAdd = double.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--write":
                    write = args[++i];
                    break;
                case "--time":
                    return Time(args[++i], output);
                case "--train":
                    break;
                default:
                    train.Add(args[i]);
                    break;
            }
        }

        if (train.Count == 0)
        {
            return 2;
        }

        var names = new Dictionary<int, string>();
        var trainSet = Weighted(train.SelectMany(folder => Read(folder, names)));
        output.WriteLine(FormattableString.Invariant($"{trainSet.Count} distinct train calls (weight {trainSet.Sum(s => s.Weight)}); rules {Score(trainSet, (s, _) => s.Rules)}"));

        // 1. settings by 5-fold CV
        Settings? best = null;
        var bestLoss = double.MaxValue;
        double[][]? bestOutOfFold = null;
        foreach (var minDf in minDfs)
        {
            foreach (var l2 in l2s)
            {
                var outOfFold = tops.ToDictionary(t => t, _ => new double[trainSet.Count][]);
                for (var fold = 0; fold < Folds; fold++)
                {
                    var fit = trainSet.Where((_, i) => i % Folds != fold).ToList();
                    var candidates = Candidates(fit, minDf);
                    var full = FitCategories(fit, candidates, l2);
                    foreach (var top in tops)
                    {
                        var model = Refit(fit, full, top, l2);
                        for (var i = fold; i < trainSet.Count; i += Folds)
                        {
                            outOfFold[top][i] = model.Probabilities(trainSet[i]);
                        }
                    }
                }

                foreach (var top in tops)
                {
                    var loss = LogLoss(trainSet, outOfFold[top]);
                    var settings = new Settings(minDf, l2, top);
                    output.WriteLine(FormattableString.Invariant($"  {settings}: CV log loss {loss:F4}; model alone at 0.5 {Score(trainSet, (_, i) => [.. outOfFold[top][i].Select(p => p >= 0.5)])}"));
                    if (loss < bestLoss - 1e-9)
                    {
                        (best, bestLoss, bestOutOfFold) = (settings, loss, outOfFold[top]);
                    }
                }
            }
        }

        output.WriteLine(FormattableString.Invariant($"chosen by CV: {best} (log loss {bestLoss:F4})"));
        PrintThresholds(output, "out-of-fold (train calls)", trainSet, bestOutOfFold!);

        // 2. the add threshold: by a precision target on the out-of-fold probabilities, or on a validation split the model did not see
        var add = givenAdd ?? 2.0;
        if (precisionTarget is { } target && givenAdd is null)
        {
            add = LowestPrecise(trainSet, bestOutOfFold!, target);
            output.WriteLine(FormattableString.Invariant($"out-of-fold precision >= {target} at every threshold from {add} up"));
        }

        if (validate is not null)
        {
            var validation = Read(validate, names);
            var ids = validation.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
            var fit = trainSet.Where(s => !ids.Contains(s.Id)).ToList();
            var model = Refit(fit, FitCategories(fit, Candidates(fit, best!.MinDf), best.L2), best.Top, best.L2);
            var p = validation.Select(model.Probabilities).ToArray();
            output.WriteLine(FormattableString.Invariant($"validation {validate}: {validation.Count} calls, fitted on the other {fit.Count} train calls"));
            var chosen = PrintThresholds(output, "validation", validation, p);
            if (givenAdd is null && precisionTarget is null)
            {
                add = chosen;
            }
        }

        output.WriteLine(FormattableString.Invariant($"add threshold {add}{(givenAdd is null ? "" : " (given)")}"));

        // 3. the shipped model
        var final = Refit(trainSet, FitCategories(trainSet, Candidates(trainSet, best!.MinDf), best.L2), best.Top, best.L2);
        var shipped = final.ToModel(names, add);
        foreach (var folder in train.Distinct())
        {
            var set = Read(folder, names);
            output.WriteLine(FormattableString.Invariant($"{folder}: rules {Score(set, (s, _) => s.Rules)}, revised {Score(set, (s, _) => Revised(final, s, add))} ({set.Count} calls; training fit)"));
        }

        for (var c = 0; c < ObjectionModel.Categories.Length; c++)
        {
            var top = final.Keys[c].Select((k, i) => (Name: names[k], W: final.Weights[c][i])).OrderByDescending(x => x.W).Take(15);
            output.WriteLine(FormattableString.Invariant($"{ObjectionModel.Categories[c]}: bias {final.Bias[c]:F2}; {string.Join(", ", top.Select(x => FormattableString.Invariant($"{x.Name} {x.W:F2}")))}"));
        }

        var code = Format(final, names, add, best, givenAdd is not null, precisionTarget, validate, train);
        if (write is null)
        {
            output.WriteLine(code);
        }
        else
        {
            File.WriteAllText(write, code);
            output.WriteLine(FormattableString.Invariant($"wrote {write} ({shipped.KeyCount} distinct keys, {code.Length} characters)"));
        }

        return 0;
    }

    /// <summary>The time <see cref="ObjectionModel.Trained"/> adds per session over the calls of a folder (the rules, run first, build the turns' shared words).</summary>
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
        var best = double.MaxValue;
        for (var pass = 0; pass < 80; pass++)
        {
            watch.Restart();
            foreach (var (conversation, rules) in calls)
            {
                added += ObjectionModel.Trained.Revise(conversation, rules).Count - rules.Count;
            }

            watch.Stop();
            sessions += calls.Count;
            if (pass >= 20)
            {
                best = Math.Min(best, watch.Elapsed.TotalMicroseconds / calls.Count); // the first passes warm up the JIT
            }
        }

        var rulesWatch = System.Diagnostics.Stopwatch.StartNew();
        for (var pass = 0; pass < 5; pass++)
        {
            foreach (var (conversation, _) in calls)
            {
                ObjectionsAndCompetitorsAnalyzer.RuleObjections(conversation);
            }
        }

        rulesWatch.Stop();
        output.WriteLine(FormattableString.Invariant($"{folder}: the model adds {best:F1} us per session (best of 60 timed passes over {calls.Count} calls; {added / 80} objections added per pass); for scale, the rules take {rulesWatch.Elapsed.TotalMicroseconds / (5.0 * calls.Count):F1} us per session"));
        return 0;
    }

    private static bool[] Revised(FittedModel model, Sample s, double add)
    {
        var p = model.Probabilities(s);
        return [.. p.Select((v, c) => ObjectionModel.Reports(s.Rules[c], v, add))];
    }

    /// <summary>
    /// For each add threshold: the model's own precision over the categories it says, what it adds where the rules found
    /// nothing (right/wrong) and the revised answer's micro F1; returns the threshold with the best F1 (the higher on a tie).
    /// </summary>
    private static double PrintThresholds(TextWriter output, string what, List<Sample> set, double[][] p)
    {
        var best = 2.0;
        var bestF1 = Micro(set, (s, _) => s.Rules).F1;
        foreach (var add in AddGrid.Reverse())
        {
            int right = 0, wrong = 0, precise = 0, said = 0;
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

            var f1 = Micro(set, (s, i) => [.. p[i].Select((v, c) => ObjectionModel.Reports(s.Rules[c], v, add))]).F1;
            if (f1 > bestF1 + 1e-9)
            {
                (best, bestF1) = (add, f1);
            }

            output.WriteLine(FormattableString.Invariant($"  {what}, add at {add}: model precision {(said == 0 ? 1 : (double)precise / said):F3} ({said} said); adds where the rules missed {right} right, {wrong} wrong; revised F1 {f1:F3}"));
        }

        return best;
    }

    /// <summary>The lowest threshold of the grid at which, and at every higher one, the model's out-of-fold precision (over every category it says) reaches the target.</summary>
    private static double LowestPrecise(List<Sample> set, double[][] p, double target)
    {
        var lowest = 2.0;
        foreach (var add in AddGrid.Where(a => a <= 1).Reverse())
        {
            int precise = 0, said = 0;
            for (var i = 0; i < set.Count; i++)
            {
                for (var c = 0; c < p[i].Length; c++)
                {
                    said += p[i][c] >= add ? 1 : 0;
                    precise += p[i][c] >= add && set[i].Truth[c] ? 1 : 0;
                }
            }

            if (said > 0 && (double)precise / said < target)
            {
                break;
            }

            lowest = add;
        }

        return lowest;
    }

    private static double LogLoss(List<Sample> set, double[][] p)
    {
        var loss = 0.0;
        for (var i = 0; i < set.Count; i++)
        {
            for (var c = 0; c < p[i].Length; c++)
            {
                var q = Math.Clamp(set[i].Truth[c] ? p[i][c] : 1 - p[i][c], 1e-6, 1);
                loss -= Math.Log(q);
            }
        }

        return loss / (set.Count * ObjectionModel.Categories.Length);
    }

    // The keys said in at least minDf of the calls (each call once, whatever its weight).
    private static List<int> Candidates(List<Sample> set, int minDf)
    {
        var df = new Dictionary<int, int>();
        foreach (var s in set)
        {
            foreach (var k in s.Distinct)
            {
                df[k] = df.GetValueOrDefault(k) + 1;
            }
        }

        return [.. df.Where(kv => kv.Value >= minDf).Select(kv => kv.Key).Order()];
    }

    private static FittedModel FitCategories(List<Sample> set, List<int> candidates, double l2) =>
        Fit(set, [.. ObjectionModel.Categories.Select(_ => candidates)], l2);

    // Each category keeps its top keys by weight magnitude and is fitted again on those alone.
    private static FittedModel Refit(List<Sample> set, FittedModel full, int top, double l2) =>
        Fit(set, [.. full.Keys.Select((keys, c) => keys.Select((k, i) => (k, W: Math.Abs(full.Weights[c][i]))).OrderByDescending(x => x.W).ThenBy(x => x.k).Take(top).Select(x => x.k).ToList())], l2);

    private static FittedModel Fit(List<Sample> set, List<int>[] keys, double l2)
    {
        var weights = new double[keys.Length][];
        var bias = new double[keys.Length];
        for (var c = 0; c < keys.Length; c++)
        {
            var columns = keys[c].Select((k, i) => (k, i)).ToDictionary(x => x.k, x => x.i);
            var rows = set.Select(s => new SparseLogisticRegression.Row([], [.. s.Distinct.Where(columns.ContainsKey).Select(k => columns[k])], s.Weight)).ToList();
            (weights[c], bias[c]) = SparseLogisticRegression.Fit(rows, [.. set.Select(s => s.Truth[c])], keys[c].Count, l2);
        }

        return new FittedModel(keys, weights, bias);
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
            samples.Add(new Sample(
                Path.GetFileName(call.PayloadPath),
                [.. ObjectionModel.Categories.Select(truth.Contains)],
                [.. ObjectionModel.Categories.Select(c => rules.Any(o => o.Category == c))],
                [.. ObjectionWords.Collect(conversation, names).Distinct()],
                1));
        }

        return samples;
    }

    // A call listed in several folders (or linked from several) is one call with more weight; ordered by id for the folds.
    private static List<Sample> Weighted(IEnumerable<Sample> samples) =>
        [.. samples.GroupBy(s => s.Id).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => g.First() with { Weight = g.Count() })];

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

    private static string Format(FittedModel model, Dictionary<int, string> names, double add, Settings settings, bool given, double? precisionTarget, string? validate, List<string> train)
    {
        static string Number(double v) => Math.Round(v, 3).ToString("0.###", CultureInfo.InvariantCulture);
        static string Quoted(string s) => "\"" + s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
        var command = FormattableString.Invariant($"dotnet run -c Release --project bench/VoiceAnalytics.Bench -- train-objections --min-df {settings.MinDf} --l2 {settings.L2} --top {settings.Top}{(given ? $" --add {add}" : "")}{(precisionTarget is { } t ? $" --precision {t}" : "")} --train {string.Join(" ", train)}{(validate is null ? "" : " --validate " + validate)}");
        var text = new StringBuilder();
        text.AppendLine("namespace VoiceAnalytics.Core.Analysis.Objections;");
        text.AppendLine();
        text.AppendLine("/// <summary>");
        text.AppendLine("/// Weights of <see cref=\"ObjectionModel\"/> (rows: <see cref=\"ObjectionModel.Categories\"/>; per category its keys, strongest");
        text.AppendLine("/// first, and their weights), written by");
        text.AppendLine($"/// <c>{command} --write VoiceAnalytics.Core/Analysis/Objections/ObjectionModelWeights.cs</c>");
        text.AppendLine("/// (tuneAll = copies of all 460 corpus/calls/tune calls, ca-db; the dev calls listed three times; never the held-out or blind");
        text.AppendLine("/// calls; the add threshold by the out-of-fold precision target, see <see cref=\"ObjectionModel\"/>; /tmp/newtune, copies of the");
        text.AppendLine("/// 100 cx-db tune calls that joined last, is printed as a validation split only). Generated: do not edit by hand.");
        text.AppendLine("/// </summary>");
        text.AppendLine("internal static class ObjectionModelWeights");
        text.AppendLine("{");
        text.AppendLine($"    public const double AddAbove = {Number(add)};");
        text.AppendLine();
        text.AppendLine($"    public static readonly double[] Bias = [{string.Join(", ", model.Bias.Select(Number))}];");
        var ordered = model.Keys.Select((keys, c) => keys.Select((k, i) => (Name: names[k], W: model.Weights[c][i])).OrderByDescending(x => Math.Abs(x.W)).ThenBy(x => x.Name, StringComparer.Ordinal).ToList()).ToList();
        // One row per category, keys and weights in the same order.
        void AppendRows(string declaration, int perLine, Func<(string Name, double W), string> cell)
        {
            text.AppendLine();
            text.AppendLine($"    public static readonly {declaration} =");
            text.AppendLine("    [");
            foreach (var row in ordered)
            {
                text.AppendLine("        [");
                foreach (var chunk in row.Chunk(perLine))
                {
                    text.AppendLine($"            {string.Join(", ", chunk.Select(cell))},");
                }

                text.AppendLine("        ],");
            }

            text.AppendLine("    ];");
        }

        AppendRows("string[][] Keys", 10, x => Quoted(x.Name));
        AppendRows("double[][] Weights", 16, x => Number(x.W));
        text.AppendLine("}");
        return text.ToString();
    }

    private sealed record Settings(int MinDf, double L2, int Top)
    {
        public override string ToString() => FormattableString.Invariant($"min-df {MinDf}, l2 {L2}, top {Top}");
    }

    private sealed record Sample(string Id, bool[] Truth, bool[] Rules, int[] Distinct, int Weight);

    private sealed record FittedModel(List<int>[] Keys, double[][] Weights, double[] Bias)
    {
        public double[] Probabilities(Sample s)
        {
            var p = new double[Keys.Length];
            for (var c = 0; c < Keys.Length; c++)
            {
                var z = Bias[c];
                for (var i = 0; i < Keys[c].Count; i++)
                {
                    z += s.Distinct.Contains(Keys[c][i]) ? Weights[c][i] : 0;
                }

                p[c] = 1 / (1 + Math.Exp(-z));
            }

            return p;
        }

        public ObjectionModel ToModel(Dictionary<int, string> names, double add) =>
            new([.. Keys.Select(keys => keys.Select(k => names[k]).ToArray())], Weights, Bias, add);
    }
}
