using System.Globalization;
using Microsoft.Data.Sqlite;
using VoiceAnalytics.Core.Storage.Sqlite;
using VoiceAnalytics.Core.Warehouse.Lists;

namespace VoiceAnalytics.Core.Warehouse.Sqlite;

/// <summary>
/// <see cref="IDashboardLists"/> from the rollup <see cref="DashboardItemsRollup"/> keeps: totals read a primary-key
/// range of <c>dashboard_item_days</c> for a window's whole UTC days and of
/// <c>dashboard_item_hours</c> for its edge hours (kind, then time), the drill-down and hot leads an index range of
/// <c>dashboard_session_items</c> (kind, item, start time). Hours are UTC: a window counts the hours whose start lies
/// in it (the whole window for the day ranges of whole-hour time zones).
/// </summary>
public sealed class SqliteDashboardLists(SqliteDatabase database) : IDashboardLists
{
    private const string ItemFilters = """
        AND ($tier IS NULL OR i.tier = $tier)
        AND ($sentiment IS NULL OR i.sentiment = $sentiment)
        AND ($industry IS NULL OR i.industry = $industry)
        AND ($agent IS NULL OR i.agent_version = $agent)
        """;

    // A window's whole UTC days come from the day table, its edge hours from the hour table (RollupWindow).
    internal static readonly string TotalsSql = $"""
        SELECT item, sub, tier, SUM(sessions), SUM(count), SUM(positive), SUM(zero), SUM(value_sum), SUM(value_count)
          FROM ({RollupWindow.Rows(
              "item, sub, tier, sessions, count, positive, zero, value_sum, value_count", "dashboard_item_hours", "dashboard_item_days", "AND kind = $kind")})
         GROUP BY item, sub, tier
        HAVING SUM(sessions) > 0;
        """;

    // The upper bound is a row value: (start, id) before the cursor, or before (to, '') on the first page.
    internal const string SessionsSql = $"""
        SELECT i.session_id, i.start_time, i.tier, s.lead_score, i.sentiment, MAX(i.quote)
          FROM dashboard_session_items i JOIN sessions s ON s.session_id = i.session_id
         WHERE i.kind = $kind AND i.item = $item AND i.start_time >= $from AND (i.start_time, i.session_id) < ($beforeTime, $beforeId)
               AND ($zero = 0 OR i.zero > 0)
               {ItemFilters}
         GROUP BY i.start_time, i.session_id
         ORDER BY i.start_time DESC, i.session_id DESC
         LIMIT $limit;
        """;

    // The top few first, from the partial covering index of the lead-score entries (no table read per entry: a 30-day
    // bucket holds ~11,000 at 1M sessions), and only those joined to their sessions for the name.
    internal const string HotLeadsSql = $"""
        SELECT i.session_id, i.start_time, i.tier, i.value_sum, s.user_name
          FROM (SELECT session_id, start_time, tier, value_sum FROM dashboard_session_items
                 WHERE kind = 'lead_score' AND item = $item AND start_time >= $from AND start_time < $to
                       {RollupWindow.Filters}
                 ORDER BY value_sum DESC, start_time DESC, session_id DESC
                 LIMIT $limit) i
          JOIN sessions s ON s.session_id = i.session_id
         ORDER BY i.value_sum DESC, i.start_time DESC, i.session_id DESC;
        """;

    internal const string SignalsSql = """
        SELECT kind, item, sub, count, positive, zero, value_sum, value_count, quote
          FROM dashboard_session_items WHERE session_id = $id AND kind IN ('industry', 'team_size', 'integration', 'competitor', 'objection')
         ORDER BY kind, item, sub;
        """;

    public async Task<IReadOnlyList<ItemTotal>> TotalsAsync(DashboardFilter filter, string kind, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command(
            TotalsSql, [.. Filters(filter), ("$kind", kind), .. RollupWindow.Of(HourKey(filter.From), HourKey(filter.To)).Parameters]);
        var totals = new List<ItemTotal>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            totals.Add(new ItemTotal(
                reader.GetString(0), reader.GetString(1), reader.GetString(2) is { Length: > 0 } tier ? tier : null,
                reader.GetInt64(3), reader.GetInt64(4), reader.GetInt64(5), reader.GetInt64(6), reader.GetInt64(7), reader.GetInt64(8)));
        }

        return totals;
    }

    public async Task<IReadOnlyList<ItemSession>> SessionsAsync(
        DashboardFilter filter, string kind, string item, bool zeroResultsOnly, ItemCursor? after, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var to = WarehouseTime.Format(filter.To);
        var (beforeTime, beforeId) = after is null || string.CompareOrdinal(WarehouseTime.Format(after.StartTime), to) >= 0
            ? (to, "")
            : (WarehouseTime.Format(after.StartTime), after.SessionId);
        await using var command = connection.Command(
            SessionsSql,
            [
                .. Filters(filter), ("$kind", kind), ("$item", item), ("$from", WarehouseTime.Format(filter.From)), ("$beforeTime", beforeTime),
                ("$beforeId", beforeId), ("$zero", zeroResultsOnly ? 1 : 0), ("$limit", limit),
            ]);
        var sessions = new List<ItemSession>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            sessions.Add(new ItemSession(
                reader.GetString(0), WarehouseTime.Parse(reader.GetString(1)), Dimension(reader.GetString(2)),
                reader.IsDBNull(3) ? null : reader.GetInt32(3), Dimension(reader.GetString(4)), reader.IsDBNull(5) ? null : reader.GetString(5)));
        }

        return sessions;
    }

    /// <summary>The highest bucket first: a lower bucket is read only when the higher ones hold fewer than <paramref name="max"/> sessions.</summary>
    public async Task<IReadOnlyList<HotLead>> HotLeadsAsync(DashboardFilter filter, int max, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var leads = new List<(string Id, DateTimeOffset Start, string? Tier, int Score, string? Name)>();
        foreach (var bucket in DashboardItemKinds.LeadScoreBuckets.Reverse())
        {
            if (leads.Count >= max)
            {
                break;
            }

            await using var command = connection.Command(
                HotLeadsSql,
                [
                    .. Filters(filter), ("$item", bucket), ("$from", WarehouseTime.Format(filter.From)), ("$to", WarehouseTime.Format(filter.To)),
                    ("$limit", max - leads.Count),
                ]);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                leads.Add((reader.GetString(0), WarehouseTime.Parse(reader.GetString(1)), Dimension(reader.GetString(2)), reader.GetInt32(3), reader.IsDBNull(4) ? null : reader.GetString(4)));
            }
        }

        var hot = new List<HotLead>(leads.Count);
        foreach (var lead in leads)
        {
            hot.Add(new HotLead(lead.Id, lead.Start, lead.Name, lead.Score, lead.Tier, await SignalsAsync(connection, lead.Id, cancellationToken).ConfigureAwait(false)));
        }

        return hot;
    }

    private static async Task<IReadOnlyList<DashboardItem>> SignalsAsync(SqliteConnection connection, string sessionId, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(SignalsSql, ("$id", sessionId));
        var signals = new List<DashboardItem>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            signals.Add(new DashboardItem(
                reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt32(3), reader.GetInt32(4), reader.GetInt32(5),
                reader.GetInt64(6), reader.GetInt32(7), reader.IsDBNull(8) ? null : reader.GetString(8)));
        }

        return signals;
    }

    /// <summary>The hour key of the first whole UTC hour starting at or after <paramref name="instant"/>.</summary>
    internal static string HourKey(DateTimeOffset instant)
    {
        var utc = instant.UtcDateTime;
        var hour = new DateTime(utc.Year, utc.Month, utc.Day, utc.Hour, 0, 0, DateTimeKind.Utc);
        if (hour < utc)
        {
            hour = hour.AddHours(1);
        }

        return hour.ToString("yyyy-MM-ddTHH", CultureInfo.InvariantCulture);
    }

    private static string? Dimension(string stored) => stored.Length == 0 ? null : stored;

    private static (string, object?)[] Filters(DashboardFilter filter) =>
        [("$tier", filter.Tier), ("$sentiment", filter.Sentiment), ("$industry", filter.Industry), ("$agent", filter.AgentVersion)];
}
