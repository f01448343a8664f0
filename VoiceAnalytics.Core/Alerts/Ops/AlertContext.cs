using System.Text.Json;

namespace VoiceAnalytics.Core.Alerts.Ops;

/// <summary>The <c>context</c> JSON of an alerts_history row, written from a rule's figures and read back to notify.</summary>
internal static class AlertContext
{
    public static string Write(IReadOnlyDictionary<string, object?> figures) => JsonSerializer.Serialize(figures);

    /// <summary>The top-level properties of the stored context; empty when there is none or it is not an object.</summary>
    public static IReadOnlyDictionary<string, object?> Read(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return new Dictionary<string, object?>();
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.ValueKind == JsonValueKind.Object
                ? document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value.Clone(), StringComparer.Ordinal)
                : new Dictionary<string, object?>();
        }
        catch (JsonException)
        {
            return new Dictionary<string, object?>();
        }
    }

    /// <summary>A value as short text for a Slack field.</summary>
    public static string Show(object? value) => value switch
    {
        null => "-",
        JsonElement { ValueKind: JsonValueKind.String } text => text.GetString() ?? "",
        JsonElement { ValueKind: JsonValueKind.Array } list => string.Join("; ", list.EnumerateArray().Select(e => Show(e))),
        JsonElement { ValueKind: JsonValueKind.Null } => "-",
        JsonElement element => element.GetRawText(),
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "",
    };
}
