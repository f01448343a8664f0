using VoiceAnalytics.Core.Pipeline;

namespace VoiceAnalytics.Core.Analysis;

/// <summary>
/// Runs analyzers stage by stage in memory, in <see cref="SessionPlan.StageOrder"/>: each stage's analyzers in
/// parallel, each later stage seeing every earlier result. The offline tools (eval, benchmarks) use it; the pipeline
/// runs the same stages through <see cref="SessionWorkflow"/>.
/// </summary>
public static class StagedAnalysis
{
    public delegate Task<object> RunAnalyzer(IAnalyzer analyzer, AnalysisInput input);

    public static async Task<AnalysisResults> RunAsync(IReadOnlyList<IAnalyzer> analyzers, AnalysisInput initial, RunAnalyzer run)
    {
        var results = new StagedResults(analyzers);
        foreach (var stage in SessionPlan.StageOrder)
        {
            var input = initial with { Earlier = results.Before(stage) };
            var stageAnalyzers = analyzers.Where(a => a.Stage == stage).ToList();
            var outputs = await Task.WhenAll(stageAnalyzers.Select(a => run(a, input))).ConfigureAwait(false);
            for (var i = 0; i < stageAnalyzers.Count; i++)
            {
                results.Add(stageAnalyzers[i].Name, outputs[i]);
            }
        }

        return results.All();
    }

    /// <summary>Runs every analyzer synchronously on the calling thread (offline tools, benchmarks).</summary>
    public static AnalysisResults Run(IReadOnlyList<IAnalyzer> analyzers, Contracts.SessionPayload session) =>
        RunAsync(analyzers, AnalysisInput.ForSession(session), static (analyzer, input) => analyzer.AnalyzeAsync(input, CancellationToken.None).AsTask()).GetAwaiter().GetResult();
}
