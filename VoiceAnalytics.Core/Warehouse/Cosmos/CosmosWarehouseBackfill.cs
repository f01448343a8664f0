using Microsoft.Extensions.Options;

namespace VoiceAnalytics.Core.Warehouse.Cosmos;

/// <summary>
/// Copies records into the Cosmos warehouse on a client of its own with <c>AllowBulkExecution</c>
/// (learn.microsoft.com/azure/cosmos-db/nosql/tutorial-dotnet-bulk-import): the same idempotent writes, many in
/// flight. The client is made on the first page and kept for the next ones.
/// </summary>
public sealed class CosmosWarehouseBackfill(IOptions<CosmosWarehouseOptions> options, TimeProvider time) : IDisposable
{
    private Microsoft.Azure.Cosmos.CosmosClient? _client;
    private CosmosWarehouseWriter? _writer;

    public async Task BackfillAsync(IReadOnlyList<WarehouseRecord> records, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (_writer is null)
        {
            _client = CosmosClientFactory.Create(settings, bulk: true);
            if (settings.CreateIfMissing)
            {
                await CosmosClientFactory.CreateIfMissingAsync(_client, settings, cancellationToken).ConfigureAwait(false);
            }

            var store = new CosmosStore(CosmosContainers.Of(_client.GetDatabase(settings.Database)), new CosmosRetry(options, time));
            _writer = new CosmosWarehouseWriter(store, new CosmosLeadProfiles(store, options));
        }

        await _writer.BackfillAsync(records, settings.BackfillParallelism, cancellationToken).ConfigureAwait(false);
    }

    public void Dispose() => _client?.Dispose();
}
