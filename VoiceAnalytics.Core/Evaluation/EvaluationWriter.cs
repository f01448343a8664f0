using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace VoiceAnalytics.Core.Evaluation;

/// <summary>Prints an evaluation as a table, as one JSON object, as a failure list, or as prediction lines.</summary>
public static class EvaluationWriter
{
    public static void WriteTable(EvaluationResult result, TextWriter output)
    {
        output.WriteLine($"{result.Sessions} sessions");
        output.WriteLine($"{"field",-22} {"kind",-6} {"accuracy",9} {"precision",9} {"recall",7} {"f1",6}");
        foreach (var field in result.Fields)
        {
            var isSet = field.Field.Kind == LabelKind.Set;
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{field.Field.Name,-22} {(isSet ? "set" : "value"),-6} {(isSet ? "" : field.Accuracy.ToString("0.000", CultureInfo.InvariantCulture)),9} {(isSet ? field.Precision.ToString("0.000", CultureInfo.InvariantCulture) : ""),9} {(isSet ? field.Recall.ToString("0.000", CultureInfo.InvariantCulture) : ""),7} {(isSet ? field.F1.ToString("0.000", CultureInfo.InvariantCulture) : ""),6}"));
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"macro F1 (F1 for sets, accuracy otherwise): {result.MacroF1:0.0000}"));
        foreach (var skipped in result.Skipped)
        {
            output.WriteLine($"skipped {skipped}");
        }
    }

    public static void WriteJson(EvaluationResult result, TextWriter output)
    {
        var fields = new JsonObject();
        foreach (var field in result.Fields)
        {
            fields[field.Field.Name] = field.Field.Kind == LabelKind.Set
                ? new JsonObject { ["kind"] = "set", ["precision"] = Round(field.Precision), ["recall"] = Round(field.Recall), ["f1"] = Round(field.F1), ["sessions"] = field.Sessions }
                : new JsonObject { ["kind"] = field.Field.Kind.ToString().ToLowerInvariant(), ["accuracy"] = Round(field.Accuracy), ["sessions"] = field.Sessions };
        }

        var root = new JsonObject { ["macro_f1"] = Round(result.MacroF1), ["sessions"] = result.Sessions, ["fields"] = fields };
        output.WriteLine(root.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
    }

    public static void WriteFailures(EvaluationResult result, TextWriter output)
    {
        foreach (var mismatch in result.Mismatches)
        {
            output.WriteLine($"{mismatch.CallId} {mismatch.Field}: expected {mismatch.Expected}, predicted {mismatch.Predicted}");
            foreach (var evidence in mismatch.Evidence)
            {
                output.WriteLine($"    [{evidence.ItemId} {evidence.Start}-{evidence.End}] \"{evidence.Quote}\"");
            }
        }
    }

    /// <summary>One JSON line per session: <c>{"session_id": ..., "labels": {...}}</c>, values in LABELS.md types.</summary>
    public static void WritePredictions(EvaluationResult result, TextWriter output)
    {
        foreach (var prediction in result.Predictions)
        {
            var labels = new JsonObject();
            foreach (var field in LabelField.All)
            {
                var value = prediction.Labels.GetValueOrDefault(field.Name);
                labels[field.Name] = field.Kind == LabelKind.Set
                    ? new JsonArray([.. LabelValue.From(value).Items.Order(StringComparer.Ordinal).Select(v => (JsonNode?)JsonValue.Create(v))])
                    : value is null ? null : JsonSerializer.SerializeToNode(value);
            }

            output.WriteLine(new JsonObject { ["session_id"] = prediction.SessionId, ["labels"] = labels }.ToJsonString());
        }
    }

    private static double Round(double value) => Math.Round(value, 4);
}
