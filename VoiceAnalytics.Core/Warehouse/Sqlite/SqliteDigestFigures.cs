using Microsoft.Data.Sqlite;
using VoiceAnalytics.Core.Storage.Sqlite;

namespace VoiceAnalytics.Core.Warehouse.Sqlite;

/// <summary><see cref="IDigestFigures"/> with SQL over <c>analysis_results</c> by <c>analyzed_at</c> (indexed) and its JSON columns.</summary>
public sealed class SqliteDigestFigures(SqliteDatabase database) : IDigestFigures
{
    private const char Separator = '\u001f';

    internal const string FailedSearchesSql =
        """
        SELECT json_extract(f.value, '$.query'), a.analyzed_at
          FROM analysis_results a, json_each(va_json(a.content_gaps), '$.failed_queries') f
         WHERE a.analyzed_at >= $from AND a.analyzed_at < $to AND json_valid(va_json(a.content_gaps))
           AND json_type(f.value, '$.query') = 'text'
         ORDER BY a.analyzed_at, a.session_id, f.key;
        """;

    internal const string LowEngagementSql =
        """
        SELECT s.session_id, s.engagement_score,
               (SELECT group_concat(json_extract(r.value, '$.code'), char(31)) FROM json_each(va_json(a.quality_analysis), '$.red_flags') r),
               (SELECT group_concat(m.value, char(31)) FROM json_each(va_json(a.content_gaps), '$.missing_documentation') m)
          FROM analysis_results a JOIN sessions s ON s.session_id = a.session_id
         WHERE a.analyzed_at >= $from AND a.analyzed_at < $to AND s.engagement_score < $below
         ORDER BY s.engagement_score, s.session_id;
        """;

    internal const string FeatureMentionsSql =
        """
        SELECT json_extract(f.value, '$.value'), json_extract(f.value, '$.evidence.quote'), a.analyzed_at, a.session_id, 0, f.key
          FROM analysis_results a, json_each(va_json(a.sales_intelligence), '$.product_fit.feature_requests') f
         WHERE a.analyzed_at >= $from AND a.analyzed_at < $to AND json_extract(f.value, '$.value') IS NOT NULL
        UNION ALL
        SELECT NULL, json_extract(o.value, '$.evidence.quote'), a.analyzed_at, a.session_id, 1, o.key
          FROM analysis_results a, json_each(va_json(a.objections), '$.objections') o
         WHERE a.analyzed_at >= $from AND a.analyzed_at < $to AND json_extract(o.value, '$.category') = 'features'
           AND COALESCE(json_array_length(va_json(a.sales_intelligence), '$.product_fit.feature_requests'), 0) = 0
         ORDER BY 3, 4, 5, 6;
        """;

    public Task<IReadOnlyList<FailedSearch>> FailedSearchesAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) =>
        ReadAsync(
            FailedSearchesSql, from, to, r => new FailedSearch(r.GetString(0), Time(r, 1)), cancellationToken);

    public Task<IReadOnlyList<LowEngagementSession>> LowEngagementAsync(DateTimeOffset from, DateTimeOffset to, double below, CancellationToken cancellationToken) =>
        ReadAsync(
            LowEngagementSql, from, to, r => new LowEngagementSession(r.GetString(0), r.GetDouble(1), Split(r, 2), Split(r, 3)), cancellationToken, ("$below", below));

    public Task<IReadOnlyList<FeatureMention>> FeatureMentionsAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) =>
        ReadAsync(
            FeatureMentionsSql, from, to, r => new FeatureMention(r.IsDBNull(0) ? null : r.GetString(0), r.IsDBNull(1) ? null : r.GetString(1), Time(r, 2)), cancellationToken);

    private async Task<IReadOnlyList<T>> ReadAsync<T>(
        string sql, DateTimeOffset from, DateTimeOffset to, Func<SqliteDataReader, T> map, CancellationToken cancellationToken,
        params (string Name, object? Value)[] parameters)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command(sql, [("$from", WarehouseTime.Format(from)), ("$to", WarehouseTime.Format(to)), .. parameters]);
        var rows = new List<T>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(map(reader));
        }

        return rows;
    }

    private static DateTimeOffset Time(SqliteDataReader reader, int ordinal) => WarehouseTime.Parse(reader.GetString(ordinal));

    private static IReadOnlyList<string> Split(SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? [] : reader.GetString(ordinal).Split(Separator, StringSplitOptions.RemoveEmptyEntries);
}
