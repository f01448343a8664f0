namespace VoiceAnalytics.Core.Analysis;

/// <summary>
/// One analysis module. An analyzer is a pure function of its <see cref="AnalysisInput"/>: no clock, no I/O
/// (beyond an optional injected language-model client), so a retry or a re-analysis gives the same result.
/// </summary>
public interface IAnalyzer
{
    /// <summary>snake_case key of the result in the report, e.g. <c>performance_metrics</c>.</summary>
    string Name { get; }

    /// <summary>Raise when the output changes; checkpoints are kept per (session, analyzer, version).</summary>
    int Version { get; }

    AnalyzerStage Stage { get; }

    /// <summary>The type of the result object, used to restore it from a checkpoint.</summary>
    Type ResultType { get; }

    ValueTask<object> AnalyzeAsync(AnalysisInput input, CancellationToken cancellationToken);
}
