using System.Globalization;
using Microsoft.Extensions.Options;

namespace VoiceAnalytics.Core.Alerts.Ops.Rules;

/// <summary>Spec 7.1 Error Rate &gt;10%: failed calls / calls over the last 5 minutes.</summary>
public sealed class CriticalErrorRateRule(CallOutcomeReader calls, IOptions<OpsAlertOptions> options) : IOpsRule
{
    public string Name => "error_rate_critical";

    public OpsTier Tier => OpsTier.Critical;

    public async Task<OpsRuleResult> EvaluateAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var rate = await ErrorRate.MeasureAsync(calls, now, settings.CriticalErrorRateWindow, cancellationToken).ConfigureAwait(false);
        if (rate.Calls < settings.ErrorRateMinimumSessions || rate.Percent <= settings.CriticalErrorRatePercent)
        {
            return OpsRuleResult.Clear;
        }

        return OpsRuleResult.Firing(
            rate.Percent,
            string.Create(CultureInfo.InvariantCulture, $"Critical error rate: {rate.Percent:0.#}% errors in last {settings.CriticalErrorRateWindow.TotalMinutes:0} min"),
            rate.Context(settings.CriticalErrorRateWindow, settings.CriticalErrorRatePercent));
    }
}
