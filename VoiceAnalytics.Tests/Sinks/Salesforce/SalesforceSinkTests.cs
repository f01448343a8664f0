using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using VoiceAnalytics.Core.Analysis.Quality;
using VoiceAnalytics.Core.Analysis.Summary;
using VoiceAnalytics.Core.Contracts;
using VoiceAnalytics.Core.Pipeline;
using VoiceAnalytics.Core.Scoring;
using VoiceAnalytics.Core.Sinks;
using VoiceAnalytics.Core.Sinks.Salesforce;
using VoiceAnalytics.Core.Sinks.Salesforce.Api;
using VoiceAnalytics.Tests.Support;
using WireMock.Logging;
using WireMock.RequestBuilders;

namespace VoiceAnalytics.Tests.Sinks.Salesforce;

public sealed class SalesforceSinkTests : IDisposable
{
    private const string Api = SalesforceServer.Api;
    private const string LeadId = "00Q000000000001AAA";
    private const string CallId = "a01000000000001AAA";
    private const string Instance = "https://acme.my.salesforce.com";
    private const string NoRecords = """{"totalSize":0,"done":true,"records":[]}""";

    private readonly SalesforceServer _salesforce = new();
    private readonly SqliteStores _stores = new();

    public SalesforceSinkTests()
    {
        _salesforce.Settings.InstanceUrl = Instance;
        _salesforce.Settings.TranscriptBaseUrl = "https://va.example.com/api/sessions/";
    }

    public void Dispose()
    {
        _salesforce.Dispose();
        _stores.Dispose();
    }

    [Fact]
    public async Task DeliverAsync_Tier1WithExistingLead_UpdatesLeadUpsertsLinkedCallAndCreatesTask()
    {
        var (session, report) = AnalyzedSessions.Analyze(AnalyzedSessions.Qualified, "sf-1");
        GivenTier1WithExistingLead("sf-1");

        await CreateSut().DeliverAsync(session, report, CancellationToken.None);

        var requests = _salesforce.ApiRequests();
        Assert.Equal(
            [$"GET {Api}/query", $"PATCH {Api}/sobjects/Lead/{LeadId}", $"PATCH {Api}/sobjects/Voice_Call__c/Session_Id__c/sf-1", $"GET {Api}/query", $"POST {Api}/sobjects/Task"],
            requests.Select(r => $"{r.Request().Method} {r.Request().Path}"));

        var lead = SalesforceServer.BodyOf(requests[1]);
        Assert.Equal(report.Get<LeadScoreReport>()!.Score, lead.GetProperty("Lead_Score__c").GetInt32());
        Assert.Equal("Tier 1 - Sales Ready", lead.GetProperty("Qualification_Tier__c").GetString());
        Assert.Equal(35, lead.GetProperty("Team_Size__c").GetInt32());
        Assert.Equal("HubSpot", lead.GetProperty("Integration_Needs__c").GetString());
        Assert.Equal("Sales Proposals;Contracts", lead.GetProperty("Use_Cases__c").GetString());
        Assert.Equal("DocuSign", lead.GetProperty("Competitor_Mentioned__c").GetString());
        Assert.Equal("Needs Approval", lead.GetProperty("Budget_Authority__c").GetString());
        Assert.Equal("Positive", lead.GetProperty("Call_Sentiment__c").GetString());
        Assert.Equal("Medium", lead.GetProperty("Follow_Up_Priority__c").GetString());
        Assert.Equal("2026-08-18T15:02:11.482Z", lead.GetProperty("Last_Voice_Call_Date__c").GetString());
        Assert.Equal(report.Get<ConversationQualityReport>()!.QualityScore, lead.GetProperty("Voice_Engagement_Score__c").GetDouble(), 1);
        Assert.Contains("Meeting booked", lead.GetProperty("Buying_Signals__c").GetString(), StringComparison.Ordinal);
        Assert.False(lead.TryGetProperty("LastName", out _));
        Assert.False(lead.TryGetProperty("Company", out _));
        Assert.False(lead.TryGetProperty("Email", out _));

        var call = SalesforceServer.BodyOf(requests[2]);
        Assert.Equal(LeadId, call.GetProperty("Related_To__c").GetString());
        Assert.Equal(4.7, call.GetProperty("Duration_Minutes__c").GetDouble());
        Assert.Equal(report.Get<ExecutiveSummaryReport>()!.Summary, call.GetProperty("Call_Summary__c").GetString());
        Assert.Equal("https://va.example.com/api/sessions/sf-1", call.GetProperty("Transcript_URL__c").GetString());
        Assert.Contains("\"total\"", call.GetProperty("Metrics_JSON__c").GetString(), StringComparison.Ordinal);

        Assert.Equal("SELECT Id FROM Task WHERE Voice_Session_Id__c = 'sf-1' ORDER BY LastModifiedDate DESC LIMIT 1", SalesforceServer.SoqlOf(requests[3]));
        var task = SalesforceServer.BodyOf(requests[4]);
        Assert.Equal(LeadId, task.GetProperty("WhoId").GetString());
        Assert.Equal("Follow up on voice trial call - Dana Whitfield", task.GetProperty("Subject").GetString());
        Assert.Equal("2026-08-21", task.GetProperty("ActivityDate").GetString()); // medium urgency: the call's day + 3
        Assert.Equal("Normal", task.GetProperty("Priority").GetString());
        Assert.Equal("Not Started", task.GetProperty("Status").GetString());
        Assert.Equal("sf-1", task.GetProperty("Voice_Session_Id__c").GetString());
        var description = task.GetProperty("Description").GetString()!;
        Assert.Contains(report.Get<ExecutiveSummaryReport>()!.Takeaways[0], description, StringComparison.Ordinal);
        Assert.Contains($"Salesforce record: {Instance}/{CallId}", description, StringComparison.Ordinal);
        Assert.Contains("Transcript: https://va.example.com/api/sessions/sf-1", description, StringComparison.Ordinal);

        var saved = await SavedAsync("sf-1");
        Assert.Equal(new SalesforceRecords("sf-1", "Lead", LeadId, CallId, Instance, _stores.Time.GetUtcNow()), saved);
        Assert.Equal(("Lead", $"{Instance}/{LeadId}"), saved!.Link("Voice_Call__c"));
    }

    [Fact]
    public async Task DeliverAsync_DeliveredTwice_OneUpsertKeyAndASingleTask()
    {
        var (session, report) = AnalyzedSessions.Analyze(AnalyzedSessions.Qualified, "sf-dup");
        GivenTier1WithExistingLead("sf-dup", taskQuery: false);
        _salesforce.GivenSequence(
            () => Query("Task"),
            (200, NoRecords),
            (200, Records("Task", "00T000000000001AAA")));
        var sut = CreateSut();

        await sut.DeliverAsync(session, report, CancellationToken.None);
        await sut.DeliverAsync(session, report, CancellationToken.None);

        var upserts = _salesforce.ApiRequests().Where(r => r.Request().Path.Contains("/Voice_Call__c/", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, upserts.Count);
        Assert.All(upserts, u => Assert.Equal($"{Api}/sobjects/Voice_Call__c/Session_Id__c/sf-dup", u.Request().Path));
        Assert.Single(_salesforce.Requests($"{Api}/sobjects/Task"));
    }

    [Fact]
    public async Task DeliverAsync_NoLeadOrContact_CreatesLeadWithIdentityAndNoTaskForTier2()
    {
        var (session, report) = AnalyzedSessions.Analyze(AnalyzedSessions.Abandoned, "sf-new");
        Assert.Equal("Tier 2", report.Get<LeadScoreReport>()!.QualificationTier);
        _salesforce.GivenToken();
        _salesforce.Given(Query("Lead"), 200, NoRecords);
        _salesforce.Given(Query("Contact"), 200, NoRecords);
        _salesforce.Given(Request.Create().WithPath($"{Api}/sobjects/Lead").UsingPost(), 201, $$"""{"id":"{{LeadId}}","success":true,"errors":[]}""");
        GivenCallUpsert("sf-new");

        await CreateSut().DeliverAsync(session, report, CancellationToken.None);

        var lead = SalesforceServer.BodyOf(Assert.Single(_salesforce.ApiRequests(), r => r.Request().Method == "POST"));
        Assert.Equal("jreyes@northpeakstudio.co", lead.GetProperty("Email").GetString());
        Assert.Equal(("Jordan", "Reyes"), (lead.GetProperty("FirstName").GetString(), lead.GetProperty("LastName").GetString()));
        Assert.Equal("Northpeak Studio", lead.GetProperty("Company").GetString());
        Assert.Equal("Tier 2 - Self Serve", lead.GetProperty("Qualification_Tier__c").GetString());
        Assert.Equal("Unknown", lead.GetProperty("Budget_Authority__c").GetString());
        Assert.Equal("None", lead.GetProperty("Competitor_Mentioned__c").GetString());
        Assert.Equal("Low", lead.GetProperty("Follow_Up_Priority__c").GetString());
        var call = SalesforceServer.BodyOf(Assert.Single(_salesforce.Requests($"{Api}/sobjects/Voice_Call__c")));
        Assert.Equal(LeadId, call.GetProperty("Related_To__c").GetString());
        Assert.DoesNotContain(_salesforce.ApiRequests(), r => SalesforceServer.SoqlOf(r)?.Contains("FROM Task", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task DeliverAsync_SessionIdMatchesSeveralCallRecords_UpdatesTheMostRecentlyModified()
    {
        var (session, report) = AnalyzedSessions.Analyze(AnalyzedSessions.Abandoned, "sf-300");
        _salesforce.GivenToken();
        _salesforce.Given(
            Request.Create().WithPath($"{Api}/sobjects/Voice_Call__c/Session_Id__c/sf-300").UsingPatch(),
            300,
            $"""["{Api}/sobjects/Voice_Call__c/a01000000000000AAA","{Api}/sobjects/Voice_Call__c/a01000000000009AAA"]""");
        _salesforce.Given(Query("Voice_Call__c"), 200, Records("Voice_Call__c", "a01000000000009AAA"));
        _salesforce.Given(Request.Create().WithPath($"{Api}/sobjects/Voice_Call__c/a01000000000009AAA").UsingPatch(), 204);

        await CreateSut().DeliverAsync(WithoutEmail(session), report, CancellationToken.None);

        var requests = _salesforce.ApiRequests();
        Assert.Equal(
            "SELECT Id FROM Voice_Call__c WHERE Session_Id__c = 'sf-300' ORDER BY LastModifiedDate DESC LIMIT 1",
            SalesforceServer.SoqlOf(requests[1]));
        var update = requests[2];
        Assert.Equal(("PATCH", $"{Api}/sobjects/Voice_Call__c/a01000000000009AAA"), (update.Request().Method, update.Request().Path));
        Assert.Equal(requests[0].Request().Body, update.Request().Body);
        Assert.Equal(3, requests.Count);
    }

    [Fact]
    public async Task DeliverAsync_SeveralCallRecordsButQueryFindsNone_UpdatesTheFirstListed()
    {
        var (session, report) = AnalyzedSessions.Analyze(AnalyzedSessions.Abandoned, "sf-300b");
        _salesforce.GivenToken();
        _salesforce.Given(
            Request.Create().WithPath($"{Api}/sobjects/Voice_Call__c/Session_Id__c/sf-300b").UsingPatch(),
            300,
            $"""["{Api}/sobjects/Voice_Call__c/a01000000000000AAA","{Api}/sobjects/Voice_Call__c/a01000000000009AAA"]""");
        _salesforce.Given(Query("Voice_Call__c"), 200, NoRecords);
        _salesforce.Given(Request.Create().WithPath($"{Api}/sobjects/Voice_Call__c/a01000000000000AAA").UsingPatch(), 204);

        await CreateSut().DeliverAsync(WithoutEmail(session), report, CancellationToken.None);

        Assert.Equal($"{Api}/sobjects/Voice_Call__c/a01000000000000AAA", _salesforce.ApiRequests()[^1].Request().Path);
    }

    [Fact]
    public async Task DeliverAsync_LeadUpdateRejected_ThrowsPermanentWithCodeFieldsAndRedactedMessage()
    {
        var (session, report) = AnalyzedSessions.Analyze(AnalyzedSessions.Qualified, "sf-400");
        _salesforce.GivenToken();
        _salesforce.Given(Query("Lead"), 200, Records("Lead", LeadId));
        _salesforce.Given(
            Request.Create().WithPath($"{Api}/sobjects/Lead/{LeadId}").UsingPatch(),
            400,
            """[{"message":"Current Solution: data value too large: DocuSign (max length=100) for Dana Whitfield <dana.whitfield@brightlinelogistics.com>","errorCode":"STRING_TOO_LONG","fields":["Current_Solution__c"]}]""");

        var error = await Assert.ThrowsAsync<SalesforceDeliveryException>(() => CreateSut().DeliverAsync(session, report, CancellationToken.None));

        Assert.False(error.IsTransient);
        Assert.Equal(400, error.StatusCode);
        Assert.Equal(["STRING_TOO_LONG"], error.ErrorCodes);
        Assert.Contains("update Lead failed, permanent", error.Message, StringComparison.Ordinal);
        Assert.Contains("STRING_TOO_LONG [Current_Solution__c]: Current Solution: data value too large:", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Dana", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Whitfield", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("@", error.Message, StringComparison.Ordinal);
        Assert.Empty(_salesforce.Requests($"{Api}/sobjects/Voice_Call__c"));
    }

    [Fact]
    public async Task DeliverAsync_RequestLimitExceeded_LedgerRecordsATransientFailure()
    {
        var (session, report) = AnalyzedSessions.Analyze(AnalyzedSessions.Abandoned, "sf-403");
        _salesforce.GivenToken();
        _salesforce.Given(
            Request.Create().WithPath($"{Api}/sobjects/Voice_Call__c/Session_Id__c/sf-403").UsingPatch(),
            403,
            """[{"message":"TotalRequests Limit exceeded.","errorCode":"REQUEST_LIMIT_EXCEEDED"}]""");

        var records = await _stores.Dispatcher(CreateSut()).DeliverAsync(WithoutEmail(session), report, CancellationToken.None);

        var record = Assert.Single(records);
        Assert.Equal((DeliveryStatus.Failed, "salesforce"), (record.Status, record.Sink));
        Assert.Contains("transient", record.LastError, StringComparison.Ordinal);
        Assert.Contains("REQUEST_LIMIT_EXCEEDED", record.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeliverAsync_InstanceUnreachable_ThrowsTransientNetworkError()
    {
        var (session, report) = AnalyzedSessions.Analyze(AnalyzedSessions.Abandoned, "sf-net");
        _salesforce.GivenToken(instanceUrl: ClosedPort.Url());

        var error = await Assert.ThrowsAsync<SalesforceDeliveryException>(() => CreateSut().DeliverAsync(WithoutEmail(session), report, CancellationToken.None));

        Assert.True(error.IsTransient);
        Assert.Contains("transient", error.Message, StringComparison.Ordinal);
        Assert.Contains("network error", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeliverAsync_TokenExpired_RefreshesTheTokenAndDelivers()
    {
        var (session, report) = AnalyzedSessions.Analyze(AnalyzedSessions.Abandoned, "sf-401");
        _salesforce.GivenTokens("token-1", "token-2");
        var path = $"{Api}/sobjects/Voice_Call__c/Session_Id__c/sf-401";
        _salesforce.Given(Request.Create().WithPath(path).UsingPatch().WithHeader("Authorization", "Bearer token-1"), 401, """[{"message":"Session expired or invalid","errorCode":"INVALID_SESSION_ID"}]""");
        _salesforce.Given(Request.Create().WithPath(path).UsingPatch().WithHeader("Authorization", "Bearer token-2"), 201, $$"""{"id":"{{CallId}}","success":true,"errors":[],"created":true}""");

        await CreateSut().DeliverAsync(WithoutEmail(session), report, CancellationToken.None);

        Assert.Equal(2, _salesforce.Requests(SalesforceServer.TokenPath).Count);
        Assert.Equal(["Bearer token-1", "Bearer token-2"], _salesforce.ApiRequests().Select(r => SalesforceServer.Header(r, "Authorization")));
    }

    [Fact]
    public async Task DeliverAsync_NoEmail_WritesTheCallRecordOnly()
    {
        var (session, report) = AnalyzedSessions.Analyze(AnalyzedSessions.Qualified, "sf-anon");
        _salesforce.GivenToken();
        GivenCallUpsert("sf-anon");

        await CreateSut().DeliverAsync(WithoutEmail(session), report, CancellationToken.None);

        var request = Assert.Single(_salesforce.ApiRequests());
        Assert.Equal($"{Api}/sobjects/Voice_Call__c/Session_Id__c/sf-anon", request.Request().Path);
        Assert.False(SalesforceServer.BodyOf(request).TryGetProperty("Related_To__c", out _));
        Assert.Equal(("Voice_Call__c", $"{Instance}/{CallId}"), (await SavedAsync("sf-anon"))!.Link("Voice_Call__c"));
    }

    [Fact]
    public async Task DeliverAsync_NoInstanceUrlSetting_LinksOnTheTokensInstance()
    {
        _salesforce.Settings.InstanceUrl = null;
        var (session, report) = AnalyzedSessions.Analyze(AnalyzedSessions.Qualified, "sf-2");
        GivenTier1WithExistingLead("sf-2");

        await CreateSut().DeliverAsync(session, report, CancellationToken.None);

        var saved = await SavedAsync("sf-2");
        Assert.Equal(_salesforce.Url.TrimEnd('/'), saved!.BaseUrl);
        Assert.Equal(("Lead", $"{_salesforce.Url.TrimEnd('/')}/{LeadId}"), saved.Link("Voice_Call__c"));
    }

    [Fact]
    public async Task DeliverAsync_Fails_KeepsNoRecords()
    {
        var (session, report) = AnalyzedSessions.Analyze(AnalyzedSessions.Qualified, "sf-3");
        _salesforce.GivenToken();
        _salesforce.Given(Query("Lead"), 200, Records("Lead", LeadId));
        _salesforce.Given(Request.Create().WithPath($"{Api}/sobjects/Lead/{LeadId}").UsingPatch(), 400, """[{"message":"bad","errorCode":"INVALID_FIELD"}]""");

        await Assert.ThrowsAsync<SalesforceDeliveryException>(() => CreateSut().DeliverAsync(session, report, CancellationToken.None));

        Assert.Null(await SavedAsync("sf-3"));
    }

    private void GivenTier1WithExistingLead(string sessionId, bool taskQuery = true)
    {
        _salesforce.GivenToken();
        _salesforce.Given(Query("Lead"), 200, Records("Lead", LeadId));
        _salesforce.Given(Request.Create().WithPath($"{Api}/sobjects/Lead/{LeadId}").UsingPatch(), 204);
        GivenCallUpsert(sessionId);
        if (taskQuery)
        {
            _salesforce.Given(Query("Task"), 200, NoRecords);
        }

        _salesforce.Given(Request.Create().WithPath($"{Api}/sobjects/Task").UsingPost(), 201, """{"id":"00T000000000001AAA","success":true,"errors":[]}""");
    }

    private void GivenCallUpsert(string sessionId) =>
        _salesforce.Given(
            Request.Create().WithPath($"{Api}/sobjects/Voice_Call__c/Session_Id__c/{sessionId}").UsingPatch(),
            201,
            $$"""{"id":"{{CallId}}","success":true,"errors":[],"created":true}""");

    private static IRequestBuilder Query(string sObject) =>
        Request.Create().WithPath($"{Api}/query").UsingGet()
            .WithParam(q => q.TryGetValue("q", out var soql) && soql.Any(s => s.Contains($"FROM {sObject} ", StringComparison.Ordinal)));

    private static string Records(string sObject, string id) => $$"""
        {"totalSize":1,"done":true,"records":[{"attributes":{"type":"{{sObject}}","url":"/services/data/v60.0/sobjects/{{sObject}}/{{id}}"},"Id":"{{id}}"}]}
        """;

    private static SessionPayload WithoutEmail(SessionPayload session) => session with { UserEmail = null };

    private SalesforceSink CreateSut() =>
        new(_salesforce.Settings, _salesforce.CreateClient, new SqliteOutbox(_stores.Database, _stores.Time), NullLogger<SalesforceSink>.Instance, RecordLog, _stores.Time);

    private SqliteSalesforceRecordLog RecordLog => new(_stores.Database);

    private async Task<SalesforceRecords?> SavedAsync(string sessionId) =>
        (await RecordLog.FindAsync([sessionId], CancellationToken.None)).GetValueOrDefault(sessionId);
}
