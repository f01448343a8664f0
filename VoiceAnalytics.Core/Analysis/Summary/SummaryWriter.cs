using System.Globalization;
using System.Text;
using VoiceAnalytics.Core.Analysis.Objections;
using VoiceAnalytics.Core.Analysis.Sentiment;
using VoiceAnalytics.Core.Analysis.Text;

namespace VoiceAnalytics.Core.Analysis.Summary;

/// <summary>The sentences of the executive summary, each from one fact; nothing is said that was not found.</summary>
internal static class SummaryWriter
{
    public static CallOutcome Outcome(SummaryFacts f)
    {
        var tier = f.Score?.QualificationTier ?? "Tier 2";
        var score = f.Score?.Score ?? 0;
        var temperature = f.Score?.Temperature ?? "nurture";
        var qualified = tier == "Tier 1" || score >= 60;
        var path = f.Sales?.Deal.MeetingBooked == true || (qualified && temperature != "nurture") ? "sales_call"
            : qualified ? "self_serve" : "nurture";
        return new CallOutcome(qualified, tier, score, temperature, path);
    }

    public static IReadOnlyList<string> Takeaways(SummaryFacts f)
    {
        var items = new List<string>();
        var sizing = f.Sales?.Sizing;
        if (sizing?.TeamSize is { } team || sizing?.MonthlyVolume is not null)
        {
            items.Add(Join("Size:", sizing?.TeamSize is { } t ? $"{t.Value} seats" : null, sizing?.MonthlyVolume is { } v ? $"about {v.Value} documents a month" : null));
        }

        var fit = f.Sales?.ProductFit;
        if (fit is { UseCases.Count: > 0 } || fit?.IntegrationNeeds.Count > 0)
        {
            items.Add(Join("Needs:", fit!.UseCases.Count > 0 ? string.Join(", ", fit.UseCases.Select(u => Words(u.Value))) : null,
                fit.IntegrationNeeds.Count > 0 ? "integration with " + string.Join(", ", fit.IntegrationNeeds.Select(i => DisplayNames.Of(i.Value))) : null));
        }

        if (fit?.CurrentTool is { } tool)
        {
            items.Add($"Currently uses {DisplayNames.Of(tool.Value)}.");
        }

        var deal = f.Sales?.Deal;
        if (deal?.DecisionTimeline is { } timeline || deal?.BudgetAuthority is not null)
        {
            items.Add(Join("Decision:", deal?.DecisionTimeline is { } d ? Words(d.Value) : null, deal?.BudgetAuthority is { } a ? $"the contact is {Words(a.Value)}" : null));
        }

        if (deal?.MeetingBooked == true)
        {
            items.Add("A sales meeting was booked" + (deal.Meeting?.ResolvedDate is { } date ? $" for {date:yyyy-MM-dd}." : "."));
        }

        if (f.Sentiment is { } sentiment)
        {
            items.Add($"The user was {sentiment.Overall} overall and the mood was {sentiment.Trend}.");
        }

        return items.Count > 5 ? items[..5] : items.Count >= 3 ? items : [.. items, .. Fillers(f).Take(3 - items.Count)];
    }

    public static IReadOnlyList<string> Risks(SummaryFacts f)
    {
        var risks = new List<string>();
        foreach (var objection in f.Objections?.Objections.Where(o => o.Status == ObjectionJudge.Outstanding) ?? [])
        {
            risks.Add($"Unresolved {objection.Category} objection ({objection.Severity}): \"{objection.Evidence.Quote}\"");
        }

        foreach (var competitor in f.Sales?.ProductFit.Competitors.DistinctBy(c => c.Competitor) ?? [])
        {
            risks.Add($"Competitor in play: {DisplayNames.Of(competitor.Competitor)} ({Words(competitor.Context)})");
        }

        if (f.Sales?.Deal.BudgetAuthority?.Value is "needs_approval" or "influencer")
        {
            risks.Add("The contact cannot buy alone: " + Words(f.Sales.Deal.BudgetAuthority.Value));
        }

        if (f.Gaps is { FailedSearches: > 0 } gaps)
        {
            risks.Add($"{gaps.FailedSearches} knowledge-base search(es) found nothing: questions may have gone unanswered.");
        }

        if (f.Sentiment?.Trend == SentimentTrend.Declining)
        {
            risks.Add("Sentiment declined during the call.");
        }

        return risks;
    }

    public static string Opportunity(SummaryFacts f)
    {
        var sizing = f.Sales?.Sizing;
        var parts = new List<string>();
        if (sizing?.TeamSize is { } team)
        {
            parts.Add($"{team.Value} seats");
        }

        if (sizing?.CompanySize is { } company && company.Value > (sizing.TeamSize?.Value ?? 0))
        {
            parts.Add($"room to expand to a {company.Value}-person company");
        }

        if (f.Sales?.ProductFit.UseCases.Count > 1)
        {
            parts.Add($"{f.Sales.ProductFit.UseCases.Count} document use cases");
        }

        var stakeholders = f.Sales?.Deal.Stakeholders ?? [];
        if (stakeholders.Count > 0)
        {
            parts.Add("stakeholders: " + string.Join(", ", stakeholders.Select(s => Words(s.Value))));
        }

        return parts.Count == 0 ? "Deal size unknown: sizing was not discussed." : string.Join("; ", parts) + ".";
    }

    public static RecommendedAction NextAction(SummaryFacts f, CallOutcome outcome)
    {
        var points = new List<string>();
        points.AddRange(f.Objections?.Objections.Where(o => o.Status == ObjectionJudge.Outstanding).Select(o => $"Answer the {o.Category} objection") ?? []);
        points.AddRange(f.Sales?.ProductFit.IntegrationNeeds.Select(i => $"Show the {DisplayNames.Of(i.Value)} integration") ?? []);
        points.AddRange(f.Sales?.ProductFit.FeatureRequests.Select(r => $"Address the {Words(r.Value)} request") ?? []);
        var meeting = f.Sales?.Deal.Meeting;
        return outcome.Path switch
        {
            "sales_call" when f.Sales?.Deal.MeetingBooked == true =>
                new("demo", "sales", meeting?.ResolvedDate is { } date ? $"at the booked meeting on {date:yyyy-MM-dd}" : "at the booked meeting", points),
            "sales_call" => new("call", "sales", outcome.Temperature == "hot" ? "within 1 hour" : "within 1 business day", points),
            "self_serve" => new("email", "sales", "within 2 business days", points),
            _ => new("email", "customer success", "add to the nurture sequence this week", points),
        };
    }

    /// <summary>The 2-3 paragraphs, from the parts already written (takeaways, risks, opportunity).</summary>
    public static string Paragraphs(SummaryFacts f, CallOutcome outcome, RecommendedAction action, IReadOnlyList<string> takeaways, IReadOnlyList<string> risks, string opportunity)
    {
        var minutes = f.Session.EffectiveDurationSeconds / 60;
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"A {minutes:0.#}-minute call ended with a {(outcome.Qualified ? "qualified" : "not yet qualified")} lead ({outcome.Tier}, score {outcome.Score}/100, {outcome.Temperature}). ");
        text.AppendJoin(' ', takeaways.Take(3));
        text.Append("\n\n");
        text.Append(risks.Count == 0 ? "No open objections or competitive risks were found. " : $"Risks: {string.Join("; ", risks.Take(3).Select(r => r.TrimEnd('.')))}. ");
        text.Append("Opportunity: ").Append(opportunity);
        text.Append("\n\n");
        text.Append(CultureInfo.InvariantCulture, $"Next: {action.Owner} should {action.Action} {action.Timing}.");
        if (action.TalkingPoints.Count > 0)
        {
            text.Append(" Focus on: ").AppendJoin("; ", action.TalkingPoints.Take(3)).Append('.');
        }

        return text.ToString();
    }

    private static IEnumerable<string> Fillers(SummaryFacts f)
    {
        yield return $"The user asked {f.Quality?.UserQuestions ?? 0} question(s).";
        yield return f.Quality?.NaturalEnding == true ? "The call ended politely." : "The call did not end with a natural goodbye.";
        yield return $"Lead score {f.Score?.Score ?? 0}/100 ({f.Score?.Confidence ?? "low"} confidence).";
    }

    private static string Join(string head, params string?[] parts) =>
        head + " " + string.Join(", ", parts.Where(p => p is not null)) + ".";

    private static string Words(string value) => value.Replace('_', ' ');
}
