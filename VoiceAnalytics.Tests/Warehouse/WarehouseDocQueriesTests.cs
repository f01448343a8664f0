using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using VoiceAnalytics.Core.Storage.Sqlite;
using VoiceAnalytics.Core.Warehouse;
using VoiceAnalytics.Tests.Warehouse.Cosmos;

namespace VoiceAnalytics.Tests.Warehouse;

/// <summary>
/// The ten ready queries of docs/warehouse.md: the SQLite ones run against a seeded warehouse and return what the
/// records say; the Cosmos ones name only fields the adapter writes, stay within their partitions or an indexed window,
/// and use only the documented parameters.
/// </summary>
public sealed partial class WarehouseDocQueriesTests : IAsyncLifetime, IDisposable
{
    private const int Hot = 70;
    private static readonly string[] Parameters = ["@day", "@dayBefore", "@from", "@to", "@hot"];
    private readonly SideBySideWarehouse _warehouse = new();
    private readonly List<WarehouseRecord> _records = Enumerable.Range(0, 12).Select(SideBySideWarehouse.Record).ToList();

    public Task InitializeAsync() => _warehouse.SeedAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _warehouse.Dispose();

    [Fact]
    public void Doc_HasTenQueries_EachInBothDialectsWithItsContainer()
    {
        var queries = DocQuery.Parse();

        Assert.Equal(Enumerable.Range(1, 10), queries.Select(q => q.Number));
        Assert.All(queries, q =>
        {
            Assert.Contains("SELECT", q.Sqlite, StringComparison.Ordinal);
            Assert.Contains("FROM c", q.Cosmos, StringComparison.Ordinal);
            Assert.Contains(q.Container, new[] { "sessions", "metrics", "analysis_results" });
        });
    }

    [Fact]
    public void SqliteQueries_SeededWarehouse_ReturnWhatTheRecordsSay()
    {
        var q = DocQuery.Parse().ToDictionary(x => x.Number);
        var sessions = _records.Select(r => r.Session).ToList();
        var analyses = _records.Select(r => r.Analysis).ToList();

        Assert.Equal(12, Run(q[1]).Sum(r => Convert.ToInt32(r["calls"], CultureInfo.InvariantCulture)));
        Assert.Equal(sessions.Count(s => s.MeetingBooked), Run(q[1]).Sum(r => Convert.ToInt32(r["meetings"], CultureInfo.InvariantCulture)));
        var turns = _records.SelectMany(r => r.Metrics).Where(m => m.TotalLatencyMs is not null).ToList();
        var latency = Assert.Single(Run(q[2]));
        Assert.Equal(turns.Count, Convert.ToInt32(latency["turns"], CultureInfo.InvariantCulture));
        Assert.Equal(turns.Average(t => (double)t.TotalLatencyMs!.Value), Convert.ToDouble(latency["avg_latency_ms"], CultureInfo.InvariantCulture), 6);
        var rate = Assert.Single(Run(q[3]));
        Assert.Equal(sessions.Count(s => s.QualificationTier == "Tier 1"), Convert.ToInt32(rate["qualified"], CultureInfo.InvariantCulture));
        Assert.Equal(12, Run(q[4]).Sum(r => Convert.ToInt32(r["calls"], CultureInfo.InvariantCulture)));
        Assert.Equal(sessions.Count(s => s.InterruptionCount > 3), Convert.ToInt32(Assert.Single(Run(q[5]))["interrupted_calls"], CultureInfo.InvariantCulture));
        var failed = analyses.SelectMany(a => a.Get("content_gaps") is { } gaps && gaps.TryGetProperty("failed_queries", out var list) ? list.EnumerateArray().ToList() : []).Count();
        Assert.True(failed > 0);
        Assert.Equal(failed, Run(q[6]).Sum(r => Convert.ToInt32(r["searches"], CultureInfo.InvariantCulture)));
        Assert.Equal(sessions.Count(s => s.LeadScore is not null), Run(q[7]).Sum(r => Convert.ToInt32(r["calls"], CultureInfo.InvariantCulture)));
        var industries = sessions.Where(s => s.Industry is not null).GroupBy(s => s.Industry!).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(industries, Run(q[8]).ToDictionary(r => (string)r["industry"]!, r => Convert.ToInt32(r["calls"], CultureInfo.InvariantCulture)));
        var needs = analyses.Sum(a => a.Get("sales_intelligence") is { } s && s.GetProperty("product_fit").TryGetProperty("integration_needs", out var list) ? list.GetArrayLength() : 0);
        Assert.Equal(needs, Run(q[9]).Sum(r => Convert.ToInt32(r["calls"], CultureInfo.InvariantCulture)));
        var hot = sessions.Where(s => s.LeadScore > Hot).OrderByDescending(s => s.LeadScore).ThenByDescending(s => s.StartTime).Take(10).Select(s => s.SessionId);
        Assert.Equal(hot, Run(q[10]).Select(r => (string)r["session_id"]!));
    }

    [Fact]
    public async Task CosmosQueries_NameOnlyFieldsTheAdapterWrites()
    {
        await Task.CompletedTask;
        var written = new Dictionary<string, IReadOnlyList<JsonObject>>
        {
            ["sessions"] = _warehouse.Cosmos.Sessions.Documents,
            ["metrics"] = _warehouse.Cosmos.Metrics.Documents,
            ["analysis_results"] = _warehouse.Cosmos.AnalysisResults.Documents,
        };

        foreach (var query in DocQuery.Parse())
        {
            var documents = written[query.Container];
            foreach (Match path in DocumentPath().Matches(query.Cosmos))
            {
                Assert.True(documents.Any(d => Resolves(d, path.Groups[1].Value.Split('.'))), $"Q{query.Number}: c.{path.Groups[1].Value} is not in any {query.Container} document.");
            }

            foreach (Match join in JoinPath().Matches(query.Cosmos))
            {
                var (alias, array) = (join.Groups[1].Value, join.Groups[2].Value.Split('.'));
                var items = documents.SelectMany(d => Find(d, array) is JsonArray a ? a.OfType<JsonObject>() : []).ToList();
                Assert.True(items.Count > 0, $"Q{query.Number}: no {query.Container} document has items in {join.Groups[2].Value}.");
                foreach (Match field in new Regex($@"\b{alias}(?:\.(\w+)|\[""(\w+)""\])").Matches(query.Cosmos))
                {
                    var name = field.Groups[1].Success ? field.Groups[1].Value : field.Groups[2].Value;
                    Assert.True(items.Any(i => i.ContainsKey(name)), $"Q{query.Number}: {alias}.{name} is not in any {join.Groups[2].Value} item.");
                }
            }

            // Bounded: the day partition, or (for analyses, which a re-analysis moves in time) the indexed window.
            Assert.True(query.Cosmos.Contains("c.day", StringComparison.Ordinal) || query.Cosmos.Contains("c.analyzed_at >= @from", StringComparison.Ordinal), $"Q{query.Number} is unbounded.");
            Assert.All(ParameterName().Matches(query.Cosmos).Select(m => m.Value), p => Assert.Contains(p, Parameters));
        }
    }

    private List<Dictionary<string, object?>> Run(DocQuery query)
    {
        using var connection = _warehouse.Database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = query.Sqlite;
        command.Parameters.AddWithValue("$from", "2000-01-01T00:00:00.000Z");
        command.Parameters.AddWithValue("$to", "2100-01-01T00:00:00.000Z");
        command.Parameters.AddWithValue("$hot", Hot);
        using var reader = command.ExecuteReader();
        var rows = new List<Dictionary<string, object?>>();
        while (reader.Read())
        {
            rows.Add(Enumerable.Range(0, reader.FieldCount).ToDictionary(reader.GetName, i => reader.IsDBNull(i) ? null : reader.GetValue(i)));
        }

        return rows;
    }

    /// <summary>Whether the document has the field (null counts: the adapter writes every column, with or without a value).</summary>
    private static bool Resolves(JsonObject document, string[] path) =>
        Find(document, path[..^1]) is JsonObject parent && parent.ContainsKey(path[^1]);

    private static JsonNode? Find(JsonObject document, string[] path)
    {
        JsonNode? current = document;
        foreach (var step in path)
        {
            current = current is JsonObject o && o.TryGetPropertyValue(step, out var next) ? next : null;
        }

        return current;
    }

    [GeneratedRegex(@"\bc\.([a-z_]+(?:\.[a-z_]+)*)")]
    private static partial Regex DocumentPath();

    [GeneratedRegex(@"JOIN (\w+) IN c\.([a-z_.]+)")]
    private static partial Regex JoinPath();

    [GeneratedRegex(@"@\w+")]
    private static partial Regex ParameterName();

    private sealed partial record DocQuery(int Number, string Container, string Sqlite, string Cosmos)
    {
        public static List<DocQuery> Parse()
        {
            var text = File.ReadAllText(Path.Combine(TestData.RepoRoot, "docs", "warehouse.md"));
            return Section().Matches(text).Select(m => new DocQuery(
                int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture), m.Groups["container"].Value, m.Groups["sql"].Value, m.Groups["cosmos"].Value)).ToList();
        }

        [GeneratedRegex(@"### Q(?<n>\d+)\.[^\n]*\n\nCosmos container: `(?<container>[a-z_]+)`\.\n\n```sql\n(?<sql>.*?)```\n\n```cosmos\n(?<cosmos>.*?)```", RegexOptions.Singleline)]
        private static partial Regex Section();
    }
}
