using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Options;
using VoiceAnalytics.Core.Alerts.History;

namespace VoiceAnalytics.Core.Warehouse.Cosmos;

/// <summary>
/// <see cref="IAlertHistory"/> on the <c>alerts_history</c> container (partition = alert name, so a rule's checks and
/// writes stay in one partition). "Once" is a claim document created before the alert: the create of an existing
/// claim fails with 409, the loser reads the winner's alert. Ids come from a counter advanced under ETag. A claim
/// whose alert is missing (a writer stopped in between) is stale and taken over.
/// </summary>
public sealed class CosmosAlertHistory(CosmosStore store, IOptions<CosmosWarehouseOptions> options) : IAlertHistory
{
    internal const string OpenClaim = "open";
    internal const string ByIdSql = "SELECT * FROM c WHERE c.alert_id = @id";
    internal const string WindowSql = "SELECT * FROM c WHERE c.triggered_at >= @from AND c.triggered_at < @to";

    private Container Alerts => store.Containers.AlertsHistory;

    public Task<(AlertRecord Alert, bool Created)> AddForSessionAsync(NewAlert alert, DateTimeOffset triggeredAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(alert);
        ArgumentException.ThrowIfNullOrEmpty(alert.SessionId);
        return AddOnceAsync(alert, triggeredAt, SessionClaim(alert.SessionId), cancellationToken);
    }

    public Task<(AlertRecord Alert, bool Created)> OpenAsync(NewAlert alert, DateTimeOffset triggeredAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(alert);
        return AddOnceAsync(alert, triggeredAt, OpenClaim, cancellationToken);
    }

    public async Task<AlertRecord?> FindOpenAsync(string alertName, CancellationToken cancellationToken) =>
        (await ClaimedAsync(alertName, OpenClaim, cancellationToken).ConfigureAwait(false))?.Alert is { ResolvedAt: null } open ? open.ToRecord() : null;

    public async Task<AlertRecord?> ResolveAsync(string alertName, string message, DateTimeOffset resolvedAt, CancellationToken cancellationToken)
    {
        if (await ClaimedAsync(alertName, OpenClaim, cancellationToken).ConfigureAwait(false) is not { Alert: { ResolvedAt: null } open })
        {
            return null;
        }

        await store.UpsertAsync(Alerts, CosmosJson.ToObject(open with { ResolvedAt = resolvedAt }), alertName, cancellationToken).ConfigureAwait(false);
        var resolution = new AlertDocument
        {
            AlertId = await NextIdAsync(cancellationToken).ConfigureAwait(false),
            AlertType = AlertHistoryTypes.Resolution, AlertName = alertName, Severity = open.Severity, Message = message,
            Context = $$"""{"resolves_alert_id":{{open.AlertId}}}""", TriggeredAt = resolvedAt, SentTo = open.SentTo, ResolvedAt = resolvedAt,
        };
        await store.CreateAsync(Alerts, CosmosJson.ToObject(resolution), alertName, cancellationToken).ConfigureAwait(false);
        await store.DeleteAsync(Alerts, OpenClaim, alertName, cancellationToken).ConfigureAwait(false);
        return open.ToRecord() with { ResolvedAt = resolvedAt };
    }

    /// <summary>The id does not name the partition: a query across partitions on the indexed <c>alert_id</c> (once per alert sent).</summary>
    public async Task SetSentToAsync(long id, string sentTo, CancellationToken cancellationToken)
    {
        var rows = await store.QueryAsync<AlertDocument>(Alerts, new QueryDefinition(ByIdSql).WithParameter("@id", id), null, cancellationToken).ConfigureAwait(false);
        foreach (var row in rows)
        {
            await store.UpsertAsync(Alerts, CosmosJson.ToObject(row with { SentTo = sentTo }), row.AlertName, cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task<IReadOnlyList<AlertRecord>> ListAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) =>
        (await InWindowAsync(from, to, cancellationToken).ConfigureAwait(false)).Select(a => a.ToRecord()).ToList();

    /// <summary>Alerts triggered in [from, to), oldest first: across partitions on the indexed <c>triggered_at</c> (alerts are few).</summary>
    internal async Task<List<AlertDocument>> InWindowAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) =>
        (await store.QueryAsync<AlertDocument>(Alerts, CosmosOpsFigures.Window(WindowSql, from, to), null, cancellationToken).ConfigureAwait(false))
            .OrderBy(a => a.TriggeredAt).ThenBy(a => a.AlertId)
            .ToList();

    internal static string SessionClaim(string sessionId) =>
        "session-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sessionId)))[..32];

    private async Task<(AlertRecord Alert, bool Created)> AddOnceAsync(NewAlert alert, DateTimeOffset triggeredAt, string claimId, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            if (await ClaimedAsync(alert.AlertName, claimId, cancellationToken).ConfigureAwait(false) is { } claimed)
            {
                if (claimed.Alert is { } existing && !(claimId == OpenClaim && existing.ResolvedAt is not null))
                {
                    return (existing.ToRecord(), false);
                }

                // Stale: the claimed alert never got written, or was resolved without the claim being removed.
                await store.DeleteAsync(Alerts, claimId, alert.AlertName, cancellationToken).ConfigureAwait(false);
            }

            var id = await NextIdAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                await store.CreateAsync(Alerts, CosmosJson.ToObject(new AlertClaim(claimId, alert.AlertName, id)), alert.AlertName, cancellationToken).ConfigureAwait(false);
            }
            catch (CosmosException e) when (e.StatusCode == HttpStatusCode.Conflict && attempt < options.Value.MaxConcurrencyAttempts)
            {
                continue;
            }

            var document = AlertDocument.Of(id, alert, triggeredAt);
            await store.CreateAsync(Alerts, CosmosJson.ToObject(document), alert.AlertName, cancellationToken).ConfigureAwait(false);
            return (document.ToRecord(), true);
        }
    }

    /// <summary>The claim with that id and the alert it points to (null when the alert is missing), or null without a claim.</summary>
    private async Task<(AlertClaim Claim, AlertDocument? Alert)?> ClaimedAsync(string alertName, string claimId, CancellationToken cancellationToken)
    {
        if (await store.ReadAsync(Alerts, claimId, alertName, cancellationToken).ConfigureAwait(false) is not { } read)
        {
            return null;
        }

        var claim = CosmosJson.Read<AlertClaim>(read.Document);
        var alert = await store.ReadAsync(Alerts, claim.ClaimedAlertId.ToString(System.Globalization.CultureInfo.InvariantCulture), alertName, cancellationToken).ConfigureAwait(false);
        return (claim, alert is { } found ? CosmosJson.Read<AlertDocument>(found.Document) : null);
    }

    /// <summary>The next alert id: the counter document read with its ETag and replaced with If-Match (412: someone took it, read again).</summary>
    private async Task<long> NextIdAsync(CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var current = await store.ReadAsync(Alerts, AlertSequence.Id, AlertSequence.Partition, cancellationToken).ConfigureAwait(false);
            var next = (current is { } read ? CosmosJson.Read<AlertSequence>(read.Document).LastId : 0) + 1;
            var document = CosmosJson.ToObject(new AlertSequence(next));
            try
            {
                if (current is { } found)
                {
                    await store.ReplaceAsync(Alerts, document, AlertSequence.Id, AlertSequence.Partition, found.ETag, cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    await store.CreateAsync(Alerts, document, AlertSequence.Partition, cancellationToken).ConfigureAwait(false);
                }

                return next;
            }
            catch (CosmosException e) when (e.StatusCode is HttpStatusCode.PreconditionFailed or HttpStatusCode.Conflict && attempt < options.Value.MaxConcurrencyAttempts * 4)
            {
            }
        }
    }
}
