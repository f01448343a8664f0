using System.Text.Json.Serialization;

namespace VoiceAnalytics.Core.Contracts.TranscriptItems;

/// <summary>
/// One entry of the chat history. Known types deserialize to subclasses; an unknown <c>type</c> stays a plain
/// <see cref="TranscriptItem"/> so newer LiveKit versions are accepted and the item is skipped by analysis.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FallBackToBaseType, IgnoreUnrecognizedTypeDiscriminators = true)]
[JsonDerivedType(typeof(MessageItem), "message")]
[JsonDerivedType(typeof(FunctionCallItem), "function_call")]
[JsonDerivedType(typeof(FunctionCallOutputItem), "function_call_output")]
[JsonDerivedType(typeof(AgentHandoffItem), "agent_handoff")]
[JsonDerivedType(typeof(AgentConfigUpdateItem), "agent_config_update")]
public record TranscriptItem
{
    public string Id { get; init; } = "";
    /// <summary>Epoch seconds.</summary>
    public double CreatedAt { get; init; }
}
