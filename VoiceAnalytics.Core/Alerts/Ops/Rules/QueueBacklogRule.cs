using System.Globalization;
using Microsoft.Extensions.Options;
using VoiceAnalytics.Core.Storage;

namespace VoiceAnalytics.Core.Alerts.Ops.Rules;

/// <summary>Spec 7.1 Queue Backlog &gt;100: messages waiting in the session queue (visible or being processed).</summary>
public sealed class QueueBacklogRule(ISessionQueue queue, IOptions<OpsAlertOptions> options) : IOpsRule
{
    public string Name => "queue_backlog";

    public OpsTier Tier => OpsTier.Critical;

    public async Task<OpsRuleResult> EvaluateAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var threshold = options.Value.QueueBacklogThreshold;
        var waiting = await queue.CountAsync(cancellationToken).ConfigureAwait(false);
        if (waiting <= threshold)
        {
            return OpsRuleResult.Clear;
        }

        return OpsRuleResult.Firing(
            waiting,
            string.Create(CultureInfo.InvariantCulture, $"Analytics queue backlog: {waiting} messages"),
            new Dictionary<string, object?>
            {
                ["messages"] = waiting,
                ["threshold"] = threshold,
                ["action"] = "Scale up analytics workers, check for stuck messages",
            });
    }
}
