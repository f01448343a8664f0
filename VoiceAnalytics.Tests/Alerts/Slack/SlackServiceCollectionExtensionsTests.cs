using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using VoiceAnalytics.Core.Alerts.Slack;
using VoiceAnalytics.Core.Alerts.Slack.Blocks;

namespace VoiceAnalytics.Tests.Alerts.Slack;

public sealed class SlackServiceCollectionExtensionsTests
{
    [Fact]
    public async Task AddSlackAlerts_ChannelsFromConfiguration_ClientPostsToThatChannelsWebhook()
    {
        await using var server = await SlackWebhookServer.StartAsync();
        await using var provider = CreateProvider(new() { ["Slack:Channels:Sales"] = server.WebhookUrl("T1/B1/x") });

        var result = await provider.GetRequiredService<SlackWebhookClient>()
            .SendAsync(SlackChannels.Sales, new SlackMessage("hi", []), CancellationToken.None);

        Assert.True(result.IsDelivered);
        Assert.Single(server.ReceivedBy("T1/B1/x"));
        Assert.Same(provider.GetRequiredService<WebhookRateGate>(), provider.GetRequiredService<WebhookRateGate>());
    }

    [Fact]
    public async Task AddSlackAlerts_WebhookNotAUrl_ValidationNamesTheChannelNotTheValue()
    {
        await using var provider = CreateProvider(new() { ["Slack:Channels:ops"] = "hooks.slack.com/services/SECRET" });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<SlackOptions>>().Value);

        Assert.Contains("Slack:Channels:ops", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("SECRET", error.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider CreateProvider(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .AddLogging();
        services.AddSlackAlerts();
        return services.BuildServiceProvider();
    }
}
