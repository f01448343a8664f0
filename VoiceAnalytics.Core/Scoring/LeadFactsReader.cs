using VoiceAnalytics.Core.Analysis;
using VoiceAnalytics.Core.Analysis.Quality;
using VoiceAnalytics.Core.Analysis.Sales;
using VoiceAnalytics.Core.Analysis.Sentiment;
using VoiceAnalytics.Core.Analysis.Text;

namespace VoiceAnalytics.Core.Scoring;

/// <summary>Gathers the facts lead scoring needs from the fan-out results (missing analyzers give empty facts).</summary>
public static class LeadFactsReader
{
    public static LeadFacts Read(AnalysisInput input)
    {
        var sales = input.Earlier.Get<SalesIntelligenceReport>();
        var quality = input.Earlier.Get<ConversationQualityReport>();
        var sentiment = input.Earlier.Get<SentimentReport>();
        var core = new double?[]
        {
            sales?.Sizing.TeamSize?.Confidence, sales?.Sizing.MonthlyVolume?.Confidence,
            sales?.Deal.DecisionTimeline?.Confidence, sales?.Deal.BudgetAuthority?.Confidence,
        }.Concat(sales?.ProductFit.IntegrationNeeds.Select(n => (double?)n.Confidence) ?? []).OfType<double>().ToList();

        return new LeadFacts
        {
            TeamSize = sales?.Sizing.TeamSize?.Value,
            CompanySize = sales?.Sizing.CompanySize?.Value,
            MonthlyVolume = sales?.Sizing.MonthlyVolume?.Value,
            IntegrationNeeds = Values(sales?.ProductFit.IntegrationNeeds),
            Industry = sales?.ProductFit.Industry?.Value,
            UseCases = Values(sales?.ProductFit.UseCases),
            DecisionTimeline = sales?.Deal.DecisionTimeline?.Value,
            BudgetAuthority = sales?.Deal.BudgetAuthority?.Value,
            BuyingSignal = sales?.Deal.BuyingSignal.Value,
            MeetingBooked = sales?.Deal.MeetingBooked ?? false,
            UserQuestions = quality?.UserQuestions ?? 0,
            UserTurns = input.Conversation.UserTurns.Count,
            DurationSeconds = input.Session.EffectiveDurationSeconds,
            Sentiment = sentiment?.Overall,
            SignalConfidence = core.Count == 0 ? 0 : core.Average(),
        };
    }

    private static IReadOnlyList<string> Values(IReadOnlyList<Extracted<string>>? items) =>
        items is null ? [] : [.. items.Select(i => i.Value).Distinct(StringComparer.Ordinal)];
}
