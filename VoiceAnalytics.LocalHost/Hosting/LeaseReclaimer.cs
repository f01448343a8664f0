using Microsoft.Extensions.Options;
using VoiceAnalytics.Core.Storage;
using VoiceAnalytics.Core.Storage.Sqlite;

namespace VoiceAnalytics.LocalHost.Hosting;

/// <summary>
/// At start, before the queue pump: the local host is the only consumer of its embedded queue, so every message
/// still leased belongs to a run that is gone (a crash, a kill). It is made visible again at once instead of after
/// the 5-minute lease. Under Azure nothing like this runs: other instances may hold those leases.
/// </summary>
public sealed partial class LeaseReclaimer(IOptions<StorageOptions> storage, IServiceProvider services, ILogger<LeaseReclaimer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (storage.Value.Provider != StorageProvider.Sqlite)
        {
            return;
        }

        var reclaimed = await services.GetRequiredService<SqliteSessionQueue>().ReclaimLeasesAsync(cancellationToken).ConfigureAwait(false);
        if (reclaimed > 0)
        {
            Reclaimed(logger, reclaimed);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(2010, LogLevel.Information, "Re-delivering {Count} session(s) that were in flight when the host last stopped")]
    private static partial void Reclaimed(ILogger logger, int count);
}
