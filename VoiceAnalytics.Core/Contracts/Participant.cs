namespace VoiceAnalytics.Core.Contracts;

/// <summary>LiveKit participant info; <see cref="Metadata"/> is a JSON string set by the app.</summary>
public sealed record Participant
{
    public string? Identity { get; init; }
    public string? Sid { get; init; }
    public string? Name { get; init; }
    public string? Kind { get; init; }
    public string? Metadata { get; init; }
    public IReadOnlyDictionary<string, string> Attributes { get; init; } = new Dictionary<string, string>();
}
