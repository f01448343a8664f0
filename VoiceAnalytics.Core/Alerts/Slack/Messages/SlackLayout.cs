using VoiceAnalytics.Core.Alerts.Slack.Blocks;

namespace VoiceAnalytics.Core.Alerts.Slack.Messages;

/// <summary>Pieces the business messages share: labelled fields, bullet lists, link buttons, mentions.</summary>
internal static class SlackLayout
{
    /// <summary><c>*Label:*</c> over an already escaped value.</summary>
    public static string Field(string label, string escapedValue) => $"*{label}:*\n{escapedValue}";

    public static string Bullets(IEnumerable<string> lines) =>
        string.Join('\n', lines.Select(line => $"• {SlackMrkdwn.Escape(line)}"));

    /// <summary>One link button per present URL; <see langword="null"/> when none is.</summary>
    public static ActionsBlock? Links(params (string Label, Uri? Url, string ActionId)[] links)
    {
        SlackButton[] buttons = [.. links.Where(l => l.Url is not null).Select(l => SlackButton.Link(l.Label, l.Url!, l.ActionId))];
        return buttons.Length == 0 ? null : new ActionsBlock(buttons);
    }

    /// <summary><c>&lt;@U123&gt;</c> for a well-formed member id; anything else is dropped rather than sent as markup.</summary>
    public static string? Mention(string? userId) =>
        userId is { Length: > 0 } && userId.All(char.IsAsciiLetterOrDigit) ? SlackMrkdwn.Mention(userId) : null;

    public static SlackMessage Message(string fallback, IEnumerable<SlackBlock?> blocks) =>
        new(fallback, [.. blocks.OfType<SlackBlock>().Take(SlackMessage.MaxBlocks)]);
}
