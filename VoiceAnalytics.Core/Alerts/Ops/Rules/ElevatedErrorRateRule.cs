using System.Globalization;
using Microsoft.Extensions.Options;

namespace VoiceAnalytics.Core.Alerts.Ops.Rules;

/// <summary>
/// Spec 7.2 Error Rate &gt;5%: between 5 and 10 % over the last 10 minutes. Above the critical percentage the
/// critical rule pages instead, so #ops does not get the same incident twice.
/// </summary>
public sealed class ElevatedErrorRateRule(CallOutcomeReader calls, IOptions<OpsAlertOptions> options) : IOpsRule
{
    public string Name => "error_rate_elevated";

    public OpsTier Tier => OpsTier.High;

    public async Task<OpsRuleResult> EvaluateAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var rate = await ErrorRate.MeasureAsync(calls, now, settings.ElevatedErrorRateWindow, cancellationToken).ConfigureAwait(false);
        if (rate.Calls < settings.ErrorRateMinimumSessions || rate.Percent <= settings.ElevatedErrorRatePercent || rate.Percent > settings.CriticalErrorRatePercent)
        {
            return OpsRuleResult.Clear;
        }

        return OpsRuleResult.Firing(
            rate.Percent,
            string.Create(CultureInfo.InvariantCulture, $"Elevated error rate: {rate.Percent:0.#}%"),
            rate.Context(settings.ElevatedErrorRateWindow, settings.ElevatedErrorRatePercent));
    }
}
