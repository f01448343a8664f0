using System.Text.Json;
using System.Text.Json.Serialization;

namespace VoiceAnalytics.Core.Contracts.Parsing;

/// <summary>
/// ISO 8601 date-times as the agent writes them. Python's <c>datetime.now().isoformat()</c> has no offset (the seeds'
/// collection code sends that); such a time is read as UTC, never as the server's local time.
/// </summary>
internal static class IsoTime
{
    public static bool TryRead(JsonElement value, out DateTimeOffset time) =>
        value.TryGetDateTimeOffset(out time) && Settle(value.GetString()!, ref time);

    public static bool TryRead(ref Utf8JsonReader reader, out DateTimeOffset time) =>
        reader.TryGetDateTimeOffset(out time) && Settle(reader.GetString()!, ref time);

    private static bool Settle(string text, ref DateTimeOffset time)
    {
        if (!HasOffset(text))
        {
            time = new DateTimeOffset(DateTime.SpecifyKind(time.DateTime, DateTimeKind.Unspecified), TimeSpan.Zero);
        }

        return true;
    }

    /// <summary>Whether the time part ends with Z or ±hh[:mm]; a date alone has no offset.</summary>
    private static bool HasOffset(string text)
    {
        var timePart = text.IndexOfAny(['T', 't', ' ']);
        return timePart >= 0 && text.AsSpan(timePart).IndexOfAny("Zz+-") >= 0;
    }
}

/// <summary>Reads an ISO 8601 date-time; without an offset it is UTC (<see cref="IsoTime"/>). Writes it round-trip.</summary>
internal sealed class UtcUnlessOffset : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String && IsoTime.TryRead(ref reader, out var time) ? time : throw new JsonException("Not an ISO 8601 date-time.");

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
