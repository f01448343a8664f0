namespace VoiceAnalytics.Core.Alerts.Slack.Blocks;

/// <summary>
/// <c>{"type":"header","text":{"type":"plain_text","text":"..."}}</c>: plain text only, at most 150 characters
/// (https://docs.slack.dev/reference/block-kit/blocks/header-block).
/// </summary>
public sealed record HeaderBlock(SlackText Text) : SlackBlock
{
    public const int MaxLength = 150;

    public static HeaderBlock Of(string text) => new(SlackText.Plain(SlackLimits.Truncate(text, MaxLength)));
}
