using System.Globalization;
using Microsoft.Data.Sqlite;
using VoiceAnalytics.Core.Scoring;
using VoiceAnalytics.Core.Storage.Sqlite;

namespace VoiceAnalytics.Core.Warehouse.Sqlite;

/// <summary>
/// <see cref="IDashboardFigures"/> with SQL: the window is a range of <c>sessions.start_time</c> (indexed), the other
/// filters are checked on the rows in it; a bucket is a prefix of the UTC timestamp text (hour or day).
/// Percentiles are computed here from the window's latencies, read in order once.
/// </summary>
public sealed class SqliteDashboardFigures(SqliteDatabase database) : IDashboardFigures
{
    private const string Filtered = """
        s.start_time >= $from AND s.start_time < $to
        AND ($tier IS NULL OR s.qualification_tier = $tier)
        AND ($sentiment IS NULL OR s.sentiment = $sentiment)
        AND ($industry IS NULL OR s.industry = $industry)
        AND ($agent IS NULL OR s.agent_version = $agent)
        """;

    internal const string SessionsSql =
        $"""
        SELECT substr(s.start_time, 1, $prefix), COUNT(*), COALESCE(SUM(s.qualification_tier = $qualified), 0),
               COALESCE(SUM(s.meeting_booked), 0), COALESCE(SUM(s.sentiment = 'positive'), 0), COALESCE(SUM(s.sentiment = 'negative'), 0),
               AVG(s.lead_score), AVG(s.duration_seconds), AVG(s.engagement_score)
          FROM sessions s WHERE {Filtered}
         GROUP BY 1 ORDER BY 1;
        """;

    internal const string LatencySql =
        $"""
        SELECT substr(s.start_time, 1, $prefix), m.total_latency_ms
          FROM sessions s JOIN metrics m ON m.session_id = s.session_id
         WHERE {Filtered} AND m.total_latency_ms IS NOT NULL
         ORDER BY 1, 2;
        """;

    public async Task<IReadOnlyList<SessionBucket>> SessionsAsync(DashboardFilter filter, TimeBucket bucket, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command(SessionsSql, Parameters(filter, bucket));
        var buckets = new List<SessionBucket>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            buckets.Add(new SessionBucket(
                BucketStart(reader.GetString(0), bucket), reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3), reader.GetInt32(4), reader.GetInt32(5),
                Nullable(reader, 6), Nullable(reader, 7), Nullable(reader, 8)));
        }

        return buckets;
    }

    public async Task<IReadOnlyList<LatencyBucket>> LatencyAsync(DashboardFilter filter, TimeBucket bucket, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command(LatencySql, Parameters(filter, bucket));
        var buckets = new List<LatencyBucket>();
        var values = new List<double>();
        string? current = null;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var key = reader.GetString(0);
            if (current is not null && key != current)
            {
                buckets.Add(Percentiles(current, bucket, values));
                values.Clear();
            }

            current = key;
            values.Add(reader.GetDouble(1));
        }

        if (current is not null)
        {
            buckets.Add(Percentiles(current, bucket, values));
        }

        return buckets;
    }

    /// <summary>Nearest rank: the value at rank ceil(p n) of the sorted values.</summary>
    private static LatencyBucket Percentiles(string key, TimeBucket bucket, List<double> sorted)
    {
        double At(double p) => sorted[Math.Max(0, (int)Math.Ceiling(p * sorted.Count) - 1)];
        return new LatencyBucket(BucketStart(key, bucket), sorted.Count, At(0.50), At(0.95), At(0.99));
    }

    private static (string, object?)[] Parameters(DashboardFilter filter, TimeBucket bucket) =>
    [
        ("$from", WarehouseTime.Format(filter.From)),
        ("$to", WarehouseTime.Format(filter.To)),
        ("$tier", filter.Tier),
        ("$sentiment", filter.Sentiment),
        ("$industry", filter.Industry),
        ("$agent", filter.AgentVersion),
        ("$qualified", QualificationTierRule.Qualified),
        ("$prefix", bucket == TimeBucket.Hour ? 13 : 10),
    ];

    private static DateTimeOffset BucketStart(string prefix, TimeBucket bucket) => DateTimeOffset.ParseExact(
        bucket == TimeBucket.Hour ? prefix + ":00:00Z" : prefix + "T00:00:00Z",
        "yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    private static double? Nullable(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetDouble(ordinal);
}
