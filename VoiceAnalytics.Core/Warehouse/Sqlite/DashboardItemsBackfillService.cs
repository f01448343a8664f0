using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace VoiceAnalytics.Core.Warehouse.Sqlite;

/// <summary>
/// Runs <see cref="DashboardItemsBackfill"/> in the background after start when the embedded database is the warehouse
/// (resolved only then: a Cosmos warehouse opens no SQLite file for it). A failure is logged, not thrown: the lists
/// miss the older sessions until the next start resumes the backfill, and the host keeps serving.
/// </summary>
public sealed partial class DashboardItemsBackfillService(IOptions<WarehouseOptions> options, IServiceProvider services, ILogger<DashboardItemsBackfillService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.Provider != WarehouseProvider.Sqlite)
        {
            return;
        }

        try
        {
            await services.GetRequiredService<DashboardItemsBackfill>().RunAsync(stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: the next start resumes after the last page done.
        }
        catch (Microsoft.Data.Sqlite.SqliteException e)
        {
            Failed(logger, e.SqliteErrorCode, e.Message);
        }
    }

    [LoggerMessage(9723, LogLevel.Error, "Dashboard list rollup backfill stopped (SQLite error {Code}: {Reason}); the next start resumes it")]
    private static partial void Failed(ILogger logger, int code, string reason);
}
