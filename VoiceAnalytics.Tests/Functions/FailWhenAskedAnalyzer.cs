using VoiceAnalytics.Core.Analysis;

namespace VoiceAnalytics.Tests.Functions;

/// <summary>Fails every run for sessions whose transcript says "poison me"; counts runs per session otherwise.</summary>
public sealed class FailWhenAskedAnalyzer : Analyzer<TestRunCount>
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> _runs = new();

    public override string Name => "fail_when_asked";

    public override int Version => 1;

    public int RunsFor(string sessionId) => _runs.GetValueOrDefault(sessionId);

    public override TestRunCount Analyze(AnalysisInput input)
    {
        var runs = _runs.AddOrUpdate(input.Session.SessionId, 1, (_, n) => n + 1);
        if (input.Session.Transcript.Messages.Any(m => m.Text.Contains("poison me", StringComparison.Ordinal)))
        {
            throw new InvalidOperationException("asked to fail");
        }

        return new TestRunCount(runs);
    }
}

public sealed record TestRunCount(int Runs);
