using System.Globalization;
using VoiceAnalytics.Core.Sinks;

namespace VoiceAnalytics.Core.Alerts.Ops.Rules;

/// <summary>
/// Spec 7.1 API Failures, for one destination: deliveries to <paramref name="sink"/> whose last attempt failed
/// within the window, from the delivery ledger. One rule (and one alert) per sink.
/// </summary>
public sealed class ApiFailureRule(string sink, IDeliveryLedger ledger, OpsAlertOptions options) : IOpsRule
{
    // Bounds one run's read; the ledger already narrows it to this sink and the window.
    private const int MaxFailuresRead = 10000;
    private const int MaxErrors = 3;

    public string Name => "api_failure_" + sink;

    public OpsTier Tier => OpsTier.Critical;

    public async Task<OpsRuleResult> EvaluateAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var from = now - options.ApiFailureWindow;
        var failures = (await ledger.ListFailedAsync(MaxFailuresRead, cancellationToken, sink: sink, since: from).ConfigureAwait(false))
            .Where(r => r.UpdatedAt <= now)
            .ToList();
        if (failures.Count < options.ApiFailureThreshold)
        {
            return OpsRuleResult.Clear;
        }

        return OpsRuleResult.Firing(
            failures.Count,
            string.Create(CultureInfo.InvariantCulture, $"Critical API failure: {sink} returning errors"),
            new Dictionary<string, object?>
            {
                ["sink"] = sink,
                ["failed_deliveries"] = failures.Count,
                ["threshold"] = options.ApiFailureThreshold,
                ["window_minutes"] = options.ApiFailureWindow.TotalMinutes,
                ["recent_errors"] = failures.OrderByDescending(r => r.UpdatedAt).Select(r => r.LastError ?? "").Distinct(StringComparer.Ordinal).Take(MaxErrors).ToList(),
            });
    }
}
