using Microsoft.Extensions.Options;
using VoiceAnalytics.Core.Analysis;

namespace VoiceAnalytics.Core.Scoring;

/// <summary>Spec 3.2, after the fan-in: scores the lead from the other analyzers' signals and the previous score.</summary>
public sealed class LeadScoringAnalyzer(IOptions<LeadScoringOptions> options) : Analyzer<LeadScoreReport>
{
    private readonly LeadScorer _scorer = new(options.Value);

    public override string Name => "lead_scoring";

    public override int Version => 2;

    public override AnalyzerStage Stage => AnalyzerStage.Scoring;

    public override LeadScoreReport Analyze(AnalysisInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return _scorer.Score(LeadFactsReader.Read(input), input.PreviousLead);
    }
}
