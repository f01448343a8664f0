using Microsoft.Extensions.Time.Testing;

namespace VoiceAnalytics.Tests.Warehouse.Cosmos;

/// <summary>The shared warehouse suite on the Cosmos adapter, over the in-memory containers (no emulator runs here).</summary>
public sealed class CosmosWarehouseContractTests : WarehouseContract
{
    protected override Task<WarehousePorts> OpenAsync(FakeTimeProvider time) => InMemoryCosmosWarehouse.OpenAsync(time);
}
