using System.Text.Json;
using System.Web;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using VoiceAnalytics.Core.Sinks.Salesforce.Api;
using WireMock.Logging;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace VoiceAnalytics.Tests.Sinks.Salesforce;

/// <summary>
/// A local Salesforce: WireMock on 127.0.0.1 answering the OAuth token endpoint and the REST API with the documented
/// bodies, and the clients under test pointed at it (they share one token cache, as the singleton does in the host).
/// </summary>
internal sealed class SalesforceServer : IDisposable
{
    public const string Api = "/services/data/v60.0";
    public const string TokenPath = "/services/oauth2/token";

    private readonly List<HttpClient> _httpClients = [];
    private SalesforceTokenCache? _tokens;

    public WireMockServer Server { get; } = LoopbackWireMock.Start();

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    public SalesforceOptions Settings { get; } = new() { ClientId = "client-id", ClientSecret = "client-secret" };

    public string Url => Server.Url!;

    public SalesforceServer() => Settings.LoginUrl = Url;

    public void Dispose()
    {
        foreach (var http in _httpClients)
        {
            http.Dispose();
        }

        _tokens?.Dispose();
        Server.Stop();
        Server.Dispose();
    }

    public SalesforceClient CreateClient()
    {
        var http = new HttpClient();
        _httpClients.Add(http);
        _tokens ??= new SalesforceTokenCache(Options.Create(Settings), Time, NullLogger<SalesforceTokenCache>.Instance);
        return new SalesforceClient(http, _tokens, Options.Create(Settings), Time, NullLogger<SalesforceClient>.Instance);
    }

    /// <summary>The token endpoint always issues <paramref name="token"/>.</summary>
    public void GivenToken(string token = "token-1", string? instanceUrl = null) =>
        Server.Given(Request.Create().WithPath(TokenPath).UsingPost())
            .RespondWith(Json(200, TokenBody(token, instanceUrl ?? Url)));

    /// <summary>The token endpoint issues <paramref name="tokens"/> one after the other; the last one repeats.</summary>
    public void GivenTokens(params string[] tokens) =>
        GivenSequence(() => Request.Create().WithPath(TokenPath).UsingPost(), [.. tokens.Select(t => (200, (string?)TokenBody(t, Url)))]);

    public void Given(IRequestBuilder request, int status, string? json = null, params (string Name, string Value)[] headers)
    {
        var response = json is null ? Response.Create().WithStatusCode(status) : Json(status, json);
        foreach (var (name, value) in headers)
        {
            response = response.WithHeader(name, value);
        }

        Server.Given(request).RespondWith(response);
    }

    /// <summary>Successive answers to the same request: the first call gets the first, and so on; the last repeats.</summary>
    public void GivenSequence(Func<IRequestBuilder> request, params (int Status, string? Json)[] answers)
    {
        if (answers.Length == 1)
        {
            Given(request(), answers[0].Status, answers[0].Json);
            return;
        }

        var scenario = Guid.NewGuid().ToString("N");
        for (var i = 0; i < answers.Length; i++)
        {
            var (status, json) = answers[i];
            var mapping = Server.Given(request()).InScenario(scenario);
            mapping = i == 0 ? mapping : mapping.WhenStateIs($"step-{i}");

            // A mapping without a next state would end the scenario and start it over; the last step keeps its own state.
            mapping.WillSetStateTo($"step-{Math.Min(i + 1, answers.Length - 1)}")
                .RespondWith(json is null ? Response.Create().WithStatusCode(status) : Json(status, json));
        }
    }

    public IReadOnlyList<ILogEntry> Requests(string pathPrefix) =>
        [.. Server.LogEntries.Where(e => e.Request().Path.StartsWith(pathPrefix, StringComparison.Ordinal)).OrderBy(e => e.Request().DateTime)];

    public IReadOnlyList<ILogEntry> ApiRequests() => Requests(Api);

    public static JsonElement BodyOf(ILogEntry entry) => JsonDocument.Parse(entry.Request().Body!).RootElement;

    /// <summary>The SOQL text of a query request, decoded as the server decodes it.</summary>
    public static string SoqlOf(ILogEntry entry) => HttpUtility.ParseQueryString(entry.Request().RawQuery ?? "")["q"]!;

    public static string? Header(ILogEntry entry, string name) =>
        entry.Request().Headers is { } headers && headers.TryGetValue(name, out var values) ? values.FirstOrDefault() : null;

    private static IResponseBuilder Json(int status, string json) =>
        Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json;charset=UTF-8").WithBody(json);

    /// <summary>The client-credentials token response: no refresh token, no expires_in.</summary>
    private static string TokenBody(string token, string instanceUrl) => JsonSerializer.Serialize(new Dictionary<string, string>
    {
        ["access_token"] = token,
        ["signature"] = "c2lnbmF0dXJl",
        ["scope"] = "api",
        ["instance_url"] = instanceUrl,
        ["id"] = "https://login.salesforce.com/id/00D000000000001EAA/005000000000001AAA",
        ["token_type"] = "Bearer",
        ["issued_at"] = "1772442000000",
    });
}
