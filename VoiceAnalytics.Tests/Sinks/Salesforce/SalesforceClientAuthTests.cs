using VoiceAnalytics.Core.Sinks.Salesforce.Api;
using WireMock.RequestBuilders;

namespace VoiceAnalytics.Tests.Sinks.Salesforce;

public sealed class SalesforceClientAuthTests : IDisposable
{
    private const string CallPath = SalesforceServer.Api + "/sobjects/Voice_Call__c/Session_Id__c/sess-1";
    private const string Created = """{"id":"a01000000000001AAA","success":true,"errors":[],"created":true}""";
    private const string SessionExpired = """[{"message":"Session expired or invalid","errorCode":"INVALID_SESSION_ID"}]""";

    private readonly SalesforceServer _salesforce = new();

    public void Dispose() => _salesforce.Dispose();

    [Fact]
    public async Task UpsertCallAsync_FirstCall_FetchesTokenWithClientCredentialsForm()
    {
        _salesforce.GivenToken("token-1");
        _salesforce.Given(Request.Create().WithPath(CallPath).UsingPatch(), 201, Created);

        var result = await _salesforce.CreateClient().UpsertCallAsync("sess-1", Fields(), CancellationToken.None);

        Assert.True(result.IsSuccess);
        var token = Assert.Single(_salesforce.Requests(SalesforceServer.TokenPath));
        Assert.Equal("POST", token.Request().Method);
        Assert.StartsWith("application/x-www-form-urlencoded", SalesforceServer.Header(token, "Content-Type"), StringComparison.Ordinal);
        Assert.Equal("grant_type=client_credentials&client_id=client-id&client_secret=client-secret", token.Request().Body);
        Assert.Equal("Bearer token-1", SalesforceServer.Header(Assert.Single(_salesforce.ApiRequests()), "Authorization"));
    }

    [Fact]
    public async Task UpsertCallAsync_SecondClientWithinTokenLifetime_ReusesCachedToken()
    {
        _salesforce.GivenToken("token-1");
        _salesforce.Given(Request.Create().WithPath(CallPath).UsingPatch(), 201, Created);

        await _salesforce.CreateClient().UpsertCallAsync("sess-1", Fields(), CancellationToken.None);
        _salesforce.Time.Advance(TimeSpan.FromMinutes(89));
        await _salesforce.CreateClient().UpsertCallAsync("sess-1", Fields(), CancellationToken.None);

        Assert.Single(_salesforce.Requests(SalesforceServer.TokenPath));
        Assert.All(_salesforce.ApiRequests(), r => Assert.Equal("Bearer token-1", SalesforceServer.Header(r, "Authorization")));
        Assert.Equal(2, _salesforce.ApiRequests().Count);
    }

    [Fact]
    public async Task UpsertCallAsync_AfterTokenLifetime_FetchesNewToken()
    {
        _salesforce.GivenTokens("token-1", "token-2");
        _salesforce.Given(Request.Create().WithPath(CallPath).UsingPatch(), 201, Created);
        var client = _salesforce.CreateClient();

        await client.UpsertCallAsync("sess-1", Fields(), CancellationToken.None);
        _salesforce.Time.Advance(TimeSpan.FromMinutes(91));
        await client.UpsertCallAsync("sess-1", Fields(), CancellationToken.None);

        Assert.Equal(2, _salesforce.Requests(SalesforceServer.TokenPath).Count);
        Assert.Equal("Bearer token-2", SalesforceServer.Header(_salesforce.ApiRequests()[1], "Authorization"));
    }

    [Fact]
    public async Task UpsertCallAsync_ApiAnswers401_RefreshesTokenAndRetriesOnce()
    {
        _salesforce.GivenTokens("token-1", "token-2");
        _salesforce.Given(Request.Create().WithPath(CallPath).UsingPatch().WithHeader("Authorization", "Bearer token-1"), 401, SessionExpired);
        _salesforce.Given(Request.Create().WithPath(CallPath).UsingPatch().WithHeader("Authorization", "Bearer token-2"), 201, Created);

        var result = await _salesforce.CreateClient().UpsertCallAsync("sess-1", Fields(), CancellationToken.None);

        Assert.True(result.IsSuccess);
        Assert.True(result.Created);
        Assert.Equal(2, _salesforce.Requests(SalesforceServer.TokenPath).Count);
        var calls = _salesforce.ApiRequests();
        Assert.Equal(2, calls.Count);
        Assert.Equal(calls[0].Request().Body, calls[1].Request().Body);
        Assert.Equal("Bearer token-2", SalesforceServer.Header(calls[1], "Authorization"));
    }

    [Fact]
    public async Task UpsertCallAsync_401AgainWithNewToken_ReturnsPermanentAfterOneRetry()
    {
        _salesforce.GivenTokens("token-1", "token-2", "token-3");
        _salesforce.Given(Request.Create().WithPath(CallPath).UsingPatch(), 401, SessionExpired);

        var result = await _salesforce.CreateClient().UpsertCallAsync("sess-1", Fields(), CancellationToken.None);

        Assert.Equal(SalesforceOutcome.Permanent, result.Outcome);
        Assert.Equal(401, result.StatusCode);
        Assert.Equal("INVALID_SESSION_ID", Assert.Single(result.Errors).ErrorCode);
        Assert.Equal(2, _salesforce.ApiRequests().Count);
    }

    [Fact]
    public async Task UpsertCallAsync_TokenEndpointRejectsCredentials_ReturnsPermanentWithoutCallingApi()
    {
        _salesforce.Given(Request.Create().WithPath(SalesforceServer.TokenPath).UsingPost(), 400, """{"error":"invalid_client","error_description":"invalid client credentials"}""");

        var result = await _salesforce.CreateClient().UpsertCallAsync("sess-1", Fields(), CancellationToken.None);

        Assert.Equal(SalesforceOutcome.Permanent, result.Outcome);
        Assert.Equal("invalid_client", Assert.Single(result.Errors).ErrorCode);
        Assert.Contains("invalid_client", result.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("client-secret", result.Reason, StringComparison.Ordinal);
        Assert.Empty(_salesforce.ApiRequests());
    }

    [Fact]
    public async Task UpsertCallAsync_TokenEndpointUnavailable_ReturnsTransient()
    {
        _salesforce.Given(Request.Create().WithPath(SalesforceServer.TokenPath).UsingPost(), 503);

        var result = await _salesforce.CreateClient().UpsertCallAsync("sess-1", Fields(), CancellationToken.None);

        Assert.Equal(SalesforceOutcome.Transient, result.Outcome);
        Assert.Equal(503, result.StatusCode);
    }

    private static Dictionary<string, object?> Fields() => new() { ["Duration_Seconds__c"] = 284 };
}
