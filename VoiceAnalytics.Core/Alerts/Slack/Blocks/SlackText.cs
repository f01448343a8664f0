namespace VoiceAnalytics.Core.Alerts.Slack.Blocks;

/// <summary>
/// A Block Kit text object: <c>{"type":"plain_text"|"mrkdwn","text":"..."}</c>
/// (https://docs.slack.dev/reference/block-kit/composition-objects/text-object).
/// </summary>
public sealed record SlackText(string Type, string Text)
{
    public static SlackText Plain(string text) => new("plain_text", text);

    /// <summary>mrkdwn text; escape user content with <see cref="SlackMrkdwn.Escape"/> first.</summary>
    public static SlackText Markdown(string text) => new("mrkdwn", text);
}
