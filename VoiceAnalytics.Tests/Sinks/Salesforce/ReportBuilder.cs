using VoiceAnalytics.Core.Analysis.Sales;
using VoiceAnalytics.Core.Analysis.Sales.Deal;
using VoiceAnalytics.Core.Analysis.Sales.ProductFit;
using VoiceAnalytics.Core.Analysis.Sales.ProductFit.Tools;
using VoiceAnalytics.Core.Analysis.Sales.Sizing;
using VoiceAnalytics.Core.Analysis.Text;
using VoiceAnalytics.Core.Contracts;
using VoiceAnalytics.Core.Pipeline;
using VoiceAnalytics.Core.Scoring;

namespace VoiceAnalytics.Tests.Sinks.Salesforce;

/// <summary>Reports built by hand for the edge cases the shared calls do not reach.</summary>
internal static class ReportBuilder
{
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 23, 30, 0, TimeSpan.FromHours(-5));

    public static SessionPayload Session(string sessionId = "s-1", string? email = "jane@example.com", string? name = "Jane Q Doe") => new()
    {
        SessionId = sessionId,
        StartTime = Start,
        DurationSeconds = 125,
        UserEmail = email,
        UserName = name,
    };

    public static SessionReport Report(params object[] results) => new()
    {
        SessionId = "s-1",
        AnalyzedAt = Start,
        AnalyzerVersions = new Dictionary<string, int>(),
        Results = results.ToDictionary(r => r.GetType().Name, r => r),
    };

    public static LeadScoreReport Lead(string tier, string temperature = "warm", int score = 70) => new()
    {
        Score = score,
        Temperature = temperature,
        QualificationTier = tier,
        QualificationReason = "test",
        Confidence = "high",
        Components = [new ScoreComponent("firmographic", 20, 20, 25)],
        Factors = [],
        Justification = ["Team size 12 seats: +20 (firmographic)"],
    };

    public static SalesIntelligenceReport Sales(
        string? urgency = null,
        int? teamSize = null,
        string? currentTool = null,
        IReadOnlyList<CompetitorMention>? competitors = null,
        IReadOnlyList<string>? integrations = null) => new()
    {
        Sizing = SizingSignals.Empty with { TeamSize = teamSize is { } t ? Value(t) : null },
        ProductFit = new ProductFitSignals
        {
            CurrentTool = currentTool is null ? null : Value(currentTool),
            Competitors = competitors ?? [],
            IntegrationNeeds = [.. (integrations ?? []).Select(Value)],
        },
        Deal = new DealSignals { BuyingSignal = Value(BuyingSignalLevels.None), Urgency = urgency is null ? null : Value(urgency) },
        Bant = new BantAssessment(new(false, ""), new(false, ""), new(false, ""), new(false, ""), 0, false),
    };

    public static Extracted<T> Value<T>(T value) => new(value, 0.9, new Evidence("we said so", "i1", 0, 10));
}
