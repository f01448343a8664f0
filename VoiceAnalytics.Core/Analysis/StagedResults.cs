namespace VoiceAnalytics.Core.Analysis;

/// <summary>
/// Analyzer results gathered stage by stage. An analyzer sees every result of the stages before its own (never its
/// stage-mates'), and a result that revises earlier ones (the language-model merge) replaces them as it arrives, so
/// later stages and the report read the revised copies. Thread-safe: a stage's analyzers finish concurrently.
/// </summary>
public sealed class StagedResults
{
    private readonly Dictionary<string, AnalyzerStage> _stages;
    private readonly Dictionary<string, object> _results = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public StagedResults(IEnumerable<IAnalyzer> analyzers)
    {
        _stages = analyzers.ToDictionary(a => a.Name, a => a.Stage, StringComparer.Ordinal);
    }

    public void Add(string analyzer, object result)
    {
        lock (_lock)
        {
            _results[analyzer] = result;
            if (result is IRevisesEarlierResults reviser)
            {
                foreach (var (name, revised) in reviser.Revise(new AnalysisResults(new Dictionary<string, object>(_results, StringComparer.Ordinal))))
                {
                    _results[name] = revised;
                }
            }
        }
    }

    /// <summary>The results an analyzer of <paramref name="stage"/> may read: those of every earlier stage.</summary>
    public AnalysisResults Before(AnalyzerStage stage)
    {
        var position = Pipeline.SessionPlan.PositionOf(stage);
        lock (_lock)
        {
            return new AnalysisResults(_results
                .Where(p => !_stages.TryGetValue(p.Key, out var own) || Pipeline.SessionPlan.PositionOf(own) < position)
                .ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal));
        }
    }

    public AnalysisResults All()
    {
        lock (_lock)
        {
            return new AnalysisResults(new Dictionary<string, object>(_results, StringComparer.Ordinal));
        }
    }
}
