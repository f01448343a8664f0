namespace VoiceAnalytics.Core.Alerts.Slack.Blocks;

/// <summary>
/// <c>{"type":"actions","elements":[...]}</c> holding link buttons, up to 25
/// (https://docs.slack.dev/reference/block-kit/blocks/actions-block).
/// </summary>
public sealed record ActionsBlock(IReadOnlyList<SlackButton> Elements) : SlackBlock
{
    public const int MaxElements = 25;
}
