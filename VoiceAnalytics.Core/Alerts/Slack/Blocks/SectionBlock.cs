namespace VoiceAnalytics.Core.Alerts.Slack.Blocks;

/// <summary>
/// <c>{"type":"section","text":{...},"fields":[...]}</c>: text up to 3000 characters, or up to 10 fields of up to
/// 2000 characters shown in two columns (https://docs.slack.dev/reference/block-kit/blocks/section-block).
/// </summary>
public sealed record SectionBlock(SlackText? Text, IReadOnlyList<SlackText>? Fields = null) : SlackBlock
{
    public const int MaxTextLength = 3000;
    public const int MaxFields = 10;
    public const int MaxFieldLength = 2000;

    public static SectionBlock Markdown(string text) => new(SlackText.Markdown(SlackLimits.Truncate(text, MaxTextLength)));

    public static SectionBlock WithFields(IEnumerable<string> markdownFields) =>
        new(null, [.. markdownFields.Take(MaxFields).Select(f => SlackText.Markdown(SlackLimits.Truncate(f, MaxFieldLength)))]);
}
