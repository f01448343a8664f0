namespace VoiceAnalytics.Core.Contracts.TranscriptItems;

public sealed record AgentConfigUpdateItem : TranscriptItem
{
    public string? Instructions { get; init; }
    public IReadOnlyList<string> ToolsAdded { get; init; } = [];
    public IReadOnlyList<string> ToolsRemoved { get; init; } = [];
}
