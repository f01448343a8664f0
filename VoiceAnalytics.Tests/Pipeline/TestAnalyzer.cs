using VoiceAnalytics.Core.Analysis;

namespace VoiceAnalytics.Tests.Pipeline;

public sealed record TestResult(string Analyzer, int Run, IReadOnlyList<string> Saw);

/// <summary>An analyzer for orchestration tests: counts its runs, can fail its first N runs, records what it saw.</summary>
public sealed class TestAnalyzer(string name, AnalyzerStage stage = AnalyzerStage.FanOut, int failures = 0) : IAnalyzer
{
    private int _runs;

    public string Name => name;

    public int Version { get; init; } = 1;

    public AnalyzerStage Stage => stage;

    public Type ResultType => typeof(TestResult);

    public int Runs => _runs;

    public ValueTask<object> AnalyzeAsync(AnalysisInput input, CancellationToken cancellationToken)
    {
        var run = Interlocked.Increment(ref _runs);
        if (run <= failures)
        {
            throw new InvalidOperationException($"{name} failed on purpose (run {run})");
        }

        return ValueTask.FromResult<object>(new TestResult(name, run, [.. input.Earlier.Keys.Order()]));
    }
}
