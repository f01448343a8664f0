using VoiceAnalytics.Core.Analysis.Sales.ProductFit.Tools;
using VoiceAnalytics.Core.Analysis.Text;

namespace VoiceAnalytics.Core.Analysis.Sales.ProductFit;

/// <summary>
/// What a call says about product fit: the tools to integrate, the user's industry, the documents they send, the
/// tool they use today, the competitors they name, the capabilities they ask for and their pain points.
/// String values are the label-enum values (e.g. "salesforce", "real_estate", "hr_documents", "adobe_sign").
/// </summary>
public sealed record ProductFitSignals
{
    public IReadOnlyList<Extracted<string>> IntegrationNeeds { get; init; } = [];

    public Extracted<string>? Industry { get; init; }

    public IReadOnlyList<Extracted<string>> UseCases { get; init; } = [];

    public Extracted<string>? CurrentTool { get; init; }

    public IReadOnlyList<CompetitorMention> Competitors { get; init; } = [];

    public IReadOnlyList<Extracted<string>> FeatureRequests { get; init; } = [];

    public IReadOnlyList<PainPoint> PainPoints { get; init; } = [];
}
