using System.Text.Json;
using VoiceAnalytics.Core.Contracts.TranscriptItems;

namespace VoiceAnalytics.Core.Contracts;

/// <summary>One tool call of a session, read from the transcript (call and output paired by call id) or, for calls the transcript lacks, from <c>tool_calls</c>.</summary>
/// <param name="Arguments">The arguments when they are a JSON object.</param>
/// <param name="Output">The tool's output, or null when none was recorded.</param>
/// <param name="CalledAt">When the call was made.</param>
public sealed record ToolInvocation(string CallId, string Name, JsonElement? Arguments, FunctionCallOutputItem? Output, DateTimeOffset CalledAt)
{
    /// <summary>A string argument, or null when it is absent, empty or not a string.</summary>
    public string? Argument(string name) =>
        Arguments is { } args && args.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text
            ? text
            : null;
}
