using System.Text.Json;
using System.Text.Json.Serialization;

namespace VoiceAnalytics.Core.Contracts.Parsing;

/// <summary>
/// Marks a section of <see cref="SessionPayload"/> that <see cref="PayloadParser"/> reads entry by entry, leniently
/// (<see cref="LenientSections"/>): the serializer skips it when reading and writes it as usual.
/// </summary>
internal sealed class ReadByPayloadParser<T> : JsonConverter<T>
{
    public override bool HandleNull => true;

    public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        reader.Skip();
        return default;
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => JsonSerializer.Serialize(writer, value, options);
}
