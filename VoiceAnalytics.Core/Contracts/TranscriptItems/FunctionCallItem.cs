using System.Text.Json;

namespace VoiceAnalytics.Core.Contracts.TranscriptItems;

/// <summary>A tool call the LLM made; <see cref="Arguments"/> is a JSON string, as LiveKit stores it.</summary>
public sealed record FunctionCallItem : TranscriptItem
{
    public string CallId { get; init; } = "";
    public string Name { get; init; } = "";
    public string Arguments { get; init; } = "";
    /// <summary>Shared by parallel calls of one model response (1.7); null otherwise.</summary>
    public string? GroupId { get; init; }

    /// <summary>The arguments parsed, or null when they are not a JSON object.</summary>
    public JsonElement? ParsedArguments()
    {
        try
        {
            using var doc = JsonDocument.Parse(Arguments);
            return doc.RootElement.ValueKind == JsonValueKind.Object ? doc.RootElement.Clone() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
