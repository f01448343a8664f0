using System.Text.Json;

namespace VoiceAnalytics.Core.Contracts;

/// <summary>The agent's parsed copy of a tool call, with timings (epoch seconds).</summary>
public sealed record ToolCall
{
    public string CallId { get; init; } = "";
    public string Name { get; init; } = "";
    public JsonElement? Arguments { get; init; }
    public string? Output { get; init; }
    public bool IsError { get; init; }
    public double? StartedAt { get; init; }
    public double? CompletedAt { get; init; }
    public double? DurationSeconds { get; init; }
    public string? SpeechId { get; init; }
}
