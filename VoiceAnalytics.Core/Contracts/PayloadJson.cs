using System.Text.Json;
using System.Text.Json.Serialization;

namespace VoiceAnalytics.Core.Contracts;

/// <summary>The serializer settings of the wire format: snake_case names, nulls left out.</summary>
public static class PayloadJson
{
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            DictionaryKeyPolicy = null,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            // LiveKit writes "type" wherever it likes in an item; do not require it first.
            AllowOutOfOrderMetadataProperties = true,
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
