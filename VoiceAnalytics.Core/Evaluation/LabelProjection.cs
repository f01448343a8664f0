using VoiceAnalytics.Core.Analysis;
using VoiceAnalytics.Core.Analysis.Actions;
using VoiceAnalytics.Core.Analysis.Gaps;
using VoiceAnalytics.Core.Analysis.Objections;
using VoiceAnalytics.Core.Analysis.Quality;
using VoiceAnalytics.Core.Analysis.Sales;
using VoiceAnalytics.Core.Analysis.Sentiment;
using VoiceAnalytics.Core.Analysis.Text;
using VoiceAnalytics.Core.Scoring;

namespace VoiceAnalytics.Core.Evaluation;

/// <summary>Reads the LABELS.md fields out of the analyzers' results, with the evidence behind each value.</summary>
public static class LabelProjection
{
    public static IReadOnlyDictionary<string, PredictedLabel> Project(AnalysisResults results)
    {
        var sales = results.Get<SalesIntelligenceReport>();
        var quality = results.Get<ConversationQualityReport>();
        var sentiment = results.Get<SentimentReport>();
        var objections = results.Get<ObjectionReport>();
        var gaps = results.Get<ContentGapReport>();
        var actions = results.Get<ActionItemsReport>();
        var score = results.Get<LeadScoreReport>();
        return new Dictionary<string, PredictedLabel>(StringComparer.Ordinal)
        {
            ["team_size"] = One(sales?.Sizing.TeamSize),
            ["company_size"] = One(sales?.Sizing.CompanySize),
            ["monthly_volume"] = One(sales?.Sizing.MonthlyVolume),
            ["integration_needs"] = Many(sales?.ProductFit.IntegrationNeeds),
            ["industry"] = One(sales?.ProductFit.Industry),
            ["use_cases"] = Many(sales?.ProductFit.UseCases),
            ["current_tool"] = One(sales?.ProductFit.CurrentTool),
            ["competitors_mentioned"] = new(
                Distinct(sales?.ProductFit.Competitors.Select(c => c.Competitor)),
                [.. sales?.ProductFit.Competitors.Select(c => c.Evidence) ?? []]),
            ["decision_timeline"] = One(sales?.Deal.DecisionTimeline),
            ["budget_authority"] = One(sales?.Deal.BudgetAuthority),
            ["urgency"] = One(sales?.Deal.Urgency),
            ["objection_categories"] = new(
                Distinct(objections?.Objections.Select(o => o.Category)),
                [.. objections?.Objections.Select(o => o.Evidence) ?? []]),
            ["feature_requests"] = Many(sales?.ProductFit.FeatureRequests),
            ["stakeholders"] = Many(sales?.Deal.Stakeholders),
            ["buying_signal"] = One(sales?.Deal.BuyingSignal),
            ["sentiment"] = PredictedLabel.Of(sentiment?.Overall, SentimentEvidence(sentiment)),
            ["sentiment_trend"] = PredictedLabel.Of(sentiment?.Trend, SentimentEvidence(sentiment)),
            ["natural_ending"] = PredictedLabel.Of(quality?.NaturalEnding),
            ["meeting_booked"] = PredictedLabel.Of(sales?.Deal.MeetingBooked, sales?.Deal.Meeting?.Confirmation),
            ["qualification_tier"] = PredictedLabel.Of(score?.QualificationTier),
            ["user_questions"] = PredictedLabel.Of(quality?.UserQuestions),
            ["failed_searches"] = PredictedLabel.Of(gaps?.FailedSearches),
            ["interruptions"] = PredictedLabel.Of(quality?.Interruptions),
            ["action_item_owners"] = new(
                Distinct(actions?.Items.Select(i => i.Owner)),
                [.. actions?.Items.Select(i => i.Evidence) ?? []]),
        };
    }

    // The enthusiasm and frustration cues that moved the score.
    private static Evidence?[] SentimentEvidence(SentimentReport? sentiment) =>
        sentiment is null ? [] : [.. sentiment.EnthusiasmMarkers.Concat(sentiment.FrustrationMarkers).Select(m => m.Evidence)];

    private static PredictedLabel One<T>(Extracted<T>? value) =>
        value is null ? PredictedLabel.Of(null) : PredictedLabel.Of(value.Value, value.Evidence);

    private static PredictedLabel Many(IReadOnlyList<Extracted<string>>? values) =>
        new(Distinct(values?.Select(v => v.Value)), [.. values?.Select(v => v.Evidence).OfType<Evidence>() ?? []]);

    private static IReadOnlyList<string> Distinct(IEnumerable<string>? values) =>
        values is null ? [] : [.. values.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
}
