using System.Globalization;
using Microsoft.Extensions.Options;

namespace VoiceAnalytics.Core.Alerts.Ops.Rules;

/// <summary>
/// Spec 7.2 Connection Quality Degraded: more than 20 % of the last hour's calls poor, a call being poor when its
/// payload's <c>connection_quality</c> shows packet loss or jitter at or above the configured limits. Calls without
/// connection figures are left out of the percentage.
/// </summary>
public sealed class ConnectionQualityRule(CallOutcomeReader calls, IOptions<OpsAlertOptions> options) : IOpsRule
{
    public string Name => "connection_quality";

    public OpsTier Tier => OpsTier.High;

    public async Task<OpsRuleResult> EvaluateAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var measured = (await calls.ReadAsync(now - settings.ConnectionQualityWindow, now, cancellationToken).ConfigureAwait(false))
            .Select(c => c.Connection)
            .Where(c => c is { PacketLoss: not null } or { Jitter: not null })
            .ToList();
        var poor = measured.Count(c => c!.PacketLoss >= settings.PoorPacketLossPercent || c.Jitter >= settings.PoorJitterMs);
        var percent = measured.Count == 0 ? 0 : Math.Round(100.0 * poor / measured.Count, 1);
        if (measured.Count < settings.ConnectionQualityMinimumSessions || percent <= settings.PoorConnectionPercent)
        {
            return OpsRuleResult.Clear;
        }

        return OpsRuleResult.Firing(
            percent,
            string.Create(CultureInfo.InvariantCulture, $"Connection quality issues: {percent:0.#}% poor quality"),
            new Dictionary<string, object?>
            {
                ["poor_percent"] = percent,
                ["threshold_percent"] = settings.PoorConnectionPercent,
                ["calls"] = measured.Count,
                ["poor_calls"] = poor,
                ["window_minutes"] = settings.ConnectionQualityWindow.TotalMinutes,
                ["poor_packet_loss_percent"] = settings.PoorPacketLossPercent,
                ["poor_jitter_ms"] = settings.PoorJitterMs,
            });
    }
}
