using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using VoiceAnalytics.Core.Storage.Sqlite;
using VoiceAnalytics.Core.Warehouse.Dashboard;

namespace VoiceAnalytics.Core.Warehouse.Sqlite;

/// <summary>
/// Runs <see cref="DashboardRollupBackfill"/> in the background after start when the embedded database is the warehouse,
/// so an older file's first start serves at once (at 1,000,000 sessions the build takes about half an hour; until it
/// ends the figures panels count the sessions rolled up so far). Small batches, each in this process's write turn, so
/// intake and the pump wait one batch at most. A failure is logged, not thrown: the next start resumes.
/// </summary>
public sealed partial class DashboardRollupBackfillService(
    IOptions<WarehouseOptions> options, IServiceProvider services, DashboardRollupProgress progress, ILogger<DashboardRollupBackfillService> logger) : BackgroundService
{
    internal const int BatchSize = 100;

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.Provider != WarehouseProvider.Sqlite)
        {
            return Task.CompletedTask;
        }

        // The backfill is synchronous (Microsoft.Data.Sqlite runs its async methods synchronously anyway): off the start path.
        return Task.Run(
            () =>
            {
                var database = services.GetRequiredService<SqliteDatabase>();
                try
                {
                    using var connection = database.Open();
                    new DashboardRollupBackfill(connection, logger, BatchSize, () => database.EnterWriteAsync(stoppingToken).GetAwaiter().GetResult(), progress)
                        .Run(stoppingToken);
                }
                catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
                {
                    // Stopping: the next start resumes with the sessions still without a facts row.
                }
                catch (Microsoft.Data.Sqlite.SqliteException e)
                {
                    Failed(logger, e.SqliteErrorCode, e.Message);
                }
            },
            CancellationToken.None);
    }

    [LoggerMessage(9314, LogLevel.Error, "Dashboard rollup backfill stopped (SQLite error {Code}: {Reason}); the next start resumes it")]
    private static partial void Failed(ILogger logger, int code, string reason);
}
