using VoiceAnalytics.Core.Analysis.Sales.Deal;
using VoiceAnalytics.Core.Analysis.Sales.ProductFit;
using VoiceAnalytics.Core.Analysis.Sales.Sizing;

namespace VoiceAnalytics.Core.Analysis.Sales;

/// <summary>Spec 3.1: sizing, product fit and deal signals of one call.</summary>
public sealed record SalesIntelligenceReport
{
    public required SizingSignals Sizing { get; init; }

    public required ProductFitSignals ProductFit { get; init; }

    public required DealSignals Deal { get; init; }

    public required BantAssessment Bant { get; init; }
}
