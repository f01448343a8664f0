using Microsoft.Data.Sqlite;
using VoiceAnalytics.Core.Alerts.Slack;
using VoiceAnalytics.Core.Storage.Sqlite;

namespace VoiceAnalytics.Core.Reports.Digest;

/// <summary>
/// Reads one hour of the warehouse for the #product digest (spec 7.4): failed knowledge-base searches from
/// <c>analysis_results.content_gaps</c>, sessions with <c>engagement_score</c> under the threshold with the reason
/// from <c>quality_analysis</c>, and feature requests from <c>sales_intelligence</c> (plus "features" objections of
/// calls that named no feature).
/// </summary>
public sealed class QualityDigestQuery(SqliteDatabase database)
{
    public const double EngagementThreshold = 5;
    private const int MaxItems = 10;
    private const int MaxQuoteLength = 120;
    private const char Separator = '\u001f';

    public async Task<QualityDigestDetails> ReadAsync(DigestWindow window, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var (failedTotal, gaps) = await ReadContentGapsAsync(connection, window, cancellationToken).ConfigureAwait(false);
        var (lowSessions, pattern) = await ReadLowEngagementAsync(connection, window, cancellationToken).ConfigureAwait(false);
        var (mentions, features) = await ReadFeatureRequestsAsync(connection, window, cancellationToken).ConfigureAwait(false);
        return new QualityDigestDetails
        {
            HourEnding = window.To,
            FailedSearchTotal = failedTotal,
            ContentGaps = gaps,
            EngagementThreshold = EngagementThreshold,
            LowEngagementSessions = lowSessions,
            LowEngagementPattern = pattern,
            FeatureMentionTotal = mentions,
            FeatureRequests = features,
        };
    }

    private static async Task<(int Total, IReadOnlyList<ContentGapItem> Gaps)> ReadContentGapsAsync(
        SqliteConnection connection, DigestWindow window, CancellationToken cancellationToken)
    {
        // Each entry of failed_queries is one failed search; the same question asked twice counts twice.
        var rows = await ReadAsync(connection, window, """
            SELECT json_extract(f.value, '$.query'), COUNT(*)
              FROM analysis_results a, json_each(a.content_gaps, '$.failed_queries') f
             WHERE a.analyzed_at >= $from AND a.analyzed_at < $to AND json_extract(f.value, '$.query') IS NOT NULL
             GROUP BY lower(trim(json_extract(f.value, '$.query')))
             ORDER BY COUNT(*) DESC, MIN(a.analyzed_at);
            """, r => new ContentGapItem(r.GetString(0).Trim(), r.GetInt32(1)), cancellationToken).ConfigureAwait(false);
        return (rows.Sum(g => g.Searches), rows.Take(MaxItems).ToList());
    }

    private static async Task<(IReadOnlyList<LowEngagementItem> Sessions, string? Pattern)> ReadLowEngagementAsync(
        SqliteConnection connection, DigestWindow window, CancellationToken cancellationToken)
    {
        var rows = await ReadAsync(connection, window, """
            SELECT s.session_id, s.engagement_score,
                   (SELECT group_concat(json_extract(r.value, '$.code'), char(31)) FROM json_each(a.quality_analysis, '$.red_flags') r),
                   (SELECT group_concat(m.value, char(31)) FROM json_each(a.content_gaps, '$.missing_documentation') m)
              FROM sessions s JOIN analysis_results a ON a.session_id = s.session_id
             WHERE a.analyzed_at >= $from AND a.analyzed_at < $to AND s.engagement_score < $threshold
             ORDER BY s.engagement_score, s.session_id;
            """, r => (
                Item: new LowEngagementItem(r.GetString(0), r.GetDouble(1), LowEngagementReason.From(Split(r, 2))),
                MissingTopics: Split(r, 3)),
            cancellationToken, ("$threshold", EngagementThreshold)).ConfigureAwait(false);
        return (rows.Select(r => r.Item).ToList(), Pattern(rows.Select(r => r.Item.Reason).ToList(), rows.Select(r => r.MissingTopics).ToList()));
    }

    /// <summary>What two or more of the low sessions share: a topic the knowledge base lacked, else the same reason.</summary>
    private static string? Pattern(IReadOnlyList<string> reasons, IReadOnlyList<IReadOnlyCollection<string>> missingTopics)
    {
        var topic = missingTopics.SelectMany(t => t.Distinct()).GroupBy(t => t).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).FirstOrDefault();
        if (topic is { } t && t.Count() >= 2)
        {
            return FormattableString.Invariant($"{t.Count()} of these calls asked about {t.Key.Replace('_', ' ')} (not in KB)");
        }

        var reason = reasons.GroupBy(r => r).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).FirstOrDefault();
        return reason is { } r && r.Count() >= 2 && r.Key != LowEngagementReason.Unknown
            ? FormattableString.Invariant($"{r.Count()} of these calls: {r.Key.ToLowerInvariant()}")
            : null;
    }

    private static async Task<(int Mentions, IReadOnlyList<FeatureRequestItem> Features)> ReadFeatureRequestsAsync(
        SqliteConnection connection, DigestWindow window, CancellationToken cancellationToken)
    {
        var rows = await ReadAsync(connection, window, """
            SELECT json_extract(f.value, '$.value'), json_extract(f.value, '$.evidence.quote'), a.analyzed_at
              FROM analysis_results a, json_each(a.sales_intelligence, '$.product_fit.feature_requests') f
             WHERE a.analyzed_at >= $from AND a.analyzed_at < $to AND json_extract(f.value, '$.value') IS NOT NULL
            UNION ALL
            SELECT '', json_extract(o.value, '$.evidence.quote'), a.analyzed_at
              FROM analysis_results a, json_each(a.objections, '$.objections') o
             WHERE a.analyzed_at >= $from AND a.analyzed_at < $to AND json_extract(o.value, '$.category') = 'features'
               AND COALESCE(json_array_length(a.sales_intelligence, '$.product_fit.feature_requests'), 0) = 0
             ORDER BY 3;
            """, r => (Feature: FeatureNames.Display(r.GetString(0)), Quote: r.IsDBNull(1) ? null : r.GetString(1)), cancellationToken).ConfigureAwait(false);
        var features = rows
            .GroupBy(r => r.Feature)
            .Select(g => new FeatureRequestItem(g.Key, g.Count(), Shorten(g.Select(r => r.Quote).FirstOrDefault(q => !string.IsNullOrWhiteSpace(q)))))
            .OrderByDescending(f => f.Mentions).ThenBy(f => f.Feature, StringComparer.Ordinal)
            .Take(MaxItems)
            .ToList();
        return (rows.Count, features);
    }

    private static async Task<List<T>> ReadAsync<T>(
        SqliteConnection connection, DigestWindow window, string sql, Func<SqliteDataReader, T> map, CancellationToken cancellationToken,
        params (string Name, object Value)[] parameters)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$from", window.FromText);
        command.Parameters.AddWithValue("$to", window.ToText);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        var rows = new List<T>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(map(reader));
        }

        return rows;
    }

    private static IReadOnlyCollection<string> Split(SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? [] : reader.GetString(ordinal).Split(Separator, StringSplitOptions.RemoveEmptyEntries);

    private static string? Shorten(string? quote) =>
        quote is null ? null : quote.Length <= MaxQuoteLength ? quote.Trim() : string.Concat(quote.AsSpan(0, MaxQuoteLength - 1).TrimEnd(), "…");
}
