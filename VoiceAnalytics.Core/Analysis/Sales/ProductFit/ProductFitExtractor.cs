using VoiceAnalytics.Core.Analysis.Sales.ProductFit.Features;
using VoiceAnalytics.Core.Analysis.Sales.ProductFit.Lexicons;
using VoiceAnalytics.Core.Analysis.Sales.ProductFit.Tools;
using VoiceAnalytics.Core.Analysis.Text;

namespace VoiceAnalytics.Core.Analysis.Sales.ProductFit;

/// <summary>
/// Product-fit signals of a call (spec 3.1 integrations, competitors, feature requests, use cases, pain points):
/// the user's turns are read once against every vocabulary, then each signal weighs its own terms in context
/// (negation, tense, whose tool it is, what the agent confirmed). Pure: the same call always gives the same signals.
/// </summary>
public static class ProductFitExtractor
{
    public static ProductFitSignals Extract(Conversation conversation)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        var hits = ProductLexicon.UserTerms(conversation);
        var competitors = CompetitorDetector.Detect(conversation);
        return new ProductFitSignals
        {
            IntegrationNeeds = IntegrationNeedsExtractor.Extract(hits),
            Industry = IndustryClassifier.Classify(hits),
            UseCases = UseCaseExtractor.Extract(hits),
            CurrentTool = CurrentToolResolver.Resolve(conversation, hits, competitors),
            Competitors = competitors,
            FeatureRequests = FeatureRequestExtractor.Extract(conversation, hits),
            PainPoints = PainPointExtractor.Extract(hits),
        };
    }
}
