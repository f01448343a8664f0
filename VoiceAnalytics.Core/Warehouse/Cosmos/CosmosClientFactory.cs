using Azure.Identity;
using Microsoft.Azure.Cosmos;

namespace VoiceAnalytics.Core.Warehouse.Cosmos;

/// <summary>Builds the <see cref="CosmosClient"/> from <see cref="CosmosWarehouseOptions"/>: our serializer, the SDK's 429 retry settings, the key or the app's identity.</summary>
public static class CosmosClientFactory
{
    public static CosmosClient Create(CosmosWarehouseOptions settings, bool bulk = false)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var options = new CosmosClientOptions
        {
            ApplicationName = "voice-analytics",
            // System.Text.Json with the rows' column names and the warehouse's timestamp text.
            UseSystemTextJsonSerializerWithOptions = CosmosJson.Options,
            MaxRetryAttemptsOnRateLimitedRequests = settings.MaxRetryAttemptsOnRateLimitedRequests,
            MaxRetryWaitTimeOnRateLimitedRequests = settings.MaxRetryWaitTimeOnRateLimitedRequests,
            ConnectionMode = settings.ConnectionMode,
            // Bulk mode groups concurrent point writes per partition (backfills); it adds latency to single writes.
            AllowBulkExecution = bulk,
        };
        var endpoint = settings.Endpoint ?? throw new InvalidOperationException("Warehouse:Cosmos:Endpoint is not set.");
        return string.IsNullOrEmpty(settings.Key)
            ? new CosmosClient(endpoint, new DefaultAzureCredential(), options)
            : new CosmosClient(endpoint, settings.Key, options);
    }

    /// <summary>Creates the database and the six containers with their partition keys when missing (<see cref="CosmosWarehouseOptions.CreateIfMissing"/>).</summary>
    public static async Task CreateIfMissingAsync(CosmosClient client, CosmosWarehouseOptions settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(settings);
        var database = (await client.CreateDatabaseIfNotExistsAsync(settings.Database, cancellationToken: cancellationToken).ConfigureAwait(false)).Database;
        foreach (var (name, path) in CosmosContainers.Definitions)
        {
            await database.CreateContainerIfNotExistsAsync(new ContainerProperties(name, path), settings.ContainerThroughput, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
    }
}
