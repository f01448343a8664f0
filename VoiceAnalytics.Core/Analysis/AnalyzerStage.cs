namespace VoiceAnalytics.Core.Analysis;

/// <summary>When an analyzer runs: fan-out analyzers read only the payload; later stages read earlier results.</summary>
public enum AnalyzerStage
{
    FanOut = 0,
    Scoring = 1,
    Summary = 2,

    /// <summary>Between the fan-out and scoring: reads the fan-out results and may revise them (the language-model merge).</summary>
    Merge = 3,
}
