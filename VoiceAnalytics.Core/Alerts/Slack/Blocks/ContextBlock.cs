namespace VoiceAnalytics.Core.Alerts.Slack.Blocks;

/// <summary>
/// <c>{"type":"context","elements":[...]}</c>: small print, up to 10 text elements
/// (https://docs.slack.dev/reference/block-kit/blocks/context-block).
/// </summary>
public sealed record ContextBlock(IReadOnlyList<SlackText> Elements) : SlackBlock
{
    public const int MaxElements = 10;

    public static ContextBlock Markdown(params IEnumerable<string> texts) =>
        new([.. texts.Take(MaxElements).Select(t => SlackText.Markdown(SlackLimits.Truncate(t, SectionBlock.MaxTextLength)))]);
}
