using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using VoiceAnalytics.Core.Storage.Sqlite;
using VoiceAnalytics.Core.Warehouse;
using VoiceAnalytics.Core.Warehouse.Sqlite;
using VoiceAnalytics.Tests.Support;

namespace VoiceAnalytics.Tests.Warehouse.Cosmos;

/// <summary>
/// The SQLite adapter (real, in a temp file) and the Cosmos adapter (on the in-memory containers) seeded with the
/// same records: what the Cosmos ports answer must equal what SQLite answers.
/// </summary>
internal sealed class SideBySideWarehouse : IDisposable
{
    public static readonly DateTimeOffset Base = new(2026, 3, 9, 21, 0, 0, TimeSpan.Zero);

    private static readonly string[] Files = [AnalyzedSessions.Qualified, AnalyzedSessions.Abandoned, "kb_search_failures_frustrated.json"];
    private static readonly string?[] Emails = ["ana@example.com", " Ana@Example.com ", "bo@example.com", null];

    private readonly TempFolder _folder = new();

    public SideBySideWarehouse()
    {
        var database = Database = new SqliteDatabase(Path.Combine(_folder.Path, "warehouse.db"), [new WarehouseSchema(), new DashboardRollupSchema()]);
        Sqlite = new WarehousePorts(
            new SqliteWarehouseWriter(database), new SqliteOpsFigures(database), new SqliteDigestFigures(database), new SqliteExecutiveFigures(database),
            new SqliteDashboardFigures(database), new SqliteLeadHistory(database), new SqliteAlertHistory(database), () => ValueTask.CompletedTask);
        Cosmos = new InMemoryCosmosWarehouse(Time);
        CosmosPorts = Cosmos.Ports();
    }

    public FakeTimeProvider Time { get; } = new(Base);

    public SqliteDatabase Database { get; }

    public WarehousePorts Sqlite { get; }

    public InMemoryCosmosWarehouse Cosmos { get; }

    public WarehousePorts CosmosPorts { get; }

    /// <summary>
    /// Twelve analyzed sessions 47 minutes apart across a UTC midnight, from three payloads, four callers (one email
    /// written two ways, one caller without email), some analyzed again hours later; each written to both adapters,
    /// one of them twice (a replay).
    /// </summary>
    public async Task SeedAsync()
    {
        for (var i = 0; i < 12; i++)
        {
            var record = Record(i);
            await Sqlite.Writer.WriteAsync(record, CancellationToken.None);
            await CosmosPorts.Writer.WriteAsync(record, CancellationToken.None);
        }

        await Sqlite.Writer.WriteAsync(Record(3), CancellationToken.None);
        await CosmosPorts.Writer.WriteAsync(Record(3), CancellationToken.None);
    }

    public static WarehouseRecord Record(int i)
    {
        var (session, _) = AnalyzedSessions.Analyze(Files[i % Files.Length], $"side-{i:00}");
        var start = Base.AddMinutes(47 * i);
        var shifted = session with
        {
            StartTime = start,
            EndTime = start.AddSeconds(session.EffectiveDurationSeconds),
            UserEmail = Emails[i % Emails.Length],
            UserName = i % 5 == 0 ? null : $"Caller {i % Emails.Length}",
        };
        var analyzedAt = i % 4 == 3 ? start.AddHours(30) : start.AddMinutes(12);
        return WarehouseRecordBuilder.Build(shifted, AnalyzedSessions.Report(shifted, analyzedAt), analyzedAt);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }
}
