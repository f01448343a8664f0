using System.Globalization;
using Microsoft.Data.Sqlite;

namespace VoiceAnalytics.Bench.Dashboard;

/// <summary>
/// The scale generator writes no transcripts, so its sessions have no tool calls and the knowledge panel's rollup kinds
/// (<c>kb_search</c>, <c>kb_results</c>, <c>tool</c>) stay empty: timing <c>/api/dashboard/knowledge</c> on them would
/// time nothing. This adds those rows straight into the lists' hour and day rollups, summed per key as the writes
/// would: 70 % of sessions search 1-3 times, the query drawn from 3,000 (Zipf-like, a few very common), 12 % of
/// searches find nothing; a booking and an availability check in some calls. Seeded, so a size gives the same rows.
/// Skipped when the file has <c>kb_search</c> rows already.
/// </summary>
internal static class SyntheticSearches
{
    private const int Queries = 3_000;

    public static long AddWhenMissing(string file)
    {
        using var connection = new SqliteConnection($"Data Source={file};Pooling=False");
        connection.Open();
        using (var check = connection.CreateCommand())
        {
            check.CommandText = "SELECT EXISTS (SELECT 1 FROM dashboard_item_days WHERE kind = 'kb_search');";
            if (Convert.ToInt64(check.ExecuteScalar(), CultureInfo.InvariantCulture) == 1)
            {
                return 0;
            }
        }

        var random = new Random(20261201);
        var hours = new Dictionary<(string Kind, string Hour, string Item, string Tier, string Sentiment, string Industry, string Agent), long[]>();
        using (var read = connection.CreateCommand())
        {
            read.CommandText = "SELECT start_time, COALESCE(qualification_tier, ''), COALESCE(sentiment, ''), COALESCE(industry, ''), COALESCE(agent_version, '') FROM sessions;";
            using var reader = read.ExecuteReader();
            while (reader.Read())
            {
                var hour = reader.GetString(0)[..13];
                var (tier, sentiment, industry, agent) = (reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4));
                void Add(string kind, string item, long count, long positive, long zero, long valueSum, long valueCount)
                {
                    var key = (kind, hour, item, tier, sentiment, industry, agent);
                    if (!hours.TryGetValue(key, out var sums))
                    {
                        hours[key] = sums = new long[6];
                    }

                    sums[0] += 1;
                    sums[1] += count;
                    sums[2] += positive;
                    sums[3] += zero;
                    sums[4] += valueSum;
                    sums[5] += valueCount;
                }

                var searches = random.NextDouble() < 0.7 ? random.Next(1, 4) : 0;
                for (var i = 0; i < searches; i++)
                {
                    // Zipf-like: the index of a uniform draw cubed, so query 0 is the most asked.
                    var query = (int)(Math.Pow(random.NextDouble(), 3) * Queries);
                    var results = random.NextDouble() < 0.12 ? 0 : random.Next(1, 26);
                    Add("kb_search", $"how do i {query} in pandadoc", 1, results > 0 ? 1 : 0, results == 0 ? 1 : 0, results, 1);
                    Add("kb_results", results == 0 ? "0" : results <= 2 ? "1-2" : results <= 5 ? "3-5" : results <= 10 ? "6-10" : results <= 20 ? "11-20" : "21+", 1, 0, 0, results, 1);
                }

                if (searches > 0)
                {
                    Add("tool", "unleash_search_knowledge", searches, 0, 0, 0, 0);
                }

                if (random.NextDouble() < 0.25)
                {
                    Add("tool", "check_availability", 1, 0, random.NextDouble() < 0.05 ? 1 : 0, 0, 0);
                }

                if (random.NextDouble() < 0.2)
                {
                    Add("tool", "book_meeting", 1, 0, random.NextDouble() < 0.05 ? 1 : 0, 0, 0);
                }
            }
        }

        var days = hours
            .GroupBy(h => h.Key with { Hour = h.Key.Hour[..10] })
            .ToDictionary(g => g.Key, g => Enumerable.Range(0, 6).Select(i => g.Sum(h => h.Value[i])).ToArray());
        using var transaction = connection.BeginTransaction();
        Insert(connection, transaction, "dashboard_item_hours", "hour", hours);
        Insert(connection, transaction, "dashboard_item_days", "day", days);
        transaction.Commit();
        return hours.Count + days.Count;
    }

    private static void Insert(
        SqliteConnection connection, SqliteTransaction transaction, string table, string time,
        Dictionary<(string Kind, string Hour, string Item, string Tier, string Sentiment, string Industry, string Agent), long[]> rows)
    {
        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = $"""
            INSERT INTO {table} (kind, {time}, item, sub, tier, sentiment, industry, agent_version, sessions, count, positive, zero, value_sum, value_count)
            VALUES ($kind, $time, $item, '', $tier, $sentiment, $industry, $agent, $s0, $s1, $s2, $s3, $s4, $s5);
            """;
        string[] names = ["$kind", "$time", "$item", "$tier", "$sentiment", "$industry", "$agent", "$s0", "$s1", "$s2", "$s3", "$s4", "$s5"];
        var parameters = names.Select(n => insert.Parameters.Add(n, SqliteType.Text)).ToArray();
        insert.Prepare();
        foreach (var (key, sums) in rows)
        {
            object[] values = [key.Kind, key.Hour, key.Item, key.Tier, key.Sentiment, key.Industry, key.Agent, .. sums.Select(s => (object)s)];
            for (var i = 0; i < values.Length; i++)
            {
                parameters[i].Value = values[i];
            }

            insert.ExecuteNonQuery();
        }
    }
}
