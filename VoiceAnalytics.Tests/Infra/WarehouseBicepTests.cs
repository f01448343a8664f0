using System.Text.Json;
using VoiceAnalytics.Core.Warehouse.Cosmos;

namespace VoiceAnalytics.Tests.Infra;

/// <summary>The Cosmos warehouse in infra/main.bicep matches the adapter: containers, partition keys, settings, data access.</summary>
public sealed class WarehouseBicepTests
{
    private static CompiledTemplate Template => CompiledTemplate.Instance;

    [Fact]
    public void WarehouseContainers_AreTheAdaptersWithItsPartitionKeys()
    {
        var declared = Template.Root.GetProperty("variables").GetProperty("warehouseContainers").EnumerateArray()
            .Select(c => (Name: c.GetProperty("name").GetString()!, PartitionKeyPath: c.GetProperty("partitionKey").GetString()!))
            .ToList();

        Assert.Equal(CosmosContainers.Definitions, declared);
        var resource = Template.Single("Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers").GetProperty("properties").GetProperty("resource");
        Assert.Equal("Hash", resource.GetProperty("partitionKey").GetProperty("kind").GetString());
        Assert.Equal(2, resource.GetProperty("partitionKey").GetProperty("version").GetInt32());
        Assert.Equal("consistent", resource.GetProperty("indexingPolicy").GetProperty("indexingMode").GetString());
    }

    [Fact]
    public void WarehouseContainers_KeepTheQueriedFieldsIndexed()
    {
        // A window query filters on these; excluding one from the index would make it a scan.
        string[] queried = ["/day", "/start_time", "/ended_at", "/analyzed_at", "/first_turn_at", "/last_turn_at", "/triggered_at", "/alert_id", "/session_id", "/sales_intelligence", "/content_gaps",
            "/redacted_at", "/qualification_tier", "/doc_type"];
        var excluded = Template.Root.GetProperty("variables").GetProperty("warehouseContainers").EnumerateArray()
            .SelectMany(c => c.GetProperty("excludedPaths").EnumerateArray().Select(p => p.GetString()!))
            .ToList();

        Assert.All(queried, path => Assert.DoesNotContain(excluded, e => e == path + "/?" || e == path + "/*"));
    }

    [Fact]
    public void AppSettings_SelectTheCosmosWarehouseThroughTheIdentity()
    {
        Assert.Equal("Cosmos", Template.Setting("Warehouse__Provider"));
        Assert.Equal("voice-analytics", Template.Setting("Warehouse__Cosmos__Database"));
        Assert.Contains("documentEndpoint", Template.AppSettings["Warehouse__Cosmos__Endpoint"], StringComparison.Ordinal);
        Assert.DoesNotContain("Warehouse__Cosmos__Key", Template.AppSettings.Keys);
        Assert.Contains("AZURE_CLIENT_ID", Template.AppSettings.Keys);

        var account = Template.Single("Microsoft.DocumentDB/databaseAccounts").GetProperty("properties");
        Assert.True(account.GetProperty("disableLocalAuth").GetBoolean());
        var role = Template.Single("Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments").GetProperty("properties");
        Assert.Contains("00000000-0000-0000-0000-000000000002", role.GetProperty("roleDefinitionId").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.String, role.GetProperty("principalId").ValueKind);
    }
}
