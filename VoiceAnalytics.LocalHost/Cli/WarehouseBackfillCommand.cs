using System.Globalization;
using Microsoft.Extensions.Options;
using VoiceAnalytics.Core.Warehouse;
using VoiceAnalytics.Core.Warehouse.Cosmos;

namespace VoiceAnalytics.LocalHost.Cli;

/// <summary>
/// <c>warehouse-backfill [--page N]</c>: copies the embedded warehouse (<c>Storage:Path</c>) into the Cosmos DB
/// warehouse of <c>Warehouse:Cosmos:*</c> with bulk writes, printing progress. Idempotent: run it again after a stop.
/// Exit code 0 when every session was copied, 1 when a write failed, 2 for bad arguments or no Cosmos endpoint.
/// </summary>
public static class WarehouseBackfillCommand
{
    public const string Usage = "usage: warehouse-backfill [--page N]   (N sessions per bulk page, 1-5000, default 500)";

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, IServiceProvider? services = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var page = 500;
        if (args is ["--page", var text] && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var size) && size is >= 1 and <= 5000)
        {
            page = size;
        }
        else if (args.Length != 0)
        {
            await error.WriteLineAsync(Usage).ConfigureAwait(false);
            return 2;
        }

        if (services is not null)
        {
            return await RunAsync(page, services, output, error, cancellationToken).ConfigureAwait(false);
        }

        await using var owned = OfflineServices.Build();
        return await RunAsync(page, owned, output, error, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<int> RunAsync(int page, IServiceProvider services, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var cosmos = services.GetRequiredService<IOptions<CosmosWarehouseOptions>>().Value;
        if (string.IsNullOrWhiteSpace(cosmos.Endpoint))
        {
            await error.WriteLineAsync("Warehouse:Cosmos:Endpoint is not set: there is no Cosmos DB warehouse to copy into (README, Configuration).").ConfigureAwait(false);
            return 2;
        }

        var target = services.GetRequiredService<CosmosWarehouseBackfill>();
        try
        {
            var copied = await services.GetRequiredService<WarehouseBackfill>().RunAsync(
                target.BackfillAsync, page, n => output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"copied {n} sessions")), cancellationToken).ConfigureAwait(false);
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Done: {copied} sessions copied into {cosmos.Database} at {cosmos.Endpoint}.")).ConfigureAwait(false);
            return 0;
        }
        catch (Microsoft.Azure.Cosmos.CosmosException ex)
        {
            await error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Cosmos DB refused a write ({(int)ex.StatusCode} {ex.StatusCode}); run the command again to resume.")).ConfigureAwait(false);
            return 1;
        }
    }
}
