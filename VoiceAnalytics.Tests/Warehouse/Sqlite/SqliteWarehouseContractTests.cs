using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using VoiceAnalytics.Core.Alerts.History;
using VoiceAnalytics.Core.Storage.Sqlite;
using VoiceAnalytics.Core.Warehouse.Sqlite;
using VoiceAnalytics.Tests.Support;

namespace VoiceAnalytics.Tests.Warehouse.Sqlite;

/// <summary>The shared warehouse suite on the SQLite adapter: a real database file in a temp folder.</summary>
public sealed class SqliteWarehouseContractTests : WarehouseContract
{
    protected override Task<WarehousePorts> OpenAsync(FakeTimeProvider time)
    {
        var folder = new TempFolder();
        var database = new SqliteDatabase(Path.Combine(folder.Path, "warehouse.db"), [new WarehouseSchema(), new DashboardRollupSchema()]);
        IAlertHistory alerts = new SqliteAlertHistory(database);
        return Task.FromResult(new WarehousePorts(
            new SqliteWarehouseWriter(database),
            new SqliteOpsFigures(database),
            new SqliteDigestFigures(database),
            new SqliteExecutiveFigures(database),
            new SqliteDashboardFigures(database),
            new SqliteLeadHistory(database),
            alerts,
            () =>
            {
                SqliteConnection.ClearAllPools();
                folder.Dispose();
                return ValueTask.CompletedTask;
            },
            new SqliteLeadProfiles(database),
            new SqliteWarehousePrivacy(database),
            new SqliteDashboardLists(database),
            new SqliteDashboardHours(database)));
    }
}
