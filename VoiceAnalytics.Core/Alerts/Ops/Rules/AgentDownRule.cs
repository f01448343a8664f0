using System.Globalization;
using Microsoft.Extensions.Options;
using VoiceAnalytics.Core.Storage;
using VoiceAnalytics.Core.Warehouse;

namespace VoiceAnalytics.Core.Alerts.Ops.Rules;

/// <summary>
/// Spec 7.1 Agent Down: no session started (or received) in the last 10 minutes during business hours. Outside
/// business hours, or in the first minutes of the day before a full window has passed, it is not evaluated.
/// </summary>
public sealed class AgentDownRule(IOpsFigures warehouse, ISessionActivity intake, BusinessHours hours, IOptions<OpsAlertOptions> options) : IOpsRule
{
    public string Name => "agent_down";

    public OpsTier Tier => OpsTier.Critical;

    public async Task<OpsRuleResult> EvaluateAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var window = options.Value.AgentDownAfter;
        if (!hours.Covers(now - window, now))
        {
            return OpsRuleResult.NotApplicable;
        }

        // The latest sign of the agent working: a warehouse session's start, or a payload received (looked for as far
        // back as a day, so the alert can say how long it has been quiet).
        var started = await warehouse.LatestSessionStartAsync(cancellationToken).ConfigureAwait(false);
        var received = await intake.LatestReceivedAsync(now - TimeSpan.FromDays(1), cancellationToken).ConfigureAwait(false);
        var latest = new[] { started, received }.Max();
        if (latest >= now - window)
        {
            return OpsRuleResult.Clear;
        }

        var minutes = (int)window.TotalMinutes;
        // Minutes since the last session; with none ever, the window itself.
        var quiet = latest is { } last ? (now - last).TotalMinutes : window.TotalMinutes;
        return OpsRuleResult.Firing(
            Math.Round(quiet, 1),
            string.Create(CultureInfo.InvariantCulture, $"Voice agent appears down - no sessions in {minutes} min"),
            new Dictionary<string, object?>
            {
                ["window_minutes"] = minutes,
                ["last_session_at"] = latest?.UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
                ["action"] = "Check LiveKit Cloud status, agent logs, deployment health",
            });
    }
}
