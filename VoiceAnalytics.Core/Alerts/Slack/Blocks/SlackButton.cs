using System.Text.Json.Serialization;

namespace VoiceAnalytics.Core.Alerts.Slack.Blocks;

/// <summary>
/// A link button: <c>{"type":"button","text":{"type":"plain_text","text":"..."},"url":"...","action_id":"..."}</c>;
/// text at most 75 characters, url at most 3000, action_id unique within its block
/// (https://docs.slack.dev/reference/block-kit/block-elements/button-element).
/// </summary>
public sealed record SlackButton(SlackText Text, string Url, string ActionId)
{
    public const int MaxTextLength = 75;

    [JsonPropertyOrder(-1)]
    public string Type => "button";

    public static SlackButton Link(string label, Uri url, string actionId) =>
        new(SlackText.Plain(SlackLimits.Truncate(label, MaxTextLength)), url.AbsoluteUri, actionId);
}
