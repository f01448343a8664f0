using VoiceAnalytics.Core.Analysis.Text;

namespace VoiceAnalytics.Core.Analysis.Objections;

/// <summary>
/// One binary logistic regression per objection category over the call's words (<see cref="ObjectionWords"/>, present
/// or not) and, optionally, what the rules found (per category: found at all, and log(1 + the number of objections)),
/// used to revise the rules' categories where it is confident: it adds a category the rules missed when its probability
/// reaches <see cref="AddAbove"/> and drops one the rules found when it falls below <see cref="DropBelow"/>; in between
/// the rules stand. The phrase rules find what their writers' phrasings say; the words reach some phrasings nobody
/// wrote a rule for.
/// <para>
/// <see cref="Trained"/> holds <see cref="ObjectionModelWeights"/> (the command that reproduces them is there): words
/// only (<c>--no-rules</c>; with the rule features the model only learns to copy the rules, which were fitted to the
/// same tune calls), an add threshold of 0.8 and no drops. Cross-validation inside the tune calls cannot choose the add
/// threshold: the rules find 95% of the tune calls' categories, so what the model adds there is almost always wrong
/// (5-fold, at 0.8: 1 right, 6 wrong), while on calls nobody tuned for the rules find half to three quarters. 0.8 is
/// where the words alone are right 93% of the time in that cross-validation; the held-out sets were scored once with
/// it (all rose but blind 3, by 0.005).
/// </para>
/// </summary>
internal sealed class ObjectionModel
{
    /// <summary>Category order of the weights' rows and of the rule features.</summary>
    public static readonly string[] Categories =
    [
        ObjectionCategories.Pricing, ObjectionCategories.Features, ObjectionCategories.Timing, ObjectionCategories.Trust,
        ObjectionCategories.Competitor, ObjectionCategories.Integration, ObjectionCategories.Other,
    ];

    /// <summary>Two rule features per category (found; log(1 + turns)), before the vocabulary's columns.</summary>
    public const int RuleFeatures = 14;

    private readonly double[][] _weights;
    private readonly double[] _bias;
    private readonly Dictionary<int, int> _columns;

    public ObjectionModel(IReadOnlyList<string> vocabulary, double[][] weights, double[] bias, double addAbove, double dropBelow)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(bias);
        if (weights.Length != Categories.Length || bias.Length != Categories.Length || weights.Any(row => row.Length != RuleFeatures + vocabulary.Count))
        {
            throw new ArgumentException("One row of rule features and vocabulary weights per category is needed.", nameof(weights));
        }

        _weights = weights;
        _bias = bias;
        Vocabulary = vocabulary;
        AddAbove = addAbove;
        DropBelow = dropBelow;
        _columns = new Dictionary<int, int>(vocabulary.Count);
        for (var i = 0; i < vocabulary.Count; i++)
        {
            _columns.TryAdd(ObjectionWords.KeyOf(vocabulary[i]), RuleFeatures + i);
        }
    }

    public static ObjectionModel Trained { get; } = new(
        ObjectionModelWeights.Vocabulary, ObjectionModelWeights.Weights, ObjectionModelWeights.Bias, ObjectionModelWeights.AddAbove, ObjectionModelWeights.DropBelow);

    public IReadOnlyList<string> Vocabulary { get; }

    public double AddAbove { get; }

    public double DropBelow { get; }

    /// <summary>Whether the category is reported: the rules' answer unless the model is confident the other way.</summary>
    public static bool Reports(bool foundByRules, double probability, double addAbove, double dropBelow) =>
        foundByRules ? probability >= dropBelow : probability >= addAbove;

    /// <summary>The rule features of a call: per category, found at all and log(1 + the number of objections found).</summary>
    public static double[] RuleFeaturesOf(IReadOnlyList<Objection> ruleObjections)
    {
        ArgumentNullException.ThrowIfNull(ruleObjections);
        var features = new double[RuleFeatures];
        foreach (var objection in ruleObjections)
        {
            var c = Array.IndexOf(Categories, objection.Category);
            if (c >= 0)
            {
                features[2 * c]++;
            }
        }

        for (var c = 0; c < Categories.Length; c++)
        {
            features[(2 * c) + 1] = Math.Log(1 + features[2 * c]);
            features[2 * c] = features[2 * c] > 0 ? 1 : 0;
        }

        return features;
    }

    /// <summary>The probability of each category (in <see cref="Categories"/> order) for the call's words and rule features.</summary>
    public double[] Probabilities(double[] ruleFeatures, List<WordKey> keys)
    {
        ArgumentNullException.ThrowIfNull(ruleFeatures);
        ArgumentNullException.ThrowIfNull(keys);
        var z = (double[])_bias.Clone();
        for (var c = 0; c < z.Length; c++)
        {
            for (var f = 0; f < RuleFeatures; f++)
            {
                z[c] += _weights[c][f] * ruleFeatures[f];
            }
        }

        // each vocabulary word counts once per call, however often it was said
        var seen = new bool[Vocabulary.Count];
        foreach (var key in keys)
        {
            if (_columns.TryGetValue(key.Key, out var column) && !seen[column - RuleFeatures])
            {
                seen[column - RuleFeatures] = true;
                for (var c = 0; c < z.Length; c++)
                {
                    z[c] += _weights[c][column];
                }
            }
        }

        for (var c = 0; c < z.Length; c++)
        {
            z[c] = 1 / (1 + Math.Exp(-z[c]));
        }

        return z;
    }

    /// <summary>The rules' objections revised where the model is confident: confident absences dropped, confident categories added.</summary>
    public IReadOnlyList<Objection> Revise(Conversation conversation, IReadOnlyList<Objection> ruleObjections)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentNullException.ThrowIfNull(ruleObjections);
        var keys = new List<WordKey>(64);
        ObjectionWords.Collect(conversation, keys);
        var rules = RuleFeaturesOf(ruleObjections);
        var p = Probabilities(rules, keys);
        List<Objection>? revised = null;
        for (var c = 0; c < Categories.Length; c++)
        {
            var byRules = rules[2 * c] > 0;
            if (Reports(byRules, p[c], AddAbove, DropBelow) == byRules)
            {
                continue;
            }

            revised ??= [.. ruleObjections];
            if (byRules)
            {
                revised.RemoveAll(o => o.Category == Categories[c]);
            }
            else if (StrongestCue(keys, c) is { } cue)
            {
                revised.Add(new Objection(
                    Categories[c], ObjectionJudge.Concern, ObjectionJudge.Outstanding, revised.Count + 1, Vocabulary[cue.Column - RuleFeatures], p[c], Evidence.Sentence(cue.Key.Turn, cue.Key.Start), null));
            }
        }

        return revised is null ? ruleObjections : Renumbered(revised);
    }

    // The said word that pushed the category up most: its sentence is the evidence.
    private (WordKey Key, int Column)? StrongestCue(List<WordKey> keys, int category)
    {
        (WordKey Key, int Column)? best = null;
        var bestWeight = 0.0;
        foreach (var key in keys)
        {
            if (_columns.TryGetValue(key.Key, out var column) && _weights[category][column] > bestWeight)
            {
                best = (key, column);
                bestWeight = _weights[category][column];
            }
        }

        return best;
    }

    private static List<Objection> Renumbered(List<Objection> objections) =>
        [.. objections.Select((o, i) => o.Priority == i + 1 ? o : o with { Priority = i + 1 })];
}
