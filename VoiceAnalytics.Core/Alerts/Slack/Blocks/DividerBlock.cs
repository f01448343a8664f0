namespace VoiceAnalytics.Core.Alerts.Slack.Blocks;

/// <summary><c>{"type":"divider"}</c> (https://docs.slack.dev/reference/block-kit/blocks/divider-block).</summary>
public sealed record DividerBlock : SlackBlock;
