namespace VoiceAnalytics.Core.Analysis;

/// <summary>Base for deterministic analyzers: implement <see cref="Analyze"/> and nothing else.</summary>
public abstract class Analyzer<TResult> : IAnalyzer
    where TResult : class
{
    public abstract string Name { get; }

    public abstract int Version { get; }

    public virtual AnalyzerStage Stage => AnalyzerStage.FanOut;

    public Type ResultType => typeof(TResult);

    public abstract TResult Analyze(AnalysisInput input);

    public ValueTask<object> AnalyzeAsync(AnalysisInput input, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        using (AnalysisCancellation.Enter(cancellationToken))
        {
            return ValueTask.FromResult<object>(Analyze(input));
        }
    }
}
