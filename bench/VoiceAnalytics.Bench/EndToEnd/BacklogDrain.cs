using System.Diagnostics;
using VoiceAnalytics.Bench.Ingest;
using VoiceAnalytics.Bench.Support;

namespace VoiceAnalytics.Bench.EndToEnd;

/// <summary>
/// What draining a backlog took. <see cref="DrainSeconds"/> runs from the start of the second app to the
/// <c>updated_at</c> of the last session to become analyzed (the server's own clock, so the polling does not
/// lengthen it); <see cref="ObservedSeconds"/> is when the poller had seen every session final.
/// </summary>
public sealed record DrainResult(
    int Sessions,
    LoadResult Backlog,
    double StartupSeconds,
    double DrainSeconds,
    double ObservedSeconds,
    IReadOnlyDictionary<string, int> Final,
    bool TimedOut,
    long StatusRequests)
{
    public int Analyzed => Final.GetValueOrDefault(SessionStatus.Analyzed);

    public double SessionsPerSecond => Analyzed / DrainSeconds;

    /// <summary>Failed, missing (POST not accepted), or still pending when the drain timed out.</summary>
    public int NotAnalyzed => Sessions - Analyzed;
}

/// <summary>
/// Builds a backlog with the pump off (<paramref name="concurrency"/> clients POST every session once), stops the
/// app, starts it again on the same data folder with the pump, and waits until every session is final.
/// </summary>
public sealed class BacklogDrain(HttpClient client, IngestPayload payload)
{
    private const int SampleSize = 100;
    private static readonly TimeSpan SampleEvery = TimeSpan.FromMilliseconds(100);

    /// <param name="dataFolder">The app's data folder (e.g. a generated database); null: a fresh, empty one.</param>
    /// <param name="firstId">The first <see cref="SessionIdPool"/> index, past the ids a reused folder already holds.</param>
    public async Task<DrainResult> RunAsync(int sessions, int concurrency, TimeSpan timeout, CancellationToken cancellationToken, TempFolder? dataFolder = null, int firstId = 0)
    {
        using var owned = dataFolder is null ? new TempFolder() : null;
        var folder = dataFolder ?? owned!;
        var ids = new SessionIdPool(sessions, firstId);
        LoadResult backlog;
        await using (var intake = await AppEndpoint.StartAsync(withPump: false, folder).ConfigureAwait(false))
        {
            backlog = await new LoadRunner(client, payload, ids).SendAllAsync(intake.Endpoint, concurrency, timeout).ConfigureAwait(false);
        }

        Console.Error.WriteLine(FormattableString.Invariant($"  e2e drain: {backlog.Accepted} sessions queued in {backlog.Elapsed.TotalSeconds:F1} s, restarting with the pump"));
        cancellationToken.ThrowIfCancellationRequested();

        var startedAt = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        await using var app = await AppEndpoint.StartAsync(withPump: true, folder).ConfigureAwait(false);
        var startupSeconds = clock.Elapsed.TotalSeconds;
        var watcher = new Watcher(new SessionStatusClient(client, app.Endpoint), clock, timeout, cancellationToken);

        // A sample in queue order first (cheap: a few GETs per 100 ms), then every session once it is through.
        var step = Math.Max(1, sessions / SampleSize);
        var sample = Enumerable.Range(0, sessions).Where(i => i % step == step - 1 || i == sessions - 1).Select(i => SessionIdPool.Id(firstId + i)).ToList();
        await watcher.UntilFinalAsync(sample, progress: true).ConfigureAwait(false);
        await watcher.UntilFinalAsync(Enumerable.Range(firstId, sessions).Select(SessionIdPool.Id).ToList(), progress: false).ConfigureAwait(false);
        var observedSeconds = clock.Elapsed.TotalSeconds;

        var lastAnalyzed = watcher.LastAnalyzedAt;
        var drainSeconds = lastAnalyzed is { } at ? (at - startedAt).TotalSeconds : observedSeconds;
        var final = watcher.Final.Values.GroupBy(s => s).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var pending = sessions - watcher.Final.Count;
        if (pending > 0)
        {
            final["still pending at the timeout"] = pending;
        }

        return new DrainResult(sessions, backlog, startupSeconds, drainSeconds, observedSeconds, final, watcher.TimedOut, watcher.Requests);
    }

    /// <summary>Walks ids in order and records each final status; a pass stops at the first one still in progress.</summary>
    private sealed class Watcher(SessionStatusClient statuses, Stopwatch clock, TimeSpan timeout, CancellationToken cancellationToken)
    {
        public Dictionary<string, string> Final { get; } = new(StringComparer.Ordinal);

        public DateTimeOffset? LastAnalyzedAt { get; private set; }

        public bool TimedOut { get; private set; }

        public long Requests { get; private set; }

        public async Task UntilFinalAsync(List<string> ids, bool progress)
        {
            var next = 0;
            var reported = 0;
            while (next < ids.Count)
            {
                if (clock.Elapsed > timeout)
                {
                    TimedOut = true;
                    return;
                }

                while (next < ids.Count && await IsFinalAsync(ids[next]).ConfigureAwait(false))
                {
                    next++;
                }

                if (progress && next * 10 / ids.Count > reported)
                {
                    reported = next * 10 / ids.Count;
                    Console.Error.WriteLine(FormattableString.Invariant($"  e2e drain: ~{reported * 10} % analyzed after {clock.Elapsed.TotalSeconds:F1} s"));
                }

                if (next < ids.Count)
                {
                    await Task.Delay(SampleEvery, cancellationToken).ConfigureAwait(false);
                }
            }
        }

        private async Task<bool> IsFinalAsync(string id)
        {
            if (Final.ContainsKey(id))
            {
                return true;
            }

            Requests++;
            var status = await statuses.GetAsync(id, cancellationToken).ConfigureAwait(false);
            if (!status.IsFinal)
            {
                return false;
            }

            Final[id] = status.Status;
            if (status.Status == SessionStatus.Analyzed && status.UpdatedAt is { } at && (LastAnalyzedAt is null || at > LastAnalyzedAt))
            {
                LastAnalyzedAt = at;
            }

            return true;
        }
    }
}
