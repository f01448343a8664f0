using VoiceAnalytics.Core.Sinks.Salesforce.Api;
using WireMock.RequestBuilders;

namespace VoiceAnalytics.Tests.Sinks.Salesforce;

public sealed class SalesforceClientTaskTests : IDisposable
{
    private const string TaskPath = SalesforceServer.Api + "/sobjects/Task";

    private readonly SalesforceServer _salesforce = new();

    public SalesforceClientTaskTests() => _salesforce.GivenToken();

    public void Dispose() => _salesforce.Dispose();

    [Fact]
    public async Task CreateTaskAsync_PostsTheDocumentedTaskFields()
    {
        _salesforce.Given(Request.Create().WithPath(TaskPath).UsingPost(), 201, """{"id":"00T000000000001AAA","success":true,"errors":[]}""");
        var task = new SalesforceTask("00Q000000000001AAA", "Follow up: voice agent call", new DateOnly(2026, 3, 5))
        {
            Priority = "High",
            Description = "Asked for a demo of bulk send.",
            WhatId = "a01000000000001AAA",
            ExtraFields = new Dictionary<string, object?> { ["Subject"] = "ignored", ["Type"] = "Call" },
        };

        var result = await _salesforce.CreateClient().CreateTaskAsync(task, CancellationToken.None);

        Assert.Equal((SalesforceOutcome.Success, "00T000000000001AAA", "Task", true), (result.Outcome, result.Id, result.SObjectType, result.Created));
        var request = Assert.Single(_salesforce.ApiRequests());
        Assert.Equal("POST", request.Request().Method);
        var body = SalesforceServer.BodyOf(request);
        Assert.Equal("00Q000000000001AAA", body.GetProperty("WhoId").GetString());
        Assert.Equal("Follow up: voice agent call", body.GetProperty("Subject").GetString());
        Assert.Equal("2026-03-05", body.GetProperty("ActivityDate").GetString());
        Assert.Equal("High", body.GetProperty("Priority").GetString());
        Assert.Equal("Asked for a demo of bulk send.", body.GetProperty("Description").GetString());
        Assert.Equal("Not Started", body.GetProperty("Status").GetString());
        Assert.Equal("a01000000000001AAA", body.GetProperty("WhatId").GetString());
        Assert.Equal("Call", body.GetProperty("Type").GetString());
    }

    [Fact]
    public async Task CreateTaskAsync_InvalidWhoId_ReturnsPermanentWithTheField()
    {
        _salesforce.Given(
            Request.Create().WithPath(TaskPath).UsingPost(),
            400,
            """[{"message":"Name ID: id value of incorrect type: 001000000000001AAA","errorCode":"FIELD_INTEGRITY_EXCEPTION","fields":["WhoId"]}]""");

        var result = await _salesforce.CreateClient().CreateTaskAsync(new SalesforceTask("001000000000001AAA", "Follow up", new DateOnly(2026, 3, 5)), CancellationToken.None);

        Assert.Equal(SalesforceOutcome.Permanent, result.Outcome);
        Assert.Equal("HTTP 400 FIELD_INTEGRITY_EXCEPTION (WhoId)", result.Reason);
    }

    [Fact]
    public async Task CreateTaskAsync_MissingWhoId_ThrowsArgumentException()
    {
        await Assert.ThrowsAnyAsync<ArgumentException>(
            () => _salesforce.CreateClient().CreateTaskAsync(new SalesforceTask(" ", "Follow up", new DateOnly(2026, 3, 5)), CancellationToken.None));
        Assert.Empty(_salesforce.Server.LogEntries);
    }
}
