using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using VoiceAnalytics.Core.Warehouse.Sqlite;

namespace VoiceAnalytics.Core.Warehouse.Cosmos;

/// <summary>
/// How warehouse documents serialize: the rows' <c>[JsonPropertyName]</c>s (the SQLite column names), nulls kept (a
/// column without a value reads as null in both stores), and timestamps as the SQLite text (UTC, milliseconds, "Z"),
/// so a range filter on a timestamp string is a time range in Cosmos as in SQLite.
/// </summary>
public static class CosmosJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    public static JsonObject ToObject<T>(T value) =>
        JsonSerializer.SerializeToNode(value, Options) as JsonObject ?? throw new InvalidOperationException($"{typeof(T).Name} does not serialize to a JSON object.");

    public static T Read<T>(JsonObject document) =>
        document.Deserialize<T>(Options) ?? throw new InvalidOperationException($"A {typeof(T).Name} document was null.");

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.General) { DefaultIgnoreCondition = JsonIgnoreCondition.Never };
        options.Converters.Add(new WarehouseTimeConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    private sealed class WarehouseTimeConverter : JsonConverter<DateTimeOffset>
    {
        public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            WarehouseTime.Parse(reader.GetString() ?? throw new JsonException("A timestamp was null."));

        public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
            writer.WriteStringValue(WarehouseTime.Format(value));
    }
}
