namespace VoiceAnalytics.Core.Analysis;

/// <summary>
/// A result that replaces earlier stages' results with revised copies (the language-model merge): after its stage,
/// <see cref="StagedAnalysis"/> puts the copies under the earlier analyzers' names, so later stages and the report
/// read them through the types they already know.
/// </summary>
public interface IRevisesEarlierResults
{
    IReadOnlyDictionary<string, object> Revise(AnalysisResults earlier);
}
