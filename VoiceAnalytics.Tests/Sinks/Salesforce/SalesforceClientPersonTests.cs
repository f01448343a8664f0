using VoiceAnalytics.Core.Sinks.Salesforce.Api;
using VoiceAnalytics.Core.Sinks.Salesforce.Fields;
using WireMock.RequestBuilders;

namespace VoiceAnalytics.Tests.Sinks.Salesforce;

public sealed class SalesforceClientPersonTests : IDisposable
{
    private const string QueryPath = SalesforceServer.Api + "/query";
    private const string NoRecords = """{"totalSize":0,"done":true,"records":[]}""";

    private readonly SalesforceServer _salesforce = new();

    public SalesforceClientPersonTests() => _salesforce.GivenToken();

    public void Dispose() => _salesforce.Dispose();

    [Fact]
    public async Task FindPersonByEmailAsync_EmailWithQuoteAndBackslash_EscapesThemInSoql()
    {
        GivenQuery("Lead", NoRecords);
        GivenQuery("Contact", NoRecords);

        var result = await _salesforce.CreateClient().FindPersonByEmailAsync(@"o'brien\x@example.com", CancellationToken.None);

        Assert.True(result.IsSuccess);
        Assert.Null(result.Id);
        var queries = _salesforce.Requests(QueryPath);
        Assert.Equal(2, queries.Count);
        Assert.Equal(@"SELECT Id FROM Lead WHERE Email = 'o\'brien\\x@example.com' AND IsConverted = false ORDER BY LastModifiedDate DESC LIMIT 1", SalesforceServer.SoqlOf(queries[0]));
        Assert.Equal(@"SELECT Id FROM Contact WHERE Email = 'o\'brien\\x@example.com' ORDER BY LastModifiedDate DESC LIMIT 1", SalesforceServer.SoqlOf(queries[1]));
        Assert.Equal("GET", queries[0].Request().Method);
    }

    [Fact]
    public async Task FindPersonByEmailAsync_PlusInEmail_SurvivesUrlEncoding()
    {
        GivenQuery("Lead", Records("Lead", "00Q000000000001AAA"));

        var result = await _salesforce.CreateClient().FindPersonByEmailAsync("jane+demo@example.com", CancellationToken.None);

        Assert.Equal("00Q000000000001AAA", result.Id);
        Assert.Contains("'jane+demo@example.com'", SalesforceServer.SoqlOf(Assert.Single(_salesforce.Requests(QueryPath))), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UpsertPersonByEmailAsync_LeadFound_PatchesThatLeadOnly()
    {
        GivenQuery("Lead", Records("Lead", "00Q000000000001AAA"));
        _salesforce.Given(Request.Create().WithPath(SalesforceServer.Api + "/sobjects/Lead/00Q000000000001AAA").UsingPatch(), 204);

        var result = await _salesforce.CreateClient().UpsertPersonByEmailAsync("jane@example.com", LeadFields(), null, CancellationToken.None);

        Assert.Equal((SalesforceOutcome.Success, "00Q000000000001AAA", "Lead", false), (result.Outcome, result.Id, result.SObjectType, result.Created));
        var requests = _salesforce.ApiRequests();
        Assert.Equal(2, requests.Count);
        Assert.Equal("PATCH", requests[1].Request().Method);
        var body = SalesforceServer.BodyOf(requests[1]);
        Assert.Equal("Hot", body.GetProperty("Rating").GetString());
        Assert.False(body.TryGetProperty("Email", out _));
    }

    [Fact]
    public async Task UpsertPersonByEmailAsync_OnlyContactFound_PatchesContactWithContactFields()
    {
        GivenQuery("Lead", NoRecords);
        GivenQuery("Contact", Records("Contact", "003000000000001AAA"));
        _salesforce.Given(Request.Create().WithPath(SalesforceServer.Api + "/sobjects/Contact/003000000000001AAA").UsingPatch(), 204);

        var result = await _salesforce.CreateClient().UpsertPersonByEmailAsync(
            "jane@example.com", LeadFields(), new Dictionary<string, object?> { ["Description"] = "Called the voice agent" }, CancellationToken.None);

        Assert.Equal(("003000000000001AAA", "Contact"), (result.Id, result.SObjectType));
        var patch = _salesforce.ApiRequests()[2];
        Assert.Equal("PATCH", patch.Request().Method);
        Assert.Equal("""{"Description":"Called the voice agent"}""", patch.Request().Body);
    }

    [Fact]
    public async Task UpsertPersonByEmailAsync_ContactFoundWithoutContactFields_WritesNothing()
    {
        GivenQuery("Lead", NoRecords);
        GivenQuery("Contact", Records("Contact", "003000000000001AAA"));

        var result = await _salesforce.CreateClient().UpsertPersonByEmailAsync("jane@example.com", LeadFields(), null, CancellationToken.None);

        Assert.Equal("003000000000001AAA", result.Id);
        Assert.All(_salesforce.ApiRequests(), r => Assert.Equal("GET", r.Request().Method));
    }

    [Fact]
    public async Task UpsertPersonByEmailAsync_NeitherLeadNorContact_PostsNewLeadWithEmail()
    {
        GivenQuery("Lead", NoRecords);
        GivenQuery("Contact", NoRecords);
        _salesforce.Given(Request.Create().WithPath(SalesforceServer.Api + "/sobjects/Lead").UsingPost(), 201, """{"id":"00Q000000000009AAA","success":true,"errors":[]}""");

        var result = await _salesforce.CreateClient().UpsertPersonByEmailAsync(" jane@example.com ", LeadFields(), null, CancellationToken.None);

        Assert.Equal((SalesforceOutcome.Success, "00Q000000000009AAA", "Lead", true), (result.Outcome, result.Id, result.SObjectType, result.Created));
        var post = Assert.Single(_salesforce.ApiRequests(), r => r.Request().Method == "POST");
        var body = SalesforceServer.BodyOf(post);
        Assert.Equal("jane@example.com", body.GetProperty("Email").GetString());
        Assert.Equal("Doe", body.GetProperty("LastName").GetString());
        Assert.Equal("Acme", body.GetProperty("Company").GetString());
        Assert.DoesNotContain(_salesforce.ApiRequests(), r => r.Request().Method == "PATCH");
    }

    [Fact]
    public async Task UpsertPersonByEmailAsync_MalformedQuery_ReturnsPermanentWithoutWriting()
    {
        GivenQuery("Lead", """[{"message":"unexpected token: 'Email'","errorCode":"MALFORMED_QUERY"}]""", status: 400);

        var result = await _salesforce.CreateClient().UpsertPersonByEmailAsync("jane@example.com", LeadFields(), null, CancellationToken.None);

        Assert.Equal(SalesforceOutcome.Permanent, result.Outcome);
        Assert.Equal("MALFORMED_QUERY", Assert.Single(result.Errors).ErrorCode);
        Assert.Single(_salesforce.ApiRequests());
    }

    private void GivenQuery(string sObject, string json, int status = 200) =>
        _salesforce.Given(
            Request.Create().WithPath(QueryPath).UsingGet().WithParam(q => q.TryGetValue("q", out var soql) && soql.Any(s => s.Contains($"FROM {sObject} ", StringComparison.Ordinal))),
            status,
            json);

    private static string Records(string sObject, string id) => $$"""
        {"totalSize":1,"done":true,"records":[{"attributes":{"type":"{{sObject}}","url":"/services/data/v60.0/sobjects/{{sObject}}/{{id}}"},"Id":"{{id}}"}]}
        """;

    private static Dictionary<string, object?> LeadFields() => new() { ["LastName"] = "Doe", ["Company"] = "Acme", ["Rating"] = "Hot" };
}
