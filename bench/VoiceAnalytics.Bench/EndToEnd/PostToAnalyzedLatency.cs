using System.Diagnostics;
using System.Net;
using VoiceAnalytics.Bench.Ingest;

namespace VoiceAnalytics.Bench.EndToEnd;

/// <summary>Sessions POSTed to analyzed that were timed (failed, timed out or rejected ones are only in <see cref="Errors"/>).</summary>
public sealed record LatencyResult(int Requested, List<double> LatenciesMs, List<double> PostMs, ErrorTally Errors, ErrorTally WarmupErrors)
{
    public double Percentile(double p) => LoadResult.Percentile(LatenciesMs, p);
}

/// <summary>
/// One client, no backlog: POST a session, poll <c>GET /api/sessions/{id}</c> every 5 ms until it is
/// <c>analyzed</c>, then the next. The clock runs from sending the POST to the first answer that says analyzed.
/// </summary>
public sealed class PostToAnalyzedLatency(HttpClient client, IngestPayload payload, TimeSpan perSession)
{
    private static readonly TimeSpan PollEvery = TimeSpan.FromMilliseconds(5);

    /// <summary><paramref name="warmup"/> sessions not counted, then <paramref name="count"/> timed; <paramref name="phaseTimeout"/> bounds it all.</summary>
    public async Task<LatencyResult> RunAsync(AppEndpoint app, int warmup, int count, TimeSpan phaseTimeout, CancellationToken cancellationToken)
    {
        var ids = new SessionIdPool(warmup + count);
        var statuses = new SessionStatusClient(client, app.Endpoint);
        var result = new LatencyResult(count, new List<double>(count), new List<double>(count), new ErrorTally(), new ErrorTally());
        var phaseEnd = Stopwatch.GetTimestamp() + (long)(phaseTimeout.TotalSeconds * Stopwatch.Frequency);
        var reported = 0;
        for (var i = 0; i < warmup + count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var measured = i >= warmup;
            var errors = measured ? result.Errors : result.WarmupErrors;
            if (Stopwatch.GetTimestamp() > phaseEnd)
            {
                errors.Add("phase timeout", FormattableString.Invariant($"stopped after {i - (measured ? warmup : 0)} sessions: the phase ran past {phaseTimeout.TotalSeconds:F0} s"));
                break;
            }

            if (await OneSessionAsync(app.Endpoint, ids, statuses, errors, cancellationToken).ConfigureAwait(false) is { } timing && measured)
            {
                result.LatenciesMs.Add(timing.ToAnalyzedMs);
                result.PostMs.Add(timing.PostMs);
            }

            var done = i + 1 - warmup;
            if (measured && count >= 10 && done * 10 / count > reported)
            {
                reported = done * 10 / count;
                Console.Error.WriteLine(FormattableString.Invariant($"  e2e latency: {done}/{count} sessions"));
            }
        }

        result.LatenciesMs.Sort();
        result.PostMs.Sort();
        return result;
    }

    private async Task<(double PostMs, double ToAnalyzedMs)?> OneSessionAsync(Uri endpoint, SessionIdPool ids, SessionStatusClient statuses, ErrorTally errors, CancellationToken cancellationToken)
    {
        if (!ids.TryTake(out var idBytes))
        {
            errors.Add("session id pool exhausted", null);
            return null;
        }

        var id = System.Text.Encoding.ASCII.GetString(idBytes.Span);
        var sent = Stopwatch.GetTimestamp();
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = payload.CreateContent(idBytes) };
            using var response = await client.SendAsync(request, cancellationToken).ConfigureAwait(false);
            if (response.StatusCode != HttpStatusCode.Accepted)
            {
                errors.Add($"POST HTTP {(int)response.StatusCode}", await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false));
                return null;
            }
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            errors.Add("POST " + ex.GetType().Name, ex.Message);
            return null;
        }

        var postMs = Stopwatch.GetElapsedTime(sent).TotalMilliseconds;
        var deadline = sent + (long)(perSession.TotalSeconds * Stopwatch.Frequency);
        var last = default(SessionStatus);
        while (Stopwatch.GetTimestamp() < deadline)
        {
            last = await statuses.GetAsync(id, cancellationToken).ConfigureAwait(false);
            switch (last.Status)
            {
                case SessionStatus.Analyzed:
                    return (postMs, Stopwatch.GetElapsedTime(sent).TotalMilliseconds);
                case SessionStatus.Failed or SessionStatus.Missing:
                    errors.Add(last.Status, id);
                    return null;
            }

            // Anything else (received, processing, or a GET that failed: the reason stays in `last`) polls again.

            await Task.Delay(PollEvery, cancellationToken).ConfigureAwait(false);
        }

        errors.Add("timeout", FormattableString.Invariant($"{id} still {last.Status}{(last.Error is null ? "" : " (" + last.Error + ")")} after {perSession.TotalSeconds:F0} s"));
        return null;
    }
}
