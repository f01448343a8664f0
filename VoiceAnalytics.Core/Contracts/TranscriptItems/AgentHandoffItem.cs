namespace VoiceAnalytics.Core.Contracts.TranscriptItems;

public sealed record AgentHandoffItem : TranscriptItem
{
    public string? OldAgentId { get; init; }
    public string? NewAgentId { get; init; }
}
