using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using VoiceAnalytics.Core.Sinks;
using VoiceAnalytics.Core.Sinks.Salesforce;
using VoiceAnalytics.Tests.Support;
using WireMock.RequestBuilders;

namespace VoiceAnalytics.Tests.Sinks.Salesforce;

public sealed class SalesforceSinkServiceCollectionTests : IDisposable
{
    private readonly SqliteStores _stores = new();
    private readonly SalesforceServer _salesforce = new();

    public void Dispose()
    {
        _salesforce.Dispose();
        _stores.Dispose();
    }

    [Fact]
    public async Task AddSalesforceSink_WithoutCredentials_RegistersASinkThatWritesTheOutbox()
    {
        using var services = Build();
        var (session, report) = AnalyzedSessions.Analyze(AnalyzedSessions.Abandoned, "sf-di-1");

        var sink = Assert.Single(services.GetServices<ISessionSink>());
        await sink.DeliverAsync(session, report, CancellationToken.None);

        Assert.Equal("salesforce", sink.Name);
        Assert.Equal(2, (await services.GetRequiredService<IOutbox>().ListAsync("salesforce", "sf-di-1", 10, CancellationToken.None)).Count);
        Assert.Empty(_salesforce.Server.LogEntries);
    }

    [Fact]
    public async Task AddSalesforceSink_WithCredentials_DeliversThroughTheConfiguredClient()
    {
        _salesforce.GivenToken();
        _salesforce.Given(Request.Create().WithPath(SalesforceServer.Api + "/sobjects/Voice_Call__c/Session_Id__c/sf-di-2").UsingPatch(), 204);
        using var services = Build(
            ("Salesforce:LoginUrl", _salesforce.Url),
            ("Salesforce:ClientId", "client-id"),
            ("Salesforce:ClientSecret", "client-secret"));
        var (session, report) = AnalyzedSessions.Analyze(AnalyzedSessions.Abandoned, "sf-di-2");

        await services.GetRequiredService<ISessionSink>().DeliverAsync(session with { UserEmail = null }, report, CancellationToken.None);

        Assert.Single(_salesforce.ApiRequests());
        Assert.Empty(await services.GetRequiredService<IOutbox>().ListAsync("salesforce", "sf-di-2", 10, CancellationToken.None));
    }

    private ServiceProvider Build(params (string Key, string Value)[] settings) =>
        new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value))).Build())
            .AddLogging()
            .AddSingleton<IOutbox>(new SqliteOutbox(_stores.Database, _stores.Time))
            .AddSalesforceSink()
            .BuildServiceProvider();
}
