using FsCheck;
using FsCheck.Fluent;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using VoiceAnalytics.Core.Storage.Sqlite;
using VoiceAnalytics.Core.Warehouse;
using VoiceAnalytics.Core.Warehouse.Lists;
using VoiceAnalytics.Core.Warehouse.Sqlite;
using VoiceAnalytics.Tests.Support;
using static VoiceAnalytics.Tests.Warehouse.ListRecords;
using static VoiceAnalytics.Tests.Warehouse.WarehouseRecords;

namespace VoiceAnalytics.Tests.Warehouse.Sqlite;

/// <summary>
/// The ranked lists' rollup stays equal to a from-scratch count of the sessions that remain, whatever the order of
/// writes, rewrites (re-analysis) and erasures; the start-up backfill builds the same rollup for an old file.
/// </summary>
public sealed class DashboardItemsRollupTests : IDisposable
{
    private static readonly DateTimeOffset Day = new(2026, 8, 17, 0, 0, 0, TimeSpan.Zero);
    private readonly TempFolder _folder = new();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }

    [Fact]
    public void Rollup_AnyWritesRewritesAndErasures_EqualsARecount()
    {
        var operation = Gen.Zip(Gen.Choose(0, 5), Gen.Choose(-1, 1000));
        Prop.ForAll(operation.ListOf().ToArbitrary(), operations =>
        {
            var database = Open();
            var writer = new SqliteWarehouseWriter(database);
            var privacy = new SqliteWarehousePrivacy(database);
            var live = new Dictionary<int, WarehouseRecord>();
            foreach (var (session, seed) in operations)
            {
                if (seed < 0)
                {
                    privacy.EraseAsync(["r-" + session], null, null, CancellationToken.None).GetAwaiter().GetResult();
                    live.Remove(session);
                }
                else
                {
                    live[session] = RandomRecord(session, seed);
                    writer.WriteAsync(live[session], CancellationToken.None).GetAwaiter().GetResult();
                }
            }

            Assert.Equal(Recount(live.Values), Rollup(database));
            Assert.Equal(Recount(live.Values, keyLength: 10), Rollup(database, "dashboard_item_days"));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(60));
    }

    [Fact]
    public async Task Totals_AnyWindow_EqualARecountOfItsHours()
    {
        var database = Open();
        var writer = new SqliteWarehouseWriter(database);
        var records = Enumerable.Range(0, 40).Select(i => RandomRecord(i, 500 + i)).Select((r, i) => Moved(r, Day.AddHours(i * 97 % 80))).ToList();
        foreach (var record in records)
        {
            await writer.WriteAsync(record, CancellationToken.None);
        }

        var lists = new SqliteDashboardLists(database);
        // From any minute, for 0 to 84 whole hours: with and without whole UTC days, starting on and off midnight.
        Prop.ForAll(Gen.Zip(Gen.Choose(0, 84 * 60), Gen.Choose(0, 84)).ToArbitrary(), window =>
        {
            var (startMinute, length) = window;
            // A window that does not start on the hour counts from the next whole hour (SqliteDashboardLists.HourKey).
            var firstHour = Day.AddHours((startMinute + 59) / 60);
            var filter = new DashboardFilter(Day.AddMinutes(startMinute), firstHour.AddHours(length));
            foreach (var kind in new[] { DashboardItemKinds.Objection, DashboardItemKinds.LeadScore, DashboardItemKinds.KnowledgeSearch })
            {
                var expected = records
                    .Where(r => TruncatedToHour(r.Session.StartTime) >= firstHour && r.Session.StartTime < filter.To)
                    .SelectMany(r => DashboardItemExtractor.Extract(DashboardItemSource.Of(r)).Where(i => i.Kind == kind).Select(i => (Record: r, Item: i)))
                    .GroupBy(x => (x.Item.Item, x.Item.Sub, x.Record.Session.QualificationTier ?? ""))
                    .Select(g => $"{g.Key.Item}|{g.Key.Sub}|{g.Key.Item3}|{g.Count()}|{g.Sum(x => x.Item.Count)}|{g.Sum(x => x.Item.Positive)}|{g.Sum(x => x.Item.ValueSum)}")
                    .Order(StringComparer.Ordinal);
                var actual = lists.TotalsAsync(filter, kind, CancellationToken.None).GetAwaiter().GetResult()
                    .Select(t => $"{t.Item}|{t.Sub}|{t.Tier ?? ""}|{t.Sessions}|{t.Count}|{t.Positive}|{t.ValueSum}")
                    .Order(StringComparer.Ordinal);
                Assert.Equal(expected, actual);
            }
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(80));
    }

    [Fact]
    public async Task Open_FileWithHoursButNoDays_SumsTheDaysFromTheHours()
    {
        var database = Open();
        var writer = new SqliteWarehouseWriter(database);
        var records = Enumerable.Range(0, 12).Select(i => RandomRecord(i, 900 + i)).ToList();
        foreach (var record in records)
        {
            await writer.WriteAsync(record, CancellationToken.None);
        }

        var days = Rollup(database, "dashboard_item_days");
        Assert.NotEmpty(days);
        // As a file from before the day table: its hours only.
        Execute(database, "DELETE FROM dashboard_item_days;");
        SqliteConnection.ClearAllPools();

        var reopened = new SqliteDatabase(database.File, [new WarehouseSchema(), new DashboardRollupSchema()]);

        Assert.Equal(days, Rollup(reopened, "dashboard_item_days"));
        Assert.Equal(Recount(records, keyLength: 10), days);
    }

    private static WarehouseRecord Moved(WarehouseRecord record, DateTimeOffset start) =>
        record with { Session = record.Session with { StartTime = start, CreatedAt = start } };

    private static DateTimeOffset TruncatedToHour(DateTimeOffset time) => new(time.Year, time.Month, time.Day, time.Hour, 0, 0, time.Offset);

    [Fact]
    public async Task Backfill_OldFile_BuildsTheRollupTheWritesWould()
    {
        var database = Open();
        var records = Enumerable.Range(0, 7).Select(i => RandomRecord(i, 100 + i)).ToList();
        foreach (var record in records)
        {
            await new SqliteWarehouseWriter(database).WriteAsync(record, CancellationToken.None);
        }

        var written = Rollup(database);
        Wipe(database);

        var progress = new VoiceAnalytics.Core.Warehouse.Dashboard.DashboardRollupProgress();
        var counted = await new DashboardItemsBackfill(
            database, new SqliteWarehouseExport(database), new FakeTimeProvider(Day), NullLogger<DashboardItemsBackfill>.Instance, progress).RunAsync(CancellationToken.None);

        Assert.Equal(7, counted);
        Assert.Empty(progress.Building);
        Assert.Equal(new VoiceAnalytics.Core.Warehouse.Dashboard.RollupBuild("lists", 7, 7), progress.Finished["lists"]);
        Assert.Equal(written, Rollup(database));
        Assert.Equal(Recount(records, keyLength: 10), Rollup(database, "dashboard_item_days"));
        Assert.Equal(0, await Backfill(database).RunAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Backfill_KilledAfterAPage_ResumesAfterIt()
    {
        var database = Open();
        var records = Enumerable.Range(0, 5).Select(i => RandomRecord(i, 200 + i)).ToList();
        foreach (var record in records)
        {
            await new SqliteWarehouseWriter(database).WriteAsync(record, CancellationToken.None);
        }

        var written = Rollup(database);
        Wipe(database);
        // As a kill leaves it: the first page (r-0, r-1) counted and its progress saved in the same transaction.
        foreach (var record in records.Take(2))
        {
            await new SqliteWarehouseWriter(database).WriteAsync(record, CancellationToken.None);
        }

        Execute(database, "INSERT INTO dashboard_items_backfill (id, after_session_id) VALUES (1, 'r-1');");

        Assert.Equal(3, await Backfill(database).RunAsync(CancellationToken.None));
        Assert.Equal(written, Rollup(database));
    }

    [Fact]
    public async Task Backfill_SessionWrittenLiveMeanwhile_KeepsTheLiveFigures()
    {
        var database = Open();
        await new SqliteWarehouseWriter(database).WriteAsync(RandomRecord(0, 1), CancellationToken.None);
        Wipe(database);
        // A rewrite lands before the backfill reaches the session: the backfill must not count the session again.
        var rewritten = RandomRecord(0, 2);
        await new SqliteWarehouseWriter(database).WriteAsync(rewritten, CancellationToken.None);

        Assert.Equal(0, await Backfill(database).RunAsync(CancellationToken.None));
        Assert.Equal(Recount([rewritten]), Rollup(database));
    }

    [Fact]
    public async Task Redact_Session_DropsItsQuotesKeepsItsCounts()
    {
        var database = Open();
        var record = Session("q-1", Day.AddHours(9), tier: "Tier 1", email: "dana.w@example.com", name: "Dana")
            .WithObjections([("pricing", "too expensive", false, "Dana here, too expensive")]);
        await new SqliteWarehouseWriter(database).WriteAsync(record, CancellationToken.None);
        var redaction = new VoiceAnalytics.Core.Privacy.PersonRedactions(new VoiceAnalytics.Core.Privacy.PersonKey("a-test-secret-of-at-least-32-characters!"))
            .For("dana.w@example.com", "Dana");

        await new SqliteWarehousePrivacy(database).RedactAsync("q-1", redaction, Day.AddDays(100), CancellationToken.None);

        var lists = new SqliteDashboardLists(database);
        var window = new DashboardFilter(Day, Day.AddDays(1));
        Assert.Null(Assert.Single(await lists.SessionsAsync(window, DashboardItemKinds.Objection, "too expensive", false, null, 10, CancellationToken.None)).Quote);
        Assert.Equal(1, Assert.Single(await lists.TotalsAsync(window, DashboardItemKinds.Objection, CancellationToken.None)).Count);
    }

    [Fact]
    public void Extract_Flood_BoundedPerKindAndCut()
    {
        var tools = Enumerable.Range(0, 30).Select(i => Search(i + new string('q', 250), 1)).ToArray();
        var record = Session("f-1", Day).WithTools(tools);

        var items = DashboardItemExtractor.Extract(DashboardItemSource.Of(record));

        var searches = items.Where(i => i.Kind == DashboardItemKinds.KnowledgeSearch).ToList();
        Assert.Equal(DashboardItemKinds.MaxItemsPerKind, searches.Count);
        Assert.All(searches, s => Assert.Equal(DashboardItemKinds.MaxItemLength, s.Item.Length));
        Assert.All(searches, s => Assert.Equal(DashboardItemKinds.MaxQuoteLength, s.Quote!.Length));
    }

    private SqliteDatabase Open() => new(Path.Combine(_folder.Path, Guid.NewGuid().ToString("N") + ".db"), [new WarehouseSchema(), new DashboardRollupSchema()]);

    private static DashboardItemsBackfill Backfill(SqliteDatabase database) => new(
        database, new SqliteWarehouseExport(database), new FakeTimeProvider(Day), NullLogger<DashboardItemsBackfill>.Instance);

    /// <summary>A session with seed-chosen filter values and list entries (few values, so entries collide across sessions).</summary>
    private static WarehouseRecord RandomRecord(int session, int seed)
    {
        var random = new Random(seed);
        string? Pick(params string?[] values) => values[random.Next(values.Length)];
        var start = Day.AddHours(random.Next(3) * 17).AddMinutes(session);
        var record = Session(
            "r-" + session, start, start.AddMinutes(5), tier: Pick(null, "Tier 1", "Tier 2"), score: random.Next(3) == 0 ? null : random.Next(101),
            sentiment: Pick(null, "positive", "negative"), industry: Pick(null, "legal", "health"), agentVersion: Pick("a", "b"));
        record = record.WithAnalysis(AnalysisJson.Sales, AnalysisJson.SalesIntelligence(
            teamSize: random.Next(3) == 0 ? null : random.Next(40), integrations: new[] { "salesforce", "hubspot", "zapier" }.Where(_ => random.Next(2) == 0).ToList()));
        record = record.WithObjections(
            Enumerable.Range(0, random.Next(3)).Select(_ => (Pick("pricing", "timing")!, Pick("too expensive", "later")!, random.Next(2) == 0, "quote " + random.Next(3))),
            Enumerable.Range(0, random.Next(3)).Select(_ => (Pick("docusign", "pandadoc")!, Pick("positive", "negative")!, "said " + random.Next(3))));
        return record.WithTools([.. Enumerable.Range(0, random.Next(4)).Select(_ => random.Next(4) == 0 ? FailedSearch("sso") : Search(Pick("sso", "Pricing", "pricing ")!, random.Next(3)))]);
    }

    /// <summary>The rollup recounted from the records, by hour (<paramref name="keyLength"/> 13) or by day (10).</summary>
    private static List<string> Recount(IEnumerable<WarehouseRecord> records, int keyLength = 13) =>
        [.. records
            .SelectMany(r => DashboardItemExtractor.Extract(DashboardItemSource.Of(r)).Select(i => (Record: r, Item: i)))
            .GroupBy(x => string.Join('|', x.Item.Kind, WarehouseFormat(x.Record.Session.StartTime)[..keyLength], x.Item.Item, x.Item.Sub,
                x.Record.Session.QualificationTier ?? "", x.Record.Session.Sentiment ?? "", x.Record.Session.Industry ?? "", x.Record.Session.AgentVersion ?? ""))
            .Select(g => string.Join('|', g.Key, g.Count(), g.Sum(x => x.Item.Count), g.Sum(x => x.Item.Positive), g.Sum(x => x.Item.Zero),
                g.Sum(x => x.Item.ValueSum), g.Sum(x => x.Item.ValueCount)))
            .Order(StringComparer.Ordinal)];

    private static string WarehouseFormat(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", System.Globalization.CultureInfo.InvariantCulture);

    private static List<string> Rollup(SqliteDatabase database, string table = "dashboard_item_hours")
    {
        var time = table == "dashboard_item_days" ? "day" : "hour";
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT kind || '|' || {time} || '|' || item || '|' || sub || '|' || tier || '|' || sentiment || '|' || industry || '|' || agent_version
                   || '|' || sessions || '|' || count || '|' || positive || '|' || zero || '|' || value_sum || '|' || value_count
              FROM {table};
            """;
        var rows = new List<string>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            rows.Add(reader.GetString(0));
        }

        return [.. rows.Order(StringComparer.Ordinal)];
    }

    /// <summary>As a file from before the rollup: its tables empty.</summary>
    private static void Wipe(SqliteDatabase database) => Execute(
        database, "DELETE FROM dashboard_item_hours; DELETE FROM dashboard_item_days; DELETE FROM dashboard_session_items; DELETE FROM dashboard_item_sessions; DELETE FROM dashboard_items_backfill;");

    private static void Execute(SqliteDatabase database, string sql)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
