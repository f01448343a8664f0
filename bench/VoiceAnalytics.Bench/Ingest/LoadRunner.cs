using System.Diagnostics;
using System.Net;

namespace VoiceAnalytics.Bench.Ingest;

/// <summary>
/// Closed-loop load: <c>concurrency</c> clients each send the next request as soon as the previous one answers,
/// until the deadline. Requests already in flight at the deadline finish and count; elapsed time includes them.
/// </summary>
public sealed class LoadRunner
{
    private readonly HttpClient _client;
    private readonly IReadOnlyList<IngestPayload> _payloads;
    private readonly SessionIdPool _ids;
    private int _sent;

    public LoadRunner(HttpClient client, IngestPayload payload, SessionIdPool ids)
        : this(client, [payload], ids)
    {
    }

    /// <summary>Requests cycle through <paramref name="payloads"/> in order (each still with its own session id).</summary>
    public LoadRunner(HttpClient client, IReadOnlyList<IngestPayload> payloads, SessionIdPool ids)
    {
        _client = client;
        _payloads = payloads;
        _ids = ids;
    }

    public async Task<LoadResult> RunAsync(Uri endpoint, int concurrency, TimeSpan warmup, TimeSpan duration)
    {
        var warm = await PhaseAsync(endpoint, concurrency, warmup).ConfigureAwait(false);
        var measured = await PhaseAsync(endpoint, concurrency, duration).ConfigureAwait(false);
        return measured with { WarmupErrors = warm.Errors };
    }

    /// <summary>
    /// Sends every id left in the pool once, as fast as <paramref name="concurrency"/> clients can (a backlog to
    /// build); <paramref name="timeout"/> bounds the whole phase.
    /// </summary>
    public Task<LoadResult> SendAllAsync(Uri endpoint, int concurrency, TimeSpan timeout) =>
        PhaseAsync(endpoint, concurrency, timeout, untilPoolEmpty: true);

    private async Task<LoadResult> PhaseAsync(Uri endpoint, int concurrency, TimeSpan duration, bool untilPoolEmpty = false)
    {
        var errors = new ErrorTally();
        var started = Stopwatch.GetTimestamp();
        var deadline = started + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var workers = new Task<List<double>>[concurrency];
        for (var i = 0; i < concurrency; i++)
        {
            workers[i] = Task.Run(() => ClientLoopAsync(endpoint, deadline, errors, untilPoolEmpty));
        }

        var perClient = await Task.WhenAll(workers).ConfigureAwait(false);
        var elapsed = Stopwatch.GetElapsedTime(started);
        var all = new List<double>(perClient.Sum(l => l.Count));
        foreach (var latencies in perClient)
        {
            all.AddRange(latencies);
        }

        return LoadResult.From(concurrency, elapsed, all, errors);
    }

    private async Task<List<double>> ClientLoopAsync(Uri endpoint, long deadline, ErrorTally errors, bool untilPoolEmpty)
    {
        var latencies = new List<double>(4096);
        while (Stopwatch.GetTimestamp() < deadline)
        {
            if (!_ids.TryTake(out var id))
            {
                if (untilPoolEmpty)
                {
                    break;
                }

                errors.Add("session id pool exhausted", $"all {_ids.Count} pre-generated ids used");
                break;
            }

            var payload = _payloads[(int)((uint)Interlocked.Increment(ref _sent) % (uint)_payloads.Count)];
            using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = payload.CreateContent(id) };
            var sent = Stopwatch.GetTimestamp();
            try
            {
                using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseContentRead).ConfigureAwait(false);
                var latency = Stopwatch.GetElapsedTime(sent);
                if (response.StatusCode == HttpStatusCode.Accepted)
                {
                    latencies.Add(latency.TotalMilliseconds);
                }
                else
                {
                    errors.Add($"HTTP {(int)response.StatusCode}", await response.Content.ReadAsStringAsync().ConfigureAwait(false));
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException)
            {
                errors.Add(ex.GetType().Name, ex.ToString());
            }
        }

        return latencies;
    }
}
