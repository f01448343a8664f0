using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using VoiceAnalytics.Core.Alerts.Business;
using VoiceAnalytics.Core.Alerts.History;
using VoiceAnalytics.Core.Scoring;
using VoiceAnalytics.Core.Sinks;
using VoiceAnalytics.Core.Warehouse;
using VoiceAnalytics.Core.Warehouse.Sqlite;
using VoiceAnalytics.Tests.Alerts.Slack;
using VoiceAnalytics.Tests.Support;

namespace VoiceAnalytics.Tests.Alerts.Business;

public sealed class BusinessAlertsServiceCollectionExtensionsTests : IAsyncLifetime
{
    private readonly SqliteStores _stores = new();
    private SlackWebhookServer _slack = null!;

    public async Task InitializeAsync() => _slack = await SlackWebhookServer.StartAsync();

    public async Task DisposeAsync()
    {
        await _slack.DisposeAsync();
        _stores.Dispose();
    }

    [Fact]
    public async Task AddBusinessAlerts_FromConfiguration_SinkPostsToTheSalesWebhookWithTheTranscriptLink()
    {
        await using var provider = CreateProvider(new()
        {
            ["Slack:Channels:sales"] = _slack.WebhookUrl("T1/B1/sales"),
            ["BusinessAlerts:TranscriptUrlTemplate"] = "https://dash.example.com/sessions/{sessionId}",
        });
        var (session, report) = AnalyzedSessions.Analyze("qualified_meeting_booked.json", "biz-di-1", _stores.Time.GetUtcNow());

        await new WarehouseSink(new SqliteWarehouseWriter(_stores.Database), _stores.Time).DeliverAsync(session, report, CancellationToken.None);

        var sink = Assert.Single(provider.GetServices<ISessionSink>());
        await _stores.Time.DriveAsync(Delivered(sink.DeliverAsync(session, report.With<LeadScoreReport>(l => l with { Score = 90 }), CancellationToken.None)));

        Assert.Equal("slack-alerts", sink.Name);
        var hotLead = _slack.ReceivedBy("T1/B1/sales")[0];
        Assert.Contains("https://dash.example.com/sessions/biz-di-1", hotLead.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddBusinessAlerts_TemplateWithoutPlaceholder_FailsValidationNamingTheSetting()
    {
        await using var provider = CreateProvider(new() { ["BusinessAlerts:BattlecardUrlTemplate"] = "https://wiki.example.com/battlecards" });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<BusinessAlertOptions>>().Value);

        Assert.Contains("BusinessAlerts:BattlecardUrlTemplate", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddBusinessAlerts_HotLeadThreshold_IsBound()
    {
        await using var provider = CreateProvider(new() { ["BusinessAlerts:HotLeadScoreAbove"] = "70" });

        Assert.Equal(70, provider.GetRequiredService<IOptions<BusinessAlertOptions>>().Value.HotLeadScoreAbove);
    }

    private ServiceProvider CreateProvider(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .AddSingleton<TimeProvider>(_stores.Time)
            .AddSingleton<IOutbox>(new SqliteOutbox(_stores.Database, _stores.Time))
            .AddSingleton<IAlertHistory>(new SqliteAlertHistory(_stores.Database))
            .AddLogging();
        services.AddBusinessAlerts();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    private static async Task<bool> Delivered(Task task)
    {
        await task;
        return true;
    }
}
