namespace VoiceAnalytics.Core.Analysis.Sales.ProductFit.Lexicons;

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
