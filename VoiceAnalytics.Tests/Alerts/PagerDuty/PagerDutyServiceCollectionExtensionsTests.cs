using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using VoiceAnalytics.Core.Alerts.PagerDuty;

namespace VoiceAnalytics.Tests.Alerts.PagerDuty;

public sealed class PagerDutyServiceCollectionExtensionsTests
{
    [Fact]
    public async Task AddPagerDutyAlerts_Configured_ClientSendsToTheConfiguredBaseUrl()
    {
        await using var server = await PagerDutyEventsServer.StartAsync();
        await using var provider = CreateProvider(new()
        {
            ["PagerDuty:BaseUrl"] = server.BaseAddress.AbsoluteUri,
            ["PagerDuty:RoutingKey"] = new string('k', 32),
        });

        var result = await provider.GetRequiredService<PagerDutyClient>()
            .TriggerAsync(PagerDutyDedupKey.For("Queue Backlog", "sessions"), new PagerDutyAlert { Summary = "Analytics queue backlog: 140 messages" }, CancellationToken.None);

        Assert.True(result.IsAccepted);
        Assert.Single(server.Received);
    }

    [Fact]
    public async Task AddPagerDutyAlerts_RoutingKeyNot32Characters_FailsValidation()
    {
        await using var provider = CreateProvider(new() { ["PagerDuty:RoutingKey"] = new string('k', 31) });

        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<PagerDutyOptions>>().Value);
    }

    private static ServiceProvider CreateProvider(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .AddLogging();
        services.AddPagerDutyAlerts();
        return services.BuildServiceProvider();
    }
}
