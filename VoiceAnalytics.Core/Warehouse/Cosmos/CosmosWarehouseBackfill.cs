using Microsoft.Extensions.Options;

namespace VoiceAnalytics.Core.Warehouse.Cosmos;

/// <summary>
/// Copies records into the Cosmos warehouse on a client of its own with <c>AllowBulkExecution</c>
/// (learn.microsoft.com/azure/cosmos-db/nosql/tutorial-dotnet-bulk-import): the same idempotent writes, many in flight.
/// </summary>
public sealed class CosmosWarehouseBackfill(IOptions<CosmosWarehouseOptions> options, TimeProvider time)
{
    public async Task BackfillAsync(IEnumerable<WarehouseRecord> records, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var client = CosmosClientFactory.Create(settings, bulk: true);
        if (settings.CreateIfMissing)
        {
            await CosmosClientFactory.CreateIfMissingAsync(client, settings, cancellationToken).ConfigureAwait(false);
        }

        var store = new CosmosStore(CosmosContainers.Of(client.GetDatabase(settings.Database)), new CosmosRetry(options, time));
        var writer = new CosmosWarehouseWriter(store, new CosmosLeadProfiles(store, options));
        await writer.BackfillAsync(records, settings.BackfillParallelism, cancellationToken).ConfigureAwait(false);
    }
}
