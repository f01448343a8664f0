using System.Globalization;
using VoiceAnalytics.Core.Alerts.Ops;

namespace VoiceAnalytics.Core.Analysis.Llm;

/// <summary>
/// <c>llm_budget</c>, an OpsHealth rule: fires while today's model spend has reached <c>Llm:DailyBudgetUsd</c>
/// (sessions are then analyzed by rules only), and clears on the next day. The ops alert path opens one alert per
/// firing condition, so a spent budget gives exactly one alert however many sessions fall back.
/// </summary>
public sealed class LlmBudgetRule(LlmBudget budget) : IOpsRule
{
    public string Name => "llm_budget";

    public OpsTier Tier => OpsTier.High;

    public async Task<OpsRuleResult> EvaluateAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var spent = await budget.SpentTodayAsync(cancellationToken).ConfigureAwait(false);
        if (spent < budget.Limit)
        {
            return OpsRuleResult.Clear;
        }

        return OpsRuleResult.Firing(
            Math.Round(spent, 2),
            string.Create(CultureInfo.InvariantCulture, $"LLM daily budget reached: ${spent:0.00} of ${budget.Limit:0.00} spent on {budget.Today()}; sessions are analyzed by rules only until tomorrow"),
            new Dictionary<string, object?>
            {
                ["spent_usd"] = Math.Round(spent, 4),
                ["daily_budget_usd"] = budget.Limit,
                ["budget_day"] = budget.Today(),
            });
    }
}
