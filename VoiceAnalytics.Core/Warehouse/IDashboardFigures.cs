namespace VoiceAnalytics.Core.Warehouse;

/// <summary>
/// What the dashboard (spec 6) asks the warehouse: per-bucket session figures and latency percentiles under the
/// global filters of spec 6.7. A session belongs to the bucket its start falls in; its turns follow it. Buckets
/// without sessions are left out; bucket starts are UTC.
/// </summary>
public interface IDashboardFigures
{
    Task<IReadOnlyList<SessionBucket>> SessionsAsync(DashboardFilter filter, TimeBucket bucket, CancellationToken cancellationToken);

    /// <summary>Nearest-rank p50/p95/p99 of the turns' <c>total_latency_ms</c> per bucket.</summary>
    Task<IReadOnlyList<LatencyBucket>> LatencyAsync(DashboardFilter filter, TimeBucket bucket, CancellationToken cancellationToken);
}

public enum TimeBucket
{
    Hour,
    Day,
}

/// <summary>Sessions that started in [From, To) and match every filter given (null matches all).</summary>
public sealed record DashboardFilter(
    DateTimeOffset From,
    DateTimeOffset To,
    string? Tier = null,
    string? Sentiment = null,
    string? Industry = null,
    string? AgentVersion = null);

/// <param name="Qualified">Sessions of the qualified tier ("Tier 1").</param>
public sealed record SessionBucket(
    DateTimeOffset Start,
    int Sessions,
    int Qualified,
    int MeetingsBooked,
    int Positive,
    int Negative,
    double? AverageLeadScore,
    double? AverageDurationSeconds,
    double? AverageEngagement);

public sealed record LatencyBucket(DateTimeOffset Start, int Turns, double? P50Ms, double? P95Ms, double? P99Ms);
