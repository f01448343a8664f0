namespace VoiceAnalytics.Core.Warehouse;

/// <summary>Where the warehouse lives (section <c>Warehouse</c>).</summary>
public sealed class WarehouseOptions
{
    public const string Section = "Warehouse";

    /// <summary><c>Sqlite</c> (default): the tables of spec 8.1 in the embedded database file of <c>Storage:Path</c>.</summary>
    public WarehouseProvider Provider { get; set; } = WarehouseProvider.Sqlite;
}

public enum WarehouseProvider
{
    Sqlite,
}
