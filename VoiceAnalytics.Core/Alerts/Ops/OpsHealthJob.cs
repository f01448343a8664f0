using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using VoiceAnalytics.Core.Pipeline;
using VoiceAnalytics.Core.Scheduling;

namespace VoiceAnalytics.Core.Alerts.Ops;

/// <summary>
/// The <c>OpsHealth</c> timer (every 2 minutes by default, spec 7.1 "Check: Every 2 minutes"): evaluates every
/// operational rule as of the occurrence's scheduled time and keeps alerts_history and the notifications in step.
/// A rule that cannot be evaluated does not stop the others; the run then fails, so the timer records it. Each run
/// resolves its services in a scope of its own: the timer lives as long as the host, the typed PagerDuty and Slack
/// HTTP clients should not (their handlers rotate).
/// </summary>
public sealed class OpsHealthJob(IServiceScopeFactory scopes, ILogger<OpsHealthJob> logger) : IScheduledJob
{
    public const string TimerName = "OpsHealth";

    public string Name => TimerName;

    public async Task RunAsync(JobOccurrence timer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timer);
        var now = timer.ScheduledTime;
        await using var scope = scopes.CreateAsyncScope();
        var keeper = scope.ServiceProvider.GetRequiredService<OpsAlertKeeper>();
        var rules = scope.ServiceProvider.GetRequiredService<OpsRuleCatalog>().All;
        var failed = new List<string>();
        foreach (var rule in rules)
        {
            try
            {
                var result = await rule.EvaluateAsync(now, cancellationToken).ConfigureAwait(false);
                await keeper.ApplyAsync(rule, result, now, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                OpsHealthLog.RuleFailed(logger, rule.Name, FailureReason.Describe(ex));
                failed.Add(rule.Name);
            }
        }

        await keeper.RetryPendingResolutionsAsync(rules, now, cancellationToken).ConfigureAwait(false);
        if (failed.Count > 0)
        {
            throw new InvalidOperationException($"Ops rules not evaluated: {string.Join(", ", failed)}.");
        }
    }
}
