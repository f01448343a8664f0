using System.Globalization;

namespace VoiceAnalytics.Core.Scoring;

/// <summary>
/// Scores a lead from its facts with configurable weights: every factor is recorded with its points, components
/// are capped at the spec's maxima (demographic 20, behavioral 25, firmographic 20, intent 20, fit 15).
/// </summary>
public sealed class LeadScorer(LeadScoringOptions options)
{
    private static readonly (string Name, int Max)[] Components =
        [("demographic", 20), ("behavioral", 25), ("firmographic", 20), ("intent", 20), ("fit", 15)];

    public LeadScoreReport Score(LeadFacts facts, PreviousLeadScore? previous = null)
    {
        var factors = Factors(facts).Where(f => f.Points != 0).ToList();
        var components = Components.Select(c =>
        {
            var uncapped = factors.Where(f => f.Component == c.Name).Sum(f => f.Points);
            return new ScoreComponent(c.Name, Math.Min(uncapped, c.Max), c.Max, uncapped);
        }).ToList();
        var score = Math.Clamp(components.Sum(c => c.Points), 0, 100);
        var (tier, reason) = QualificationTierRule.Evaluate(facts, options);
        return new LeadScoreReport
        {
            Score = score,
            Temperature = score > options.HotAbove ? "hot" : score >= options.WarmFrom ? "warm" : "nurture",
            QualificationTier = tier,
            QualificationReason = reason,
            Confidence = ConfidenceOf(facts),
            Components = components,
            Factors = factors,
            Justification = [.. factors.Select(f => $"{f.Name} ({f.Observed}): {f.Points:+0;-0} ({f.Component})"),
                             .. components.Where(c => c.Uncapped > c.Max).Select(c => $"{c.Name} capped at {c.Max} (factors gave {c.Uncapped})")],
            Change = previous is null ? null : ScoreChanges.Between(previous, score, factors),
        };
    }

    private IEnumerable<ScoreFactor> Factors(LeadFacts facts)
    {
        if (facts.MonthlyVolume is { } volume)
        {
            yield return new("demographic", "Monthly volume", $"{volume} documents", Band(options.MonthlyVolume, volume));
        }

        if (facts.Industry is { } industry && options.TargetIndustries.Contains(industry, StringComparer.OrdinalIgnoreCase))
        {
            yield return new("demographic", "Target industry", industry, options.TargetIndustryPoints);
        }

        if (facts.TeamSize is { } team)
        {
            yield return new("firmographic", "Team size", $"{team} seats", Band(options.TeamSize, team));
        }

        if (facts.CompanySize is { } employees)
        {
            yield return new("firmographic", "Company size", $"{employees} employees", Band(options.CompanySize, employees));
        }

        var integration = facts.IntegrationNeeds
            .Select(n => (Name: n, Points: options.IntegrationNeeds.GetValueOrDefault(n)))
            .OrderByDescending(n => n.Points).FirstOrDefault();
        if (integration.Name is not null)
        {
            yield return new("fit", "Integration need", integration.Name, integration.Points);
        }

        if (facts.UseCases.Count >= 2)
        {
            yield return new("fit", "Several use cases", string.Join(", ", facts.UseCases), options.MultipleUseCasesPoints);
        }

        if (facts.DecisionTimeline is { } timeline)
        {
            yield return new("intent", "Decision timeline", timeline, options.DecisionTimeline.GetValueOrDefault(timeline));
        }

        if (facts.BudgetAuthority is { } authority)
        {
            yield return new("intent", "Budget authority", authority, options.BudgetAuthority.GetValueOrDefault(authority));
        }

        if (facts.MeetingBooked)
        {
            yield return new("intent", "Meeting booked", "yes", options.MeetingBookedPoints);
        }

        foreach (var factor in Behavior(facts))
        {
            yield return factor;
        }
    }

    private IEnumerable<ScoreFactor> Behavior(LeadFacts facts)
    {
        if (facts.BuyingSignal is { } signal)
        {
            yield return new("behavioral", "Buying signal", signal, options.BuyingSignal.GetValueOrDefault(signal));
        }

        yield return new("behavioral", "Questions asked", facts.UserQuestions.ToString(CultureInfo.InvariantCulture), Math.Min(options.MaxQuestionPoints, facts.UserQuestions * options.PointsPerUserQuestion));
        if (facts.UserTurns >= options.EngagedUserTurns)
        {
            yield return new("behavioral", "Active participation", $"{facts.UserTurns} user turns", options.EngagedTurnsPoints);
        }

        if (facts.DurationSeconds is >= 180 and <= 1200)
        {
            yield return new("behavioral", "Call duration", $"{facts.DurationSeconds / 60:0.#} min", options.AppropriateDurationPoints);
        }

        if (facts.Sentiment == "positive")
        {
            yield return new("behavioral", "Sentiment", "positive", options.PositiveSentimentPoints);
        }
    }

    private static int Band(IEnumerable<PointsBand> bands, int value) => bands.FirstOrDefault(b => b.Contains(value))?.Points ?? 0;

    private static string ConfidenceOf(LeadFacts facts)
    {
        var known = new object?[] { facts.TeamSize, facts.MonthlyVolume, facts.IntegrationNeeds.Count > 0 ? facts.IntegrationNeeds : null, facts.DecisionTimeline, facts.BudgetAuthority }
            .Count(v => v is not null);
        return known >= 4 && facts.SignalConfidence >= 0.7 ? "high" : known >= 2 ? "medium" : "low";
    }
}
