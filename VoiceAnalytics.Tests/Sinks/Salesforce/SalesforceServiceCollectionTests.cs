using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using VoiceAnalytics.Core.Sinks.Salesforce.Api;
using WireMock.RequestBuilders;

namespace VoiceAnalytics.Tests.Sinks.Salesforce;

public sealed class SalesforceServiceCollectionTests : IDisposable
{
    private const string QueryPath = SalesforceServer.Api + "/query";
    private const string LeadPath = SalesforceServer.Api + "/sobjects/Lead";

    private readonly SalesforceServer _salesforce = new();
    private readonly ServiceProvider _services;

    public SalesforceServiceCollectionTests()
    {
        _salesforce.GivenToken();
        _services = Build(("Salesforce:RetryBaseDelay", "00:00:00.010"));
    }

    public void Dispose()
    {
        _services.Dispose();
        _salesforce.Dispose();
    }

    [Fact]
    public async Task AddSalesforceClient_Query503ThenOk_IsRetriedByTheResilienceHandler()
    {
        _salesforce.GivenSequence(() => Request.Create().WithPath(QueryPath).UsingGet(), (503, null), (200, """{"totalSize":0,"done":true,"records":[]}"""));

        var result = await _services.GetRequiredService<SalesforceClient>().FindPersonByEmailAsync("jane@example.com", CancellationToken.None);

        Assert.True(result.IsSuccess);
        var queries = _salesforce.Requests(QueryPath);
        Assert.Equal(3, queries.Count);
        Assert.Equal(SalesforceServer.SoqlOf(queries[0]), SalesforceServer.SoqlOf(queries[1]));
    }

    [Fact]
    public async Task AddSalesforceClient_Post503_IsNotRetried()
    {
        _salesforce.Given(Request.Create().WithPath(LeadPath).UsingPost(), 503);

        var result = await _services.GetRequiredService<SalesforceClient>().CreateAsync("Lead", new Dictionary<string, object?> { ["LastName"] = "Doe" }, CancellationToken.None);

        Assert.Equal(SalesforceOutcome.Transient, result.Outcome);
        Assert.Single(_salesforce.Requests(LeadPath));
    }

    [Fact]
    public async Task AddSalesforceClient_ResolvedClients_ShareOneToken()
    {
        _salesforce.Given(Request.Create().WithPath(QueryPath).UsingGet(), 200, """{"totalSize":0,"done":true,"records":[]}""");

        await _services.GetRequiredService<SalesforceClient>().FindPersonByEmailAsync("jane@example.com", CancellationToken.None);
        await _services.GetRequiredService<SalesforceClient>().FindPersonByEmailAsync("john@example.com", CancellationToken.None);

        Assert.Single(_salesforce.Requests(SalesforceServer.TokenPath));
    }

    [Fact]
    public async Task AddSalesforceClient_AttemptTimesOut_ReturnsTransient()
    {
        using var services = Build(("Salesforce:MaxRetries", "0"), ("Salesforce:AttemptTimeout", "00:00:01"));
        _salesforce.Server.Given(Request.Create().WithPath(QueryPath).UsingGet())
            .RespondWith(WireMock.ResponseBuilders.Response.Create().WithStatusCode(200).WithDelay(TimeSpan.FromSeconds(2)));

        var result = await services.GetRequiredService<SalesforceClient>().FindPersonByEmailAsync("jane@example.com", CancellationToken.None);

        Assert.Equal((SalesforceOutcome.Transient, "timed out"), (result.Outcome, result.Reason));
    }

    [Fact]
    public void AddSalesforceClient_MissingCredentials_FailsValidationOnFirstUse()
    {
        using var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().Build())
            .AddLogging()
            .AddSalesforceClient()
            .BuildServiceProvider();

        Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(() => services.GetRequiredService<SalesforceClient>());
    }

    private ServiceProvider Build(params (string Key, string Value)[] settings)
    {
        var values = new Dictionary<string, string?>
        {
            ["Salesforce:LoginUrl"] = _salesforce.Url,
            ["Salesforce:ClientId"] = "client-id",
            ["Salesforce:ClientSecret"] = "client-secret",
        };
        foreach (var (key, value) in settings)
        {
            values[key] = value;
        }

        return new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(values).Build())
            .AddLogging()
            .AddSalesforceClient()
            .BuildServiceProvider();
    }
}
