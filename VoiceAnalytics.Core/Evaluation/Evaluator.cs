using System.Text.Json;
using VoiceAnalytics.Core.Analysis;
using VoiceAnalytics.Core.Contracts;
using VoiceAnalytics.Core.Contracts.Parsing;

namespace VoiceAnalytics.Core.Evaluation;

/// <summary>
/// Runs the analyzers on labeled calls and scores every label field (LABELS.md rules). Deterministic: the same
/// folder and analyzer versions give the same figures.
/// </summary>
public sealed class Evaluator
{
    private readonly IReadOnlyList<IAnalyzer> _analyzers;
    private readonly Func<AnalysisResults, IReadOnlyDictionary<string, PredictedLabel>> _project;
    private readonly Func<byte[], byte[]> _rewrite;

    /// <param name="project">How labels are read from the results; the rule projection unless told otherwise.</param>
    /// <param name="rewrite">Applied to each payload before it is parsed (<see cref="SpokenStyle"/>); none by default.</param>
    public Evaluator(
        IEnumerable<IAnalyzer> analyzers,
        Func<AnalysisResults, IReadOnlyDictionary<string, PredictedLabel>>? project = null,
        Func<byte[], byte[]>? rewrite = null)
    {
        _analyzers = [.. analyzers];
        _project = project ?? LabelProjection.Project;
        _rewrite = rewrite ?? (bytes => bytes);
    }

    /// <param name="analyzed">Told each call's parsed payload and full analysis as soon as it is made (eval --reports).</param>
    public EvaluationResult Evaluate(
        IReadOnlyList<LabeledCall> calls,
        Action<int, int>? progress = null,
        Action<SessionPayload, AnalysisResults>? analyzed = null)
    {
        var scores = LabelField.All.Select(f => new FieldScore(f)).ToList();
        var mismatches = new List<Mismatch>();
        var predictions = new List<SessionPrediction>();
        var skipped = new List<string>();
        for (var i = 0; i < calls.Count; i++)
        {
            progress?.Invoke(i + 1, calls.Count);
            var call = calls[i];
            var parsed = PayloadParser.Parse(_rewrite(File.ReadAllBytes(call.PayloadPath)));
            if (!parsed.IsValid)
            {
                skipped.Add($"{call.Id}: {parsed.Errors[0].Path} {parsed.Errors[0].Message}");
                continue;
            }

            var results = StagedAnalysis.Run(_analyzers, parsed.Payload);
            analyzed?.Invoke(parsed.Payload, results);
            var predicted = _project(results);
            predictions.Add(new SessionPrediction(parsed.Payload.SessionId, predicted.ToDictionary(p => p.Key, p => p.Value.Value, StringComparer.Ordinal)));
            var expected = ReadLabels(call.LabelsPath);
            foreach (var score in scores)
            {
                var name = score.Field.Name;
                var want = expected.TryGetValue(name, out var element) ? LabelValue.From(element) : LabelValue.Null;
                var got = predicted.TryGetValue(name, out var label) ? label : PredictedLabel.Of(null);
                var gotValue = LabelValue.From(got.Value);
                if (!score.Add(want, gotValue))
                {
                    mismatches.Add(new Mismatch(call.Id, name, want, gotValue, got.Evidence));
                }
            }
        }

        return new EvaluationResult(predictions.Count, scores, mismatches, predictions, skipped);
    }

    private static Dictionary<string, JsonElement> ReadLabels(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        var labels = document.RootElement.TryGetProperty("labels", out var inner) ? inner : document.RootElement;
        return labels.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone(), StringComparer.Ordinal);
    }
}
