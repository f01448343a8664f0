namespace VoiceAnalytics.Core.Alerts.Slack;

/// <summary><c>{"type":"divider"}</c> (https://docs.slack.dev/reference/block-kit/blocks/divider-block).</summary>
public sealed record DividerBlock : SlackBlock;
