using System.Text.Json;
using System.Text.Json.Serialization;

namespace VoiceAnalytics.Core.Contracts.Parsing;

/// <summary>Reads a LiveKit message content list, keeping strings and skipping image/audio objects.</summary>
internal sealed class TextContentConverter : JsonConverter<IReadOnlyList<string>>
{
    public override IReadOnlyList<string> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return [reader.GetString()!];
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException("content must be an array");
        }

        var parts = new List<string>(1);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType == JsonTokenType.String)
            {
                parts.Add(reader.GetString()!);
            }
            else
            {
                reader.Skip();
            }
        }

        return parts;
    }

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<string> value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        foreach (var part in value)
        {
            writer.WriteStringValue(part);
        }

        writer.WriteEndArray();
    }
}
