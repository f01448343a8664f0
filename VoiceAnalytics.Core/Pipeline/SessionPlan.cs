using VoiceAnalytics.Core.Analysis;
using VoiceAnalytics.Core.Sinks;

namespace VoiceAnalytics.Core.Pipeline;

/// <summary>
/// Which analyzers and sinks one session goes through, in the order <see cref="SessionWorkflow"/> runs them: analyzer
/// stages (each stage in parallel, each seeing every earlier stage), then sink stages (the system of record first,
/// then the others in parallel). Built from the registered analyzers and sinks, so both runners see the same plan.
/// </summary>
public sealed class SessionPlan
{
    /// <summary>The order of the analyzer stages: the fan-out, the model merge, lead scoring, the executive summary.</summary>
    public static IReadOnlyList<AnalyzerStage> StageOrder { get; } = [AnalyzerStage.FanOut, AnalyzerStage.Merge, AnalyzerStage.Scoring, AnalyzerStage.Summary];

    public SessionPlan(IEnumerable<IAnalyzer> analyzers, SinkDispatcher sinks)
    {
        Analyzers = [.. analyzers];
        AnalyzerStages = [.. StageOrder.Select(stage => (IReadOnlyList<string>)[.. Analyzers.Where(a => a.Stage == stage).Select(a => a.Name)]).Where(names => names.Count > 0)];
        SinkStages = [.. new[] { true, false }
            .Select(systemOfRecord => (IReadOnlyList<string>)[.. sinks.Sinks.Where(s => s.IsSystemOfRecord == systemOfRecord).Select(s => s.Name)])
            .Where(names => names.Count > 0)];
    }

    public IReadOnlyList<IAnalyzer> Analyzers { get; }

    /// <summary>Analyzer names per stage, in <see cref="StageOrder"/>; empty stages left out.</summary>
    public IReadOnlyList<IReadOnlyList<string>> AnalyzerStages { get; }

    /// <summary>Sink names per stage: the systems of record, then every other sink.</summary>
    public IReadOnlyList<IReadOnlyList<string>> SinkStages { get; }

    /// <summary>The position of a stage in <see cref="StageOrder"/>: a result is visible to every later position.</summary>
    public static int PositionOf(AnalyzerStage stage)
    {
        for (var i = 0; i < StageOrder.Count; i++)
        {
            if (StageOrder[i] == stage)
            {
                return i;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(stage), stage, "Not a stage of the session plan.");
    }
}
