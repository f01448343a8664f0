using System.Text.Json.Serialization;

namespace VoiceAnalytics.Core.Alerts.Slack.Blocks;

/// <summary>
/// The Block Kit layout blocks we send, serialized with their <c>type</c> first
/// (https://docs.slack.dev/reference/block-kit/blocks).
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(HeaderBlock), "header")]
[JsonDerivedType(typeof(SectionBlock), "section")]
[JsonDerivedType(typeof(ContextBlock), "context")]
[JsonDerivedType(typeof(ActionsBlock), "actions")]
[JsonDerivedType(typeof(DividerBlock), "divider")]
public abstract record SlackBlock;
