using VoiceAnalytics.Core.Sinks.Salesforce.Api;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace VoiceAnalytics.Tests.Sinks.Salesforce;

public sealed class SalesforceClientUpsertTests : IDisposable
{
    private const string CallPath = SalesforceServer.Api + "/sobjects/Voice_Call__c/Session_Id__c/sess-1";

    private readonly SalesforceServer _salesforce = new();

    public SalesforceClientUpsertTests() => _salesforce.GivenToken();

    public void Dispose() => _salesforce.Dispose();

    [Fact]
    public async Task UpsertCallAsync_NewSession_Returns201CreatedAndSendsFieldsAsJson()
    {
        GivenCall(201, """{"id":"a01000000000001AAA","success":true,"errors":[],"created":true}""");

        var result = await Upsert(new() { ["Duration_Seconds__c"] = 284, ["Meeting_Booked__c"] = true, ["Tier__c"] = "hot", ["Summary__c"] = null });

        Assert.Equal(SalesforceOutcome.Success, result.Outcome);
        Assert.True(result.Created);
        Assert.Equal("a01000000000001AAA", result.Id);
        Assert.Equal("Voice_Call__c", result.SObjectType);
        var request = Assert.Single(_salesforce.ApiRequests());
        Assert.Equal("PATCH", request.Request().Method);
        Assert.StartsWith("application/json", SalesforceServer.Header(request, "Content-Type"), StringComparison.Ordinal);
        var body = SalesforceServer.BodyOf(request);
        Assert.Equal(284, body.GetProperty("Duration_Seconds__c").GetInt32());
        Assert.True(body.GetProperty("Meeting_Booked__c").GetBoolean());
        Assert.Equal("hot", body.GetProperty("Tier__c").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, body.GetProperty("Summary__c").ValueKind);
    }

    [Fact]
    public async Task UpsertCallAsync_FieldsRepeatTheExternalId_LeavesItOutOfTheBody()
    {
        GivenCall(204);

        await Upsert(new() { ["Session_Id__c"] = "sess-1", ["Duration_Seconds__c"] = 284 });

        Assert.Equal("""{"Duration_Seconds__c":284}""", Assert.Single(_salesforce.ApiRequests()).Request().Body);
    }

    [Fact]
    public async Task UpsertCallAsync_ExistingSession_Returns204Updated()
    {
        GivenCall(204);

        var result = await Upsert(new() { ["Duration_Seconds__c"] = 284 });

        Assert.True(result.IsSuccess);
        Assert.False(result.Created);
        Assert.Equal(204, result.StatusCode);
    }

    [Fact]
    public async Task UpsertCallAsync_ExternalIdMatchesSeveralRecords_ReturnsPermanentNamingThem()
    {
        GivenCall(300, """["/services/data/v60.0/sobjects/Voice_Call__c/a01000000000001AAA","/services/data/v60.0/sobjects/Voice_Call__c/a01000000000002AAA"]""");

        var result = await Upsert(new() { ["Duration_Seconds__c"] = 284 });

        Assert.Equal(SalesforceOutcome.Permanent, result.Outcome);
        Assert.Equal(300, result.StatusCode);
        Assert.Equal(["a01000000000001AAA", "a01000000000002AAA"], result.MatchingIds);
        Assert.Contains("a01000000000001AAA", result.Reason, StringComparison.Ordinal);
        Assert.Contains("a01000000000002AAA", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UpsertCallAsync_400_ReturnsPermanentWithErrorCodesAndFieldsButNoValuesInReason()
    {
        GivenCall(400, """
            [{"message":"Caller Email: invalid email address: jane.doe@acme","errorCode":"INVALID_EMAIL_ADDRESS","fields":["Caller_Email__c"]},
             {"message":"Required fields are missing: [Name]","errorCode":"REQUIRED_FIELD_MISSING","fields":["Name"]}]
            """);

        var result = await Upsert(new() { ["Caller_Email__c"] = "jane.doe@acme" });

        Assert.Equal(SalesforceOutcome.Permanent, result.Outcome);
        Assert.Equal(400, result.StatusCode);
        Assert.Collection(
            result.Errors,
            e => Assert.Equal(("INVALID_EMAIL_ADDRESS", "Caller_Email__c"), (e.ErrorCode, Assert.Single(e.Fields))),
            e => Assert.Equal(("REQUIRED_FIELD_MISSING", "Name", "Required fields are missing: [Name]"), (e.ErrorCode, Assert.Single(e.Fields), e.Message)));
        Assert.Equal("HTTP 400 INVALID_EMAIL_ADDRESS (Caller_Email__c); REQUIRED_FIELD_MISSING (Name)", result.Reason);
        Assert.DoesNotContain("jane.doe", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UpsertCallAsync_403RequestLimitExceeded_ReturnsTransientRateLimited()
    {
        GivenCall(403, """[{"message":"TotalRequests Limit exceeded.","errorCode":"REQUEST_LIMIT_EXCEEDED"}]""");

        var result = await Upsert(new() { ["Duration_Seconds__c"] = 284 });

        Assert.Equal(SalesforceOutcome.Transient, result.Outcome);
        Assert.StartsWith("rate limited", result.Reason, StringComparison.Ordinal);
        Assert.Equal("REQUEST_LIMIT_EXCEEDED", Assert.Single(result.Errors).ErrorCode);
    }

    [Fact]
    public async Task UpsertCallAsync_403InsufficientAccess_ReturnsPermanent()
    {
        GivenCall(403, """[{"message":"insufficient access rights on object id","errorCode":"INSUFFICIENT_ACCESS_OR_READONLY","fields":[]}]""");

        var result = await Upsert(new() { ["Duration_Seconds__c"] = 284 });

        Assert.Equal(SalesforceOutcome.Permanent, result.Outcome);
        Assert.Equal("HTTP 403 INSUFFICIENT_ACCESS_OR_READONLY", result.Reason);
    }

    [Fact]
    public async Task UpsertCallAsync_404_ReturnsPermanent()
    {
        GivenCall(404, """[{"errorCode":"NOT_FOUND","message":"The requested resource does not exist"}]""");

        var result = await Upsert(new() { ["Duration_Seconds__c"] = 284 });

        Assert.Equal(SalesforceOutcome.Permanent, result.Outcome);
        Assert.Equal("NOT_FOUND", Assert.Single(result.Errors).ErrorCode);
    }

    [Fact]
    public async Task UpsertCallAsync_503WithRetryAfter_ReturnsTransientCarryingTheDelay()
    {
        _salesforce.Given(Request.Create().WithPath(CallPath).UsingPatch(), 503, """[{"message":"Server unavailable","errorCode":"SERVER_UNAVAILABLE"}]""", ("Retry-After", "120"));

        var result = await Upsert(new() { ["Duration_Seconds__c"] = 284 });

        Assert.Equal(SalesforceOutcome.Transient, result.Outcome);
        Assert.Equal(TimeSpan.FromSeconds(120), result.RetryAfter);
        Assert.Single(_salesforce.ApiRequests());
    }

    [Fact]
    public async Task UpsertCallAsync_500WithHtmlBody_ReturnsTransientWithoutErrors()
    {
        _salesforce.Server.Given(Request.Create().WithPath(CallPath).UsingPatch())
            .RespondWith(Response.Create().WithStatusCode(500).WithHeader("Content-Type", "text/html").WithBody("<html>maintenance</html>"));

        var result = await Upsert(new() { ["Duration_Seconds__c"] = 284 });

        Assert.Equal(SalesforceOutcome.Transient, result.Outcome);
        Assert.Equal("HTTP 500", result.Reason);
        Assert.Empty(result.Errors);
    }

    [Fact]
    public async Task UpsertCallAsync_InstanceUnreachable_ReturnsTransientNetworkError()
    {
        using var salesforce = new SalesforceServer();
        salesforce.GivenToken(instanceUrl: ClosedPort.Url());

        var result = await salesforce.CreateClient().UpsertCallAsync("sess-1", new Dictionary<string, object?>(), CancellationToken.None);

        Assert.Equal(SalesforceOutcome.Transient, result.Outcome);
        Assert.StartsWith("network error", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UpsertCallAsync_CancelledWhileWaiting_ThrowsOperationCanceledPromptly()
    {
        _salesforce.Server.Given(Request.Create().WithPath(CallPath).UsingPatch())
            .RespondWith(Response.Create().WithStatusCode(204).WithDelay(TimeSpan.FromSeconds(3)));
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));
        var clock = System.Diagnostics.Stopwatch.StartNew();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => _salesforce.CreateClient().UpsertCallAsync("sess-1", new Dictionary<string, object?>(), cancellation.Token));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"cancellation took {clock.Elapsed}");
    }

    [Fact]
    public async Task UpsertCallAsync_SessionIdWithReservedCharacters_IsEscapedInThePath()
    {
        _salesforce.Given(Request.Create().WithPath(SalesforceServer.Api + "/sobjects/Voice_Call__c/Session_Id__c/*").UsingPatch(), 204);

        await _salesforce.CreateClient().UpsertCallAsync("a b?c#d", new Dictionary<string, object?>(), CancellationToken.None);

        var request = Assert.Single(_salesforce.ApiRequests());
        Assert.Equal(SalesforceServer.Api + "/sobjects/Voice_Call__c/Session_Id__c/a b?c#d", request.Request().Path);
    }

    private void GivenCall(int status, string? json = null) =>
        _salesforce.Given(Request.Create().WithPath(CallPath).UsingPatch(), status, json);

    private Task<SalesforceResult> Upsert(Dictionary<string, object?> fields) =>
        _salesforce.CreateClient().UpsertCallAsync("sess-1", fields, CancellationToken.None);
}
