using System.Globalization;
using System.Text;
using Microsoft.Azure.Cosmos;
using VoiceAnalytics.Core.Scoring;
using VoiceAnalytics.Core.Warehouse.Sqlite;

namespace VoiceAnalytics.Core.Warehouse.Cosmos;

/// <summary>
/// <see cref="IDashboardFigures"/> on Cosmos DB: one single-partition query per day of the window on
/// <c>start_time</c>, the spec 6.7 filters in the query when set; buckets (a prefix of the UTC timestamp text, as in
/// SQLite) and nearest-rank percentiles are computed here.
/// </summary>
public sealed class CosmosDashboardFigures(CosmosStore store) : IDashboardFigures
{
    internal const string SessionFields =
        "c.session_id, c.start_time, c.qualification_tier, c.meeting_booked, c.sentiment, c.lead_score, c.duration_seconds, c.engagement_score";

    internal const string TurnsSql = "SELECT c.session_id, c.start_time, c.turns FROM c WHERE c.start_time >= @from AND c.start_time < @to";

    public async Task<IReadOnlyList<SessionBucket>> SessionsAsync(DashboardFilter filter, TimeBucket bucket, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var sessions = await SessionsInAsync(filter, cancellationToken).ConfigureAwait(false);
        return sessions
            .GroupBy(s => Key(s.StartTime, bucket), StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new SessionBucket(
                BucketStart(g.Key, bucket),
                g.Count(),
                g.Count(s => s.QualificationTier == QualificationTierRule.Qualified),
                g.Count(s => s.MeetingBooked),
                g.Count(s => s.Sentiment == "positive"),
                g.Count(s => s.Sentiment == "negative"),
                Average(g.Select(s => (double?)s.LeadScore)),
                Average(g.Select(s => (double?)s.DurationSeconds)),
                Average(g.Select(s => s.EngagementScore))))
            .ToList();
    }

    public async Task<IReadOnlyList<LatencyBucket>> LatencyAsync(DashboardFilter filter, TimeBucket bucket, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var sessions = (await SessionsInAsync(filter, cancellationToken).ConfigureAwait(false)).ToDictionary(s => s.SessionId, StringComparer.Ordinal);
        var metrics = await store.QueryDaysAsync<MetricsDocument>(
            store.Containers.Metrics, CosmosOpsFigures.Window(TurnsSql, filter.From, filter.To), CosmosDay.Covering(filter.From, filter.To), cancellationToken).ConfigureAwait(false);
        return metrics
            .Where(m => sessions.ContainsKey(m.SessionId))
            .SelectMany(m => m.Turns.Where(t => t.TotalLatencyMs is not null).Select(t => (Key: Key(sessions[m.SessionId].StartTime, bucket), Ms: (double)t.TotalLatencyMs!.Value)))
            .GroupBy(t => t.Key, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Percentiles(g.Key, bucket, g.Select(t => t.Ms).Order().ToList()))
            .ToList();
    }

    /// <summary>The query text for a filter: the window, then one equality per filter that is set.</summary>
    internal static QueryDefinition SessionsQuery(DashboardFilter filter) => FilteredSessions(SessionFields, filter, filter.From, filter.To);

    /// <summary>
    /// <paramref name="fields"/> of the sessions that started in [<paramref name="from"/>, <paramref name="to"/>) and
    /// match each filter value that is set (the filter's own window is not read): every dashboard adapter's query.
    /// </summary>
    internal static QueryDefinition FilteredSessions(string fields, DashboardFilter filter, DateTimeOffset from, DateTimeOffset to)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var sql = new StringBuilder($"SELECT {fields} FROM c WHERE c.start_time >= @from AND c.start_time < @to");
        var parameters = new List<(string, string)>();
        void Add(string column, string name, string? value)
        {
            if (value is not null)
            {
                sql.Append(CultureInfo.InvariantCulture, $" AND c.{column} = {name}");
                parameters.Add((name, value));
            }
        }

        Add("qualification_tier", "@tier", filter.Tier);
        Add("sentiment", "@sentiment", filter.Sentiment);
        Add("industry", "@industry", filter.Industry);
        Add("agent_version", "@agent", filter.AgentVersion);
        var query = CosmosOpsFigures.Window(sql.ToString(), from, to);
        foreach (var (name, value) in parameters)
        {
            query = query.WithParameter(name, value);
        }

        return query;
    }

    private Task<List<SessionDocument>> SessionsInAsync(DashboardFilter filter, CancellationToken cancellationToken) =>
        store.QueryDaysAsync<SessionDocument>(store.Containers.Sessions, SessionsQuery(filter), CosmosDay.Covering(filter.From, filter.To), cancellationToken);

    private static string Key(string startTime, TimeBucket bucket) => startTime[..(bucket == TimeBucket.Hour ? 13 : 10)];

    /// <summary>Nearest rank: the value at rank ceil(p n) of the sorted values.</summary>
    private static LatencyBucket Percentiles(string key, TimeBucket bucket, List<double> sorted)
    {
        double At(double p) => sorted[Math.Max(0, (int)Math.Ceiling(p * sorted.Count) - 1)];
        return new LatencyBucket(BucketStart(key, bucket), sorted.Count, At(0.50), At(0.95), At(0.99));
    }

    private static DateTimeOffset BucketStart(string prefix, TimeBucket bucket) => DateTimeOffset.ParseExact(
        bucket == TimeBucket.Hour ? prefix + ":00:00Z" : prefix + "T00:00:00Z",
        "yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    private static double? Average(IEnumerable<double?> values)
    {
        var present = values.Where(v => v is not null).Select(v => v!.Value).ToList();
        return present.Count == 0 ? null : present.Average();
    }
}
