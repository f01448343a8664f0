using System.Globalization;
using Microsoft.Extensions.Options;
using VoiceAnalytics.Core.Warehouse;

namespace VoiceAnalytics.Core.Alerts.Ops.Rules;

/// <summary>
/// Spec 7.2 Token Usage Spike: tokens of the last hour above twice the hourly average of the 24 hours before it.
/// Without a baseline (no tokens before) nothing is "normal" yet, so it does not fire.
/// </summary>
public sealed class TokenSpikeRule(IOpsFigures warehouse, IOptions<OpsAlertOptions> options) : IOpsRule
{
    public string Name => "token_spike";

    public OpsTier Tier => OpsTier.High;

    public async Task<OpsRuleResult> EvaluateAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var spikeStart = now - settings.TokenSpikeWindow;
        var recent = await warehouse.TokensAsync(spikeStart, now, cancellationToken).ConfigureAwait(false);
        var baselineTotal = await warehouse.TokensAsync(spikeStart - settings.TokenBaselineWindow, spikeStart, cancellationToken).ConfigureAwait(false);
        var normal = baselineTotal * (settings.TokenSpikeWindow / settings.TokenBaselineWindow);
        if (normal <= 0 || recent <= settings.TokenSpikeFactor * normal)
        {
            return OpsRuleResult.Clear;
        }

        var minutes = settings.TokenSpikeWindow.TotalMinutes;
        return OpsRuleResult.Firing(
            recent,
            string.Create(CultureInfo.InvariantCulture, $"Token usage spike: {recent / minutes:0} tokens/min (normal: {normal / minutes:0})"),
            new Dictionary<string, object?>
            {
                ["tokens"] = recent,
                ["normal_tokens"] = Math.Round(normal),
                ["factor"] = Math.Round(recent / normal, 2),
                ["threshold_factor"] = settings.TokenSpikeFactor,
                ["window_minutes"] = minutes,
                ["baseline_hours"] = settings.TokenBaselineWindow.TotalHours,
                ["action"] = "Check for prompt issues, unexpected loops",
            });
    }
}
