using VoiceAnalytics.Core.Analysis.Actions;
using VoiceAnalytics.Core.Analysis.Gaps;
using VoiceAnalytics.Core.Analysis.Objections;
using VoiceAnalytics.Core.Analysis.Quality;
using VoiceAnalytics.Core.Analysis.Sales;
using VoiceAnalytics.Core.Analysis.Sentiment;
using VoiceAnalytics.Core.Scoring;

namespace VoiceAnalytics.Core.Analysis.Summary;

/// <summary>
/// Spec 3.9, last stage: deterministic text built from every other result (no language model), so the same call
/// always reads the same and nothing is claimed that an analyzer did not find.
/// </summary>
public sealed class ExecutiveSummaryAnalyzer : Analyzer<ExecutiveSummaryReport>
{
    public override string Name => "executive_summary";

    public override int Version => 2;

    public override AnalyzerStage Stage => AnalyzerStage.Summary;

    public override ExecutiveSummaryReport Analyze(AnalysisInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var facts = new SummaryFacts(
            input.Session,
            input.Earlier.Get<SalesIntelligenceReport>(),
            input.Earlier.Get<LeadScoreReport>(),
            input.Earlier.Get<ConversationQualityReport>(),
            input.Earlier.Get<SentimentReport>(),
            input.Earlier.Get<ObjectionReport>(),
            input.Earlier.Get<ContentGapReport>(),
            input.Earlier.Get<ActionItemsReport>());
        var outcome = SummaryWriter.Outcome(facts);
        var action = SummaryWriter.NextAction(facts, outcome);
        var takeaways = SummaryWriter.Takeaways(facts);
        var risks = SummaryWriter.Risks(facts);
        var opportunity = SummaryWriter.Opportunity(facts);
        return new ExecutiveSummaryReport
        {
            Outcome = outcome,
            Takeaways = takeaways,
            Risks = risks,
            Opportunity = opportunity,
            NextAction = action,
            Summary = SummaryWriter.Paragraphs(facts, outcome, action, takeaways, risks, opportunity),
        };
    }
}
