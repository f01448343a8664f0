using VoiceAnalytics.Core.Evaluation;

namespace VoiceAnalytics.Core.Analysis.Llm;

/// <summary>
/// The label fields as the model alone answered them (after validation), for <c>eval --analyzer llm</c>; the
/// mechanical fields, which the model never sets, come from the rules. A session that fell back to rules has no
/// model values: it scores as the model's misses, which is the honest figure for the model path.
/// </summary>
public static class ModelLabelProjection
{
    public static IReadOnlyDictionary<string, PredictedLabel> Project(AnalysisResults results)
    {
        var rules = LabelProjection.Project(results);
        var decisions = results.Get<LlmAnalysisReport>()?.Fields.ToDictionary(d => d.Field, StringComparer.Ordinal)
            ?? new Dictionary<string, FieldDecision>(StringComparer.Ordinal);
        var labels = new Dictionary<string, PredictedLabel>(StringComparer.Ordinal);
        foreach (var field in LabelField.All)
        {
            if (FieldMerger.Mechanical.Contains(field.Name))
            {
                labels[field.Name] = rules[field.Name];
                continue;
            }

            var decision = decisions.GetValueOrDefault(field.Name);
            var values = decision?.Model ?? [];
            var evidence = decision?.ModelEvidence ?? [];
            labels[field.Name] = field.Kind == LabelKind.Set
                ? new PredictedLabel(values, evidence)
                : new PredictedLabel(values.Count == 0 ? null : Typed(field.Name, values[0]), evidence);
        }

        return labels;
    }

    // Label values compare as text, but numbers and flags are typed as the rules give them.
    private static object Typed(string field, string value) => field switch
    {
        "natural_ending" => value == "true",
        _ when LabelVocabulary.Ranges.ContainsKey(field) => int.Parse(value, System.Globalization.CultureInfo.InvariantCulture),
        _ => value,
    };
}
