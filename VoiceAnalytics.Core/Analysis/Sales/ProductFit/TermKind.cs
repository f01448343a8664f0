namespace VoiceAnalytics.Core.Analysis.Sales.ProductFit;

/// <summary>What a vocabulary term names.</summary>
internal enum TermKind
{
    Integration,
    Competitor,
    AuthoringTool,
    OwnProduct,
    ManualProcess,
    Industry,
    UseCase,
    Feature,
    PainPoint,
}
