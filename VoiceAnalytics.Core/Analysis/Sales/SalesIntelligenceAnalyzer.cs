using VoiceAnalytics.Core.Analysis.Sales.Deal;
using VoiceAnalytics.Core.Analysis.Sales.ProductFit;
using VoiceAnalytics.Core.Analysis.Sales.Sizing;

namespace VoiceAnalytics.Core.Analysis.Sales;

/// <summary>
/// Spec 3.1, deterministic: who the buyer is (sizing), what they need (product fit), how the deal stands (timeline,
/// authority, stakeholders, buying signal, meeting) and BANT. The agent's own discovered_signals are not used:
/// they are a naive keyword detector's guesses and often wrong.
/// </summary>
public sealed class SalesIntelligenceAnalyzer : Analyzer<SalesIntelligenceReport>
{
    public override string Name => "sales_intelligence";

    public override int Version => 2;

    public override SalesIntelligenceReport Analyze(AnalysisInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var conversation = input.Conversation;
        var sizing = SizingExtractor.Extract(conversation);
        var fit = ProductFitExtractor.Extract(conversation);

        // A need is identified when the user described what they would use the product for.
        var needIdentified = fit.UseCases.Count > 0 || fit.IntegrationNeeds.Count > 0 || fit.FeatureRequests.Count > 0;
        var deal = DealExtractor.Extract(conversation, needIdentified);
        return new SalesIntelligenceReport
        {
            Sizing = sizing,
            ProductFit = fit,
            Deal = deal,
            Bant = BantAssessor.Assess(deal, needIdentified, fit.PainPoints.Count),
        };
    }
}
