using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using VoiceAnalytics.Core.Alerts.Slack;
using VoiceAnalytics.Core.Alerts.Slack.Blocks;
using VoiceAnalytics.Core.Alerts.Slack.Messages;
using VoiceAnalytics.Core.Scheduling;
using VoiceAnalytics.Core.Sinks;

namespace VoiceAnalytics.Core.Reports.Digest;

/// <summary>
/// The hourly #product digest (spec 7.4) for the hour before the occurrence. An hour with no content gap, no
/// low-engagement session and no feature request sends nothing: a digest saying "nothing" every hour would teach
/// the channel to ignore it. Without a product webhook the message goes to the outbox (sink <c>slack</c>,
/// destination <c>#product</c>); either way one occurrence gives at most one message.
/// </summary>
public sealed class QualityDigestJob(
    QualityDigestQuery query,
    SlackWebhookClient slack,
    IOptions<SlackOptions> slackOptions,
    IOutbox outbox,
    SqliteReportDeliveryLog deliveries,
    ILogger<QualityDigestJob> logger) : IScheduledJob
{
    public const string TimerName = "QualityDigest";
    private const string OutboxSink = "slack";
    private const string OutboxDestination = "#product";

    public string Name => TimerName;

    public async Task RunAsync(JobOccurrence timer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timer);
        var key = MessageKey(timer.ScheduledTime);
        var digest = await query.ReadAsync(DigestWindow.HourEnding(timer.ScheduledTime), cancellationToken).ConfigureAwait(false);
        if (digest.ContentGaps.Count == 0 && digest.LowEngagementSessions.Count == 0 && digest.FeatureRequests.Count == 0)
        {
            ReportsLog.NothingToReport(logger, TimerName, key);
            return;
        }

        var message = SlackMessages.QualityDigest(digest);
        if (!slackOptions.Value.IsConfigured(SlackChannels.Product))
        {
            await outbox.WriteAsync(OutboxSink, OutboxDestination, key, null, SlackJson.Serialize(message), cancellationToken).ConfigureAwait(false);
            ReportsLog.WrittenToOutbox(logger, TimerName, key, OutboxDestination);
            return;
        }

        if (await deliveries.WasSentAsync(TimerName, key, cancellationToken).ConfigureAwait(false))
        {
            ReportsLog.AlreadySent(logger, TimerName, key);
            return;
        }

        var result = await slack.SendAsync(SlackChannels.Product, message, cancellationToken).ConfigureAwait(false);
        if (!result.IsDelivered)
        {
            throw new ReportDeliveryException($"Slack {SlackChannels.Product} refused the quality digest: {result.Outcome} {result.Error} (HTTP {result.StatusCode})");
        }

        await deliveries.RecordSentAsync(TimerName, key, OutboxDestination, cancellationToken).ConfigureAwait(false);
        ReportsLog.Sent(logger, TimerName, key, OutboxDestination);
    }

    /// <summary><c>quality-digest/2026-08-18T15:00:00Z</c>: one key per occurrence, in UTC.</summary>
    public static string MessageKey(DateTimeOffset occurrence) =>
        "quality-digest/" + occurrence.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
}
