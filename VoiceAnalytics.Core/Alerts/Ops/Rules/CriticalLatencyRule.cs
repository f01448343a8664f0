using System.Globalization;
using Microsoft.Extensions.Options;
using VoiceAnalytics.Core.Warehouse;

namespace VoiceAnalytics.Core.Alerts.Ops.Rules;

/// <summary>Spec 7.1 Average Latency &gt;2000ms: the average total latency of the turns of the last 5 minutes.</summary>
public sealed class CriticalLatencyRule(IOpsFigures warehouse, IOptions<OpsAlertOptions> options) : IOpsRule
{
    public string Name => "latency_critical";

    public OpsTier Tier => OpsTier.Critical;

    public async Task<OpsRuleResult> EvaluateAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var latency = await warehouse.LatencyAsync(now - settings.CriticalLatencyWindow, now, cancellationToken).ConfigureAwait(false);
        if (latency.AverageMs is not { } average || average <= settings.CriticalLatencyMs)
        {
            return OpsRuleResult.Clear;
        }

        return OpsRuleResult.Firing(
            Math.Round(average),
            string.Create(CultureInfo.InvariantCulture, $"Critical latency degradation: {average:0}ms average"),
            LatencyContext.Of(latency, settings.CriticalLatencyMs, settings.CriticalLatencyWindow));
    }
}
