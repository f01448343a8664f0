using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using VoiceAnalytics.Core;
using VoiceAnalytics.Core.Alerts.History;
using VoiceAnalytics.Core.Warehouse;
using VoiceAnalytics.Core.Warehouse.Cosmos;
using VoiceAnalytics.Core.Warehouse.Sqlite;
using VoiceAnalytics.Tests.Support;

namespace VoiceAnalytics.Tests.Warehouse;

/// <summary><c>Warehouse:Provider</c> selects the adapter of every port; Cosmos settings are checked at start.</summary>
public sealed class WarehouseServiceCollectionExtensionsTests
{
    [Fact]
    public void AddWarehouse_ProviderCosmos_EveryPortIsTheCosmosAdapter()
    {
        using var folder = new TempFolder();
        using var provider = Build(folder, new() { ["Warehouse:Provider"] = "Cosmos", ["Warehouse:Cosmos:Endpoint"] = "https://example.documents.azure.com:443/", ["Warehouse:Cosmos:Key"] = Convert.ToBase64String(new byte[64]) });

        Assert.IsType<CosmosWarehouseWriter>(provider.GetRequiredService<IWarehouseWriter>());
        Assert.IsType<CosmosOpsFigures>(provider.GetRequiredService<IOpsFigures>());
        Assert.IsType<CosmosDigestFigures>(provider.GetRequiredService<IDigestFigures>());
        Assert.IsType<CosmosExecutiveFigures>(provider.GetRequiredService<IExecutiveFigures>());
        Assert.IsType<CosmosDashboardFigures>(provider.GetRequiredService<IDashboardFigures>());
        Assert.IsType<CosmosLeadHistory>(provider.GetRequiredService<ILeadHistory>());
        Assert.IsType<CosmosAlertHistory>(provider.GetRequiredService<IAlertHistory>());
        Assert.IsType<CosmosWarehousePrivacy>(provider.GetRequiredService<IWarehousePrivacy>());
    }

    [Fact]
    public void AddWarehouse_Default_EveryPortIsTheSqliteAdapter()
    {
        using var folder = new TempFolder();
        using var provider = Build(folder, []);

        Assert.IsType<SqliteWarehouseWriter>(provider.GetRequiredService<IWarehouseWriter>());
        Assert.IsType<SqliteOpsFigures>(provider.GetRequiredService<IOpsFigures>());
        Assert.IsType<SqliteAlertHistory>(provider.GetRequiredService<IAlertHistory>());
        Assert.IsType<SqliteWarehousePrivacy>(provider.GetRequiredService<IWarehousePrivacy>());
    }

    [Fact]
    public void AddWarehouse_CosmosWithoutEndpoint_StartFailsNamingTheSetting()
    {
        using var folder = new TempFolder();
        using var provider = Build(folder, new() { ["Warehouse:Provider"] = "Cosmos" });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<CosmosWarehouseOptions>>().Value);
        Assert.Contains("Warehouse:Cosmos:Endpoint", error.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Build(TempFolder folder, Dictionary<string, string?> settings)
    {
        settings["Storage:Path"] = folder.Path;
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddLogging();
        services.AddVoiceAnalyticsCore();
        return services.BuildServiceProvider();
    }
}
