namespace VoiceAnalytics.Core.Warehouse;

/// <summary>Where the warehouse lives (section <c>Warehouse</c>).</summary>
public sealed class WarehouseOptions
{
    public const string Section = "Warehouse";

    /// <summary><c>Sqlite</c> (default): the tables of spec 8.1 in the embedded database file of <c>Storage:Path</c>.
    /// <c>Cosmos</c>: the six containers of spec 8.1 in Azure Cosmos DB (<c>Warehouse:Cosmos:*</c>, docs/warehouse.md).</summary>
    public WarehouseProvider Provider { get; set; } = WarehouseProvider.Sqlite;
}

public enum WarehouseProvider
{
    Sqlite,
    Cosmos,
}
