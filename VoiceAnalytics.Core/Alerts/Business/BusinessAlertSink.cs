using Microsoft.Extensions.Logging;
using VoiceAnalytics.Core.Alerts.History;
using VoiceAnalytics.Core.Alerts.Slack;
using VoiceAnalytics.Core.Alerts.Slack.Blocks;
using VoiceAnalytics.Core.Contracts;
using VoiceAnalytics.Core.Pipeline;
using VoiceAnalytics.Core.Sinks;

namespace VoiceAnalytics.Core.Alerts.Business;

/// <summary>
/// Posts a session's business alerts (spec 7.3) to Slack #sales exactly once per (session, alert): each alert is
/// recorded in alerts_history first, and sent only while its <c>sent_to</c> is empty, so a redelivery after a failed
/// post resends only what did not go out. Without a #sales webhook the message goes to the outbox instead.
/// Delivered after the warehouse, whose sessions row the alerts_history rows refer to.
/// </summary>
public sealed class BusinessAlertSink(
    BusinessAlertRules rules, IAlertHistory history, SlackConnection slack, IOutbox outbox, TimeProvider time, ILogger<BusinessAlertSink> logger) : ISessionSink
{
    public const string SinkName = "slack-alerts";
    public const string AlertType = "business";

    /// <summary>Spec 7.3 is "Business Critical", answered within the hour: between P1 (pages) and P3 (digests).</summary>
    public const string Severity = "P2";

    public const string SentToChannel = "#sales";
    public const string SentToOutbox = "outbox";
    public const string OutboxSink = "slack";

    public string Name => SinkName;

    public bool IsSystemOfRecord => false;

    public async Task DeliverAsync(SessionPayload session, SessionReport report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        var failures = new List<string>();
        foreach (var alert in rules.Evaluate(session, report))
        {
            var (record, _) = await history.AddForSessionAsync(
                new NewAlert(AlertType, alert.Name, Severity, alert.Summary, alert.Context, session.SessionId), time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
            if (record.SentTo is { } sentTo)
            {
                BusinessAlertLog.AlreadySent(logger, alert.Name, session.SessionId, sentTo);
                continue;
            }

            var (destination, error) = await SendAsync(session, alert, cancellationToken).ConfigureAwait(false);
            if (destination is not null)
            {
                await history.SetSentToAsync(record.Id, destination, cancellationToken).ConfigureAwait(false);
                BusinessAlertLog.Sent(logger, alert.Name, session.SessionId, destination);
            }
            else
            {
                BusinessAlertLog.NotSent(logger, alert.Name, session.SessionId, error!);
                failures.Add($"{alert.Name}: {error}");
            }
        }

        if (failures.Count > 0)
        {
            throw new BusinessAlertDeliveryException($"Slack did not take {failures.Count} business alert(s) of session {session.SessionId}: {string.Join("; ", failures)}");
        }
    }

    /// <summary>Where the alert went (#sales or the outbox), or Slack's error string when it went nowhere.</summary>
    private async Task<(string? Destination, string? Error)> SendAsync(SessionPayload session, BusinessAlert alert, CancellationToken cancellationToken)
    {
        if (!slack.IsConfigured(SlackChannels.Sales))
        {
            await outbox.WriteAsync(OutboxSink, SentToChannel, $"{alert.Name}/{session.SessionId}", session.SessionId, SlackJson.Serialize(alert.Message), cancellationToken).ConfigureAwait(false);
            return (SentToOutbox, null);
        }

        var result = await slack.CreateClient().SendAsync(SlackChannels.Sales, alert.Message, cancellationToken).ConfigureAwait(false);
        return result.IsDelivered
            ? (SentToChannel, null)
            : (null, result.StatusCode is { } status ? $"{result.Error} (HTTP {status})" : result.Error ?? "unknown error");
    }
}
