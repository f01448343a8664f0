using System.Text.Json.Serialization;
using VoiceAnalytics.Core.Contracts.Metrics;
using VoiceAnalytics.Core.Contracts.Parsing;

namespace VoiceAnalytics.Core.Contracts.TranscriptItems;

/// <summary>A chat message. <see cref="Content"/> keeps only the text parts (images and audio are skipped).</summary>
public sealed record MessageItem : TranscriptItem
{
    /// <summary>user | assistant | system | developer.</summary>
    public string Role { get; init; } = "";
    [JsonConverter(typeof(TextContentConverter))]
    public IReadOnlyList<string> Content { get; init; } = [];
    public bool Interrupted { get; init; }
    public double? TranscriptConfidence { get; init; }
    /// <summary>Per-message timings (livekit-agents 1.3+); absent in older payloads.</summary>
    [JsonConverter(typeof(LenientMessageMetrics))]
    public MessageMetrics? Metrics { get; init; }

    [JsonIgnore]
    public string Text => Content.Count == 1 ? Content[0] : string.Join(' ', Content);
    [JsonIgnore]
    public bool IsUser => Role == "user";
    [JsonIgnore]
    public bool IsAssistant => Role == "assistant";
}
