using Microsoft.Extensions.Options;
using VoiceAnalytics.Core.Alerts.Slack;

namespace VoiceAnalytics.Core.Alerts.Business;

/// <summary>
/// Whether a channel has a webhook, and a client to post to it. The client is created per delivery: it is a typed
/// HTTP client, whose handler the factory rotates, so a singleton sink must not hold one.
/// </summary>
public sealed class SlackConnection(IOptions<SlackOptions> options, Func<SlackWebhookClient> createClient)
{
    public bool IsConfigured(string channel) => options.Value.IsConfigured(channel);

    public SlackWebhookClient CreateClient() => createClient();
}
