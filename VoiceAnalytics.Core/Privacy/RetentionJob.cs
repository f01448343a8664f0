using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using VoiceAnalytics.Core.Scheduling;
using VoiceAnalytics.Core.Storage;
using VoiceAnalytics.Core.Warehouse;

namespace VoiceAnalytics.Core.Privacy;

/// <summary>
/// The daily <c>Retention</c> timer (spec 8.2): raw payloads past <see cref="PrivacyOptions.RawPayloadDays"/> deleted,
/// sessions of every tier but the retained one redacted after <see cref="PrivacyOptions.RedactAfterDays"/> (warehouse
/// rows, stored payload and report rewritten, checkpoints deleted), metrics past <see cref="PrivacyOptions.MetricsDays"/>
/// rolled up hourly, alerts past <see cref="PrivacyOptions.AlertsHistoryDays"/> deleted. Each rule runs in batches of
/// <see cref="PrivacyOptions.BatchSize"/>, at most <see cref="PrivacyOptions.MaxBatchesPerRun"/> per run; every rule
/// is idempotent (a second run finds nothing to do) and logs counts only.
/// </summary>
public sealed class RetentionJob(
    IStoredSessionPrivacy store,
    IWarehousePrivacy warehouse,
    PersonRedactions redactions,
    IOptions<PrivacyOptions> options,
    TimeProvider time,
    ILogger<RetentionJob> logger) : IScheduledJob
{
    public string Name => "Retention";

    public async Task RunAsync(JobOccurrence occurrence, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var now = time.GetUtcNow();
        await RunRuleAsync("raw_payloads", ct => store.DeleteReceivedBeforeAsync(now.AddDays(-settings.RawPayloadDays), settings.BatchSize, ct), cancellationToken).ConfigureAwait(false);
        await RunRuleAsync("redaction", ct => RedactBatchAsync(now.AddDays(-settings.RedactAfterDays), now, ct), cancellationToken).ConfigureAwait(false);
        await RunRuleAsync("metrics_rollup", ct => warehouse.RollUpMetricsAsync(now.AddDays(-settings.MetricsDays), settings.BatchSize, ct), cancellationToken).ConfigureAwait(false);
        await RunRuleAsync("alerts_history", ct => warehouse.DeleteAlertsAsync(now.AddDays(-settings.AlertsHistoryDays), settings.BatchSize, ct), cancellationToken).ConfigureAwait(false);
        await store.CompactAsync(cancellationToken).ConfigureAwait(false);
        await warehouse.CompactAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Redacts one batch; the count handled (a redacted session leaves the list, so the next batch is new ones).</summary>
    private async Task<int> RedactBatchAsync(DateTimeOffset endedBefore, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var candidates = await warehouse.ListToRedactAsync(endedBefore, settings.RetainedTier, settings.BatchSize, cancellationToken).ConfigureAwait(false);
        foreach (var candidate in candidates)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var redaction = redactions.For(candidate.UserEmail, candidate.UserName);
            // Stored payload and report first: if the run stops in between, the warehouse row is still unredacted and listed again.
            await store.RedactAsync(candidate.SessionId, redaction.RedactJson, json => redaction.RedactJson(json)!, cancellationToken).ConfigureAwait(false);
            await warehouse.RedactAsync(candidate.SessionId, redaction, now, cancellationToken).ConfigureAwait(false);
        }

        return candidates.Count;
    }

    private async Task RunRuleAsync(string rule, Func<CancellationToken, Task<int>> batch, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        int total = 0, batches = 0, last;
        do
        {
            cancellationToken.ThrowIfCancellationRequested();
            last = await batch(cancellationToken).ConfigureAwait(false);
            total += last;
            batches++;
        }
        while (last >= settings.BatchSize && batches < settings.MaxBatchesPerRun);

        PrivacyLog.RuleDone(logger, rule, total, batches);
        if (last >= settings.BatchSize)
        {
            PrivacyLog.RuleCapped(logger, rule, batches);
        }
    }
}
