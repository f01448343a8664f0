namespace VoiceAnalytics.Core.Alerts.Slack.Blocks;

/// <summary>
/// The JSON body of an incoming-webhook post: <c>{"text":"...","blocks":[...]}</c>. With blocks present,
/// <see cref="Text"/> is the fallback shown in notifications (https://api.slack.com/messaging/webhooks).
/// </summary>
public sealed record SlackMessage(string Text, IReadOnlyList<SlackBlock> Blocks)
{
    /// <summary>Slack accepts up to 50 blocks per message.</summary>
    public const int MaxBlocks = 50;
}
