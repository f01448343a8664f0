using VoiceAnalytics.Core.Analysis;

namespace VoiceAnalytics.Tests.Pipeline;

/// <summary>Records the input it was given.</summary>
public sealed class InputProbe : Analyzer<TestResult>
{
    public AnalysisInput? Seen { get; private set; }

    public override string Name => "probe";

    public override int Version => 1;

    public override TestResult Analyze(AnalysisInput input)
    {
        Seen = input;
        return new TestResult(Name, 1, []);
    }
}
