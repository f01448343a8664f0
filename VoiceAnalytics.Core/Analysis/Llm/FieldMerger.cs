using VoiceAnalytics.Core.Analysis.Text;
using VoiceAnalytics.Core.Evaluation;

namespace VoiceAnalytics.Core.Analysis.Llm;

/// <summary>
/// The deterministic merge of rule and model values, field by field:
/// sets take the union (the model's gaps are recall, and every model item has a verified quote); a scalar that only
/// one side gives is taken from it; when both give different scalars the rules win, except for the fields whose rule
/// value is a default rather than a finding (sentiment, sentiment trend, buying signal), where the model wins.
/// Mechanical fields (meeting booked, failed searches, interruptions, tier) are never merged: they stay computed.
/// </summary>
public static class FieldMerger
{
    /// <summary>What a rule value counts for: the analyzers' confidences are not comparable across fields.</summary>
    public const double RulesConfidence = 0.8;

    public static readonly IReadOnlySet<string> Mechanical = new HashSet<string>(StringComparer.Ordinal) { "meeting_booked", "failed_searches", "interruptions", "qualification_tier" };

    private static readonly IReadOnlySet<string> ModelWinsDisagreement = new HashSet<string>(StringComparer.Ordinal) { "sentiment", "sentiment_trend", "buying_signal" };

    public static IReadOnlyList<FieldDecision> Merge(AnalysisResults rules, ValidatedAnswer answer)
    {
        var projected = LabelProjection.Project(rules);
        var decisions = new List<FieldDecision>();
        foreach (var field in LabelField.All.Where(f => !Mechanical.Contains(f.Name)))
        {
            var ruleValues = projected.TryGetValue(field.Name, out var label) ? LabelValue.From(label.Value).Items.Order(StringComparer.Ordinal).ToList() : [];
            var model = answer.ValuesOf(field.Name);
            decisions.Add(field.Kind == LabelKind.Set ? MergeSet(field.Name, ruleValues, model) : MergeScalar(field.Name, ruleValues, model));
        }

        return decisions;
    }

    private static FieldDecision MergeSet(string field, List<string> rules, IReadOnlyList<ModelValue> model)
    {
        var modelValues = model.Select(v => v.Value).Order(StringComparer.Ordinal).ToList();
        var final = rules.Union(modelValues, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var agree = rules.SequenceEqual(modelValues, StringComparer.Ordinal);
        var provenance = agree ? Provenance.Both
            : modelValues.All(rules.Contains) ? Provenance.Rules
            : rules.Count == 0 ? Provenance.Llm
            : Provenance.Both;
        var confidence = provenance == Provenance.Rules ? RulesConfidence
            : model.Count == 0 ? RulesConfidence
            : provenance == Provenance.Llm ? model.Min(v => v.Confidence)
            : Math.Max(RulesConfidence, model.Min(v => v.Confidence));
        return new FieldDecision(field, provenance, confidence, final, rules, modelValues, !agree, [.. model.Select(v => v.Evidence)]);
    }

    private static FieldDecision MergeScalar(string field, List<string> rules, IReadOnlyList<ModelValue> model)
    {
        var rule = rules.FirstOrDefault();
        var found = model.Count > 0 ? model[0] : null;
        IReadOnlyList<string> modelValues = found is null ? [] : [found.Value];
        IReadOnlyList<Evidence> evidence = found is null ? [] : [found.Evidence];
        if (found is null)
        {
            return new FieldDecision(field, Provenance.Rules, RulesConfidence, rules, rules, modelValues, false, evidence);
        }

        if (rule is null)
        {
            return new FieldDecision(field, Provenance.Llm, found.Confidence, modelValues, rules, modelValues, false, evidence);
        }

        if (rule == found.Value)
        {
            return new FieldDecision(field, Provenance.Both, Math.Max(RulesConfidence, found.Confidence), rules, rules, modelValues, false, evidence);
        }

        return ModelWinsDisagreement.Contains(field)
            ? new FieldDecision(field, Provenance.Llm, found.Confidence, modelValues, rules, modelValues, true, evidence)
            : new FieldDecision(field, Provenance.Rules, RulesConfidence, rules, rules, modelValues, true, evidence);
    }
}
