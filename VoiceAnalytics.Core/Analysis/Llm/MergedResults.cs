using System.Globalization;
using VoiceAnalytics.Core.Analysis.Actions;
using VoiceAnalytics.Core.Analysis.Objections;
using VoiceAnalytics.Core.Analysis.Quality;
using VoiceAnalytics.Core.Analysis.Sales;
using VoiceAnalytics.Core.Analysis.Sales.ProductFit.Tools;
using VoiceAnalytics.Core.Analysis.Sentiment;
using VoiceAnalytics.Core.Analysis.Text;

namespace VoiceAnalytics.Core.Analysis.Llm;

/// <summary>
/// Writes the final field values into copies of the rule reports, so every later reader (lead scoring, the
/// executive summary, the sinks, eval) sees merged values through the types it already reads. A field whose final
/// value equals the rule value keeps the rule's own object (and evidence); only changed fields are rewritten.
/// </summary>
public static class MergedResults
{
    private const string Mentioned = "mentioned";
    private const string Neutral = "neutral";

    public static IReadOnlyDictionary<string, object> Revise(AnalysisResults rules, LlmAnalysisReport merge)
    {
        var changed = merge.Fields.Where(d => !d.Final.SequenceEqual(d.Rules, StringComparer.Ordinal)).ToDictionary(d => d.Field, StringComparer.Ordinal);
        var revised = new Dictionary<string, object>(StringComparer.Ordinal);
        if (changed.Count == 0)
        {
            return revised;
        }

        foreach (var (name, result) in rules)
        {
            object? copy = result switch
            {
                SalesIntelligenceReport sales => Sales(sales, changed),
                ObjectionReport objections when changed.ContainsKey("objection_categories") => Objections(objections, changed["objection_categories"], merge),
                SentimentReport sentiment when changed.ContainsKey("sentiment") || changed.ContainsKey("sentiment_trend") => sentiment with
                {
                    Overall = Scalar(changed, "sentiment") ?? sentiment.Overall,
                    Trend = Scalar(changed, "sentiment_trend") ?? sentiment.Trend,
                },
                ConversationQualityReport quality when changed.ContainsKey("natural_ending") || changed.ContainsKey("user_questions") => quality with
                {
                    NaturalEnding = Scalar(changed, "natural_ending") is { } ending ? ending == "true" : quality.NaturalEnding,
                    UserQuestions = Scalar(changed, "user_questions") is { } questions ? int.Parse(questions, CultureInfo.InvariantCulture) : quality.UserQuestions,
                },
                ActionItemsReport actions when changed.ContainsKey("action_item_owners") => Actions(actions, changed["action_item_owners"], merge),
                _ => null,
            };
            if (copy is not null)
            {
                revised[name] = copy;
            }
        }

        return revised;
    }

    private static SalesIntelligenceReport Sales(SalesIntelligenceReport sales, Dictionary<string, FieldDecision> changed) => sales with
    {
        Sizing = sales.Sizing with
        {
            TeamSize = Number(changed, "team_size", sales.Sizing.TeamSize),
            CompanySize = Number(changed, "company_size", sales.Sizing.CompanySize),
            MonthlyVolume = Number(changed, "monthly_volume", sales.Sizing.MonthlyVolume),
        },
        ProductFit = sales.ProductFit with
        {
            IntegrationNeeds = Many(changed, "integration_needs", sales.ProductFit.IntegrationNeeds),
            Industry = One(changed, "industry", sales.ProductFit.Industry),
            UseCases = Many(changed, "use_cases", sales.ProductFit.UseCases),
            CurrentTool = One(changed, "current_tool", sales.ProductFit.CurrentTool),
            Competitors = Competitors(changed, sales.ProductFit.Competitors),
            FeatureRequests = Many(changed, "feature_requests", sales.ProductFit.FeatureRequests),
        },
        Deal = sales.Deal with
        {
            DecisionTimeline = One(changed, "decision_timeline", sales.Deal.DecisionTimeline),
            BudgetAuthority = One(changed, "budget_authority", sales.Deal.BudgetAuthority),
            Urgency = One(changed, "urgency", sales.Deal.Urgency),
            Stakeholders = Many(changed, "stakeholders", sales.Deal.Stakeholders),
            BuyingSignal = One(changed, "buying_signal", sales.Deal.BuyingSignal) ?? sales.Deal.BuyingSignal,
        },
    };

    private static string? Scalar(Dictionary<string, FieldDecision> changed, string field) =>
        changed.TryGetValue(field, out var decision) ? decision.Final.FirstOrDefault() : null;

    private static Evidence? EvidenceOf(FieldDecision decision, string value)
    {
        var index = decision.Model.ToList().IndexOf(value);
        return index >= 0 && index < decision.ModelEvidence.Count ? decision.ModelEvidence[index] : null;
    }

    private static Extracted<int>? Number(Dictionary<string, FieldDecision> changed, string field, Extracted<int>? rule)
    {
        if (!changed.TryGetValue(field, out var decision))
        {
            return rule;
        }

        return decision.Final.FirstOrDefault() is { } value
            ? new Extracted<int>(int.Parse(value, CultureInfo.InvariantCulture), decision.Confidence, EvidenceOf(decision, value))
            : null;
    }

    private static Extracted<string>? One(Dictionary<string, FieldDecision> changed, string field, Extracted<string>? rule)
    {
        if (!changed.TryGetValue(field, out var decision))
        {
            return rule;
        }

        return decision.Final.FirstOrDefault() is { } value ? new Extracted<string>(value, decision.Confidence, EvidenceOf(decision, value)) : null;
    }

    private static IReadOnlyList<Extracted<string>> Many(Dictionary<string, FieldDecision> changed, string field, IReadOnlyList<Extracted<string>> rule)
    {
        if (!changed.TryGetValue(field, out var decision))
        {
            return rule;
        }

        var kept = rule.Where(r => decision.Final.Contains(r.Value)).ToList();
        var added = decision.Final.Where(v => kept.All(k => k.Value != v)).Select(v => new Extracted<string>(v, decision.Confidence, EvidenceOf(decision, v)));
        return [.. kept, .. added];
    }

    private static IReadOnlyList<CompetitorMention> Competitors(Dictionary<string, FieldDecision> changed, IReadOnlyList<CompetitorMention> rule)
    {
        if (!changed.TryGetValue("competitors_mentioned", out var decision))
        {
            return rule;
        }

        var added = decision.Final.Where(v => rule.All(r => r.Competitor != v))
            .Select(v => (Value: v, Evidence: EvidenceOf(decision, v)))
            .Where(p => p.Evidence is not null)
            .Select(p => new CompetitorMention(p.Value, Mentioned, Neutral, decision.Confidence, p.Evidence!));
        return [.. rule, .. added];
    }

    private static ObjectionReport Objections(ObjectionReport rule, FieldDecision decision, LlmAnalysisReport merge)
    {
        var priority = rule.Objections.Count;
        var added = merge.Objections
            .Where(o => decision.Final.Contains(o.Category) && rule.Objections.All(r => r.Category != o.Category))
            .GroupBy(o => o.Category, StringComparer.Ordinal)
            .Select(g => g.First())
            .Select(o => new Objection(o.Category, "concern", o.Status, ++priority, o.Detail, o.Confidence, o.Evidence, null));
        var objections = rule.Objections.Concat(added).ToList();
        return rule with
        {
            Objections = objections,
            Categories = [.. objections.Select(o => o.Category).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
        };
    }

    private static ActionItemsReport Actions(ActionItemsReport rule, FieldDecision decision, LlmAnalysisReport merge)
    {
        var number = rule.Items.Count;
        var added = merge.ActionItems
            .Where(a => decision.Final.Contains(a.Owner) && rule.Items.All(r => r.Owner != a.Owner))
            .Select(a => new ActionItem(
                $"{merge.SessionId}-ai-{++number}", KindOf(a.Owner), a.Owner, a.Description, a.DueDate, "medium", a.Confidence, a.Evidence));
        var items = rule.Items.Concat(added).ToList();
        return rule with
        {
            Items = items,
            Owners = [.. items.Select(i => i.Owner).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
            NextDueDate = items.Where(i => i.DueDate is not null).Select(i => i.DueDate).Min(),
        };
    }

    private static string KindOf(string owner) => owner switch
    {
        ActionOwners.User => ActionKinds.UserCommitment,
        ActionOwners.Support => ActionKinds.SupportFollowUp,
        ActionOwners.Product => ActionKinds.ProductFeedback,
        _ => ActionKinds.SalesFollowUp,
    };
}
