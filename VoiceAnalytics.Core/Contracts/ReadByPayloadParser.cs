using System.Text.Json;
using System.Text.Json.Serialization;

namespace VoiceAnalytics.Core.Contracts;

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

/// <summary>Reads an ISO 8601 date-time; without an offset it is UTC (<see cref="IsoTime"/>). Writes it round-trip.</summary>
internal sealed class UtcUnlessOffset : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String && IsoTime.TryRead(ref reader, out var time) ? time : throw new JsonException("Not an ISO 8601 date-time.");

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
