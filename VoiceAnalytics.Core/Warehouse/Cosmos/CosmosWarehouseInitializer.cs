using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace VoiceAnalytics.Core.Warehouse.Cosmos;

/// <summary>Creates the database and containers at start when <c>Warehouse:Cosmos:CreateIfMissing</c> is on and Cosmos is the warehouse.</summary>
public sealed class CosmosWarehouseInitializer(IOptions<WarehouseOptions> warehouse, IOptions<CosmosWarehouseOptions> options, IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) =>
        warehouse.Value.Provider == WarehouseProvider.Cosmos && options.Value.CreateIfMissing
            ? CosmosClientFactory.CreateIfMissingAsync(((CosmosWarehouseConnection)services.GetService(typeof(CosmosWarehouseConnection))!).Client, options.Value, cancellationToken)
            : Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
