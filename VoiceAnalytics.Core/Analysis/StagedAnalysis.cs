namespace VoiceAnalytics.Core.Analysis;

/// <summary>
/// Runs analyzers stage by stage: each stage's analyzers in parallel, and each later stage sees every earlier
/// result. Shared by the pipeline (which checkpoints each run) and the offline tools (eval, benchmarks).
/// </summary>
public static class StagedAnalysis
{
    private static readonly AnalyzerStage[] Stages = [AnalyzerStage.FanOut, AnalyzerStage.Merge, AnalyzerStage.Scoring, AnalyzerStage.Summary];

    public delegate Task<object> RunAnalyzer(IAnalyzer analyzer, AnalysisInput input);

    public static async Task<AnalysisResults> RunAsync(IReadOnlyList<IAnalyzer> analyzers, AnalysisInput initial, RunAnalyzer run)
    {
        var results = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var stage in Stages)
        {
            var input = initial with { Earlier = new AnalysisResults(new Dictionary<string, object>(results)) };
            var stageAnalyzers = analyzers.Where(a => a.Stage == stage).ToList();
            var outputs = await Task.WhenAll(stageAnalyzers.Select(a => run(a, input))).ConfigureAwait(false);
            for (var i = 0; i < stageAnalyzers.Count; i++)
            {
                results[stageAnalyzers[i].Name] = outputs[i];
            }

            // A merge result stands in for earlier results: later stages and the report see its revised copies.
            foreach (var reviser in outputs.OfType<IRevisesEarlierResults>())
            {
                foreach (var (name, revised) in reviser.Revise(new AnalysisResults(new Dictionary<string, object>(results))))
                {
                    results[name] = revised;
                }
            }
        }

        return new AnalysisResults(results);
    }

    /// <summary>Runs every analyzer synchronously on the calling thread (offline tools, benchmarks).</summary>
    public static AnalysisResults Run(IReadOnlyList<IAnalyzer> analyzers, Contracts.SessionPayload session) =>
        RunAsync(analyzers, AnalysisInput.ForSession(session), static (analyzer, input) => analyzer.AnalyzeAsync(input, CancellationToken.None).AsTask()).GetAwaiter().GetResult();
}
