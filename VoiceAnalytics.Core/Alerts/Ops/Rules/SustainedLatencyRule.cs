using System.Globalization;
using Microsoft.Extensions.Options;
using VoiceAnalytics.Core.Warehouse;

namespace VoiceAnalytics.Core.Alerts.Ops.Rules;

/// <summary>
/// Spec 7.2 Latency &gt;1500ms Sustained: the last 10 minutes average above 1500 ms in every slice (by default both
/// 5-minute halves), so one slow burst does not read as a sustained degradation.
/// </summary>
public sealed class SustainedLatencyRule(IOpsFigures warehouse, IOptions<OpsAlertOptions> options) : IOpsRule
{
    public string Name => "latency_sustained";

    public OpsTier Tier => OpsTier.High;

    public async Task<OpsRuleResult> EvaluateAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var from = now - settings.SustainedLatencyWindow;
        var slice = settings.SustainedLatencyWindow / settings.SustainedLatencySlices;
        for (var i = 0; i < settings.SustainedLatencySlices; i++)
        {
            var part = await warehouse.LatencyAsync(from + (slice * i), from + (slice * (i + 1)), cancellationToken).ConfigureAwait(false);
            if (part.AverageMs is not { } average || average <= settings.SustainedLatencyMs)
            {
                return OpsRuleResult.Clear;
            }
        }

        var latency = await warehouse.LatencyAsync(from, now, cancellationToken).ConfigureAwait(false);
        var overall = latency.AverageMs ?? 0;
        return OpsRuleResult.Firing(
            Math.Round(overall),
            string.Create(CultureInfo.InvariantCulture, $"Performance degradation: {overall:0}ms average latency"),
            LatencyContext.Of(latency, settings.SustainedLatencyMs, settings.SustainedLatencyWindow));
    }
}
