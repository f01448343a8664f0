using System.Globalization;
using Microsoft.Extensions.Options;
using VoiceAnalytics.Core.Warehouse;

namespace VoiceAnalytics.Core.Alerts.Ops.Rules;

/// <summary>
/// Spec 7.2 Cost Burn Rate Exceeds Budget: the cost of the sessions of the last hour, projected to a day, above the
/// daily budget. Costs are the performance analyzer's (<c>analysis_results.performance_analysis.cost</c>) plus
/// the language-model analysis of the same sessions (<c>analysis_llm_costs</c>).
/// </summary>
public sealed class CostBurnRule(IOpsFigures warehouse, IOptions<OpsAlertOptions> options) : IOpsRule
{
    private const double DaysPerMonth = 30;

    public string Name => "cost_burn";

    public OpsTier Tier => OpsTier.High;

    public async Task<OpsRuleResult> EvaluateAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var cost = await warehouse.CostAsync(now - settings.CostWindow, now, cancellationToken).ConfigureAwait(false);
        var perHour = cost.TotalUsd / settings.CostWindow.TotalHours;
        var perDay = perHour * 24;
        if (perDay <= settings.DailyBudgetUsd)
        {
            return OpsRuleResult.Clear;
        }

        return OpsRuleResult.Firing(
            Math.Round(perDay, 2),
            string.Create(CultureInfo.InvariantCulture, $"Cost alert: ${perHour:0.00}/hour rate projects ${perDay * DaysPerMonth:0.00}/month (${perDay:0.00}/day against a ${settings.DailyBudgetUsd:0.00}/day budget)"),
            new Dictionary<string, object?>
            {
                ["usd_per_hour"] = Math.Round(perHour, 4),
                ["projected_usd_per_day"] = Math.Round(perDay, 2),
                ["projected_usd_per_month"] = Math.Round(perDay * DaysPerMonth, 2),
                ["daily_budget_usd"] = settings.DailyBudgetUsd,
                ["sessions"] = cost.Sessions,
                ["llm_usd"] = Math.Round(cost.LlmUsd, 4),
                ["stt_usd"] = Math.Round(cost.SttUsd, 4),
                ["tts_usd"] = Math.Round(cost.TtsUsd, 4),
                ["analysis_llm_usd"] = Math.Round(cost.AnalysisLlmUsd, 4),
            });
    }
}
