using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Options;

namespace VoiceAnalytics.Core.Warehouse.Cosmos;

/// <summary>The one <see cref="CosmosClient"/> of the process (the SDK wants a singleton) and the containers on it, made on first use.</summary>
public sealed class CosmosWarehouseConnection(IOptions<CosmosWarehouseOptions> options) : IDisposable
{
    private readonly Lazy<CosmosClient> _client = new(() => CosmosClientFactory.Create(options.Value));

    public CosmosClient Client => _client.Value;

    public CosmosContainers Containers => CosmosContainers.Of(Client.GetDatabase(options.Value.Database));

    public void Dispose()
    {
        if (_client.IsValueCreated)
        {
            _client.Value.Dispose();
        }
    }
}
