using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace VoiceAnalytics.Core.Storage.Azure;

/// <summary>
/// <see cref="ISessionActivity"/> in Blob Storage, from the <see cref="ActivityMarkers"/> that
/// <see cref="BlobSessionStore"/> writes: one prefix listing per UTC hour of the window. A failure marker whose
/// session is no longer failed (it was retried) is skipped.
/// </summary>
public sealed class BlobSessionActivity(BlobContainerClient container, TimeProvider time) : ISessionActivity
{
    // A window longer than this is refused rather than listed hour by hour (the executive week is 168 hours).
    private const int MaxHours = 24 * 45;

    public async Task<DateTimeOffset?> LatestReceivedAsync(DateTimeOffset notBefore, CancellationToken cancellationToken)
    {
        // Another instance's clock may run ahead of ours: look one hour past now.
        foreach (var hour in Bounded(ActivityMarkers.Hours(notBefore, time.GetUtcNow().AddHours(1), newestFirst: true)))
        {
            DateTimeOffset? latest = null;
            await foreach (var marker in ListAsync(ActivityMarkers.Received, hour, cancellationToken).ConfigureAwait(false))
            {
                latest = marker.At; // names sort by time within the hour: the last one listed is the latest
            }

            if (latest is { } at)
            {
                return at >= notBefore ? at : null;
            }
        }

        return null;
    }

    public async Task<IReadOnlyList<SessionFailure>> FailuresAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var failures = new List<SessionFailure>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var hour in Bounded(ActivityMarkers.Hours(from, to)))
        {
            await foreach (var marker in ListAsync(ActivityMarkers.Failed, hour, cancellationToken).ConfigureAwait(false))
            {
                if (marker.At < from || marker.At >= to || !seen.Add(marker.SessionId))
                {
                    continue;
                }

                if (await BlobSessionStore.TryGetStatusAsync(container.GetBlobClient(BlobSessionStore.PayloadName(marker.SessionId)), cancellationToken).ConfigureAwait(false)
                    is { Status: { State: SessionState.Failed } status })
                {
                    failures.Add(new SessionFailure(marker.SessionId, status.FailureReason ?? "", status.UpdatedAt));
                }
            }
        }

        return failures.OrderBy(f => f.FailedAt).ThenBy(f => f.SessionId, StringComparer.Ordinal).ToList();
    }

    private static IEnumerable<DateTimeOffset> Bounded(IEnumerable<DateTimeOffset> hours)
    {
        var list = hours.ToList();
        return list.Count <= MaxHours
            ? list
            : throw new ArgumentOutOfRangeException(nameof(hours), $"An activity window may span at most {MaxHours} hours.");
    }

    private async IAsyncEnumerable<(DateTimeOffset At, string SessionId)> ListAsync(
        string kind, DateTimeOffset hour, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var pages = container.GetBlobsAsync(new GetBlobsOptions { Prefix = ActivityMarkers.HourPrefix(kind, hour) }, cancellationToken);
        IAsyncEnumerator<BlobItem>? items = null;
        try
        {
            items = pages.GetAsyncEnumerator(cancellationToken);
            while (await MoveNextAsync(items).ConfigureAwait(false))
            {
                if (ActivityMarkers.Parse(items.Current.Name) is { } marker)
                {
                    yield return marker;
                }
            }
        }
        finally
        {
            if (items is not null)
            {
                await items.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    /// <summary>A missing container means nothing was ever received.</summary>
    private static async Task<bool> MoveNextAsync(IAsyncEnumerator<BlobItem> items)
    {
        try
        {
            return await items.MoveNextAsync().ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return false;
        }
    }
}
