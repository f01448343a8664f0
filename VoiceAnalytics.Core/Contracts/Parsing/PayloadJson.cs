using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace VoiceAnalytics.Core.Contracts.Parsing;

/// <summary>The serializer settings of the wire format: snake_case names, nulls left out when writing and read as absent.</summary>
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
            // null reads as absent wherever the contract's types are not nullable (README, "What a payload must hold").
            TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { NullMeansAbsent.Apply } },
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
