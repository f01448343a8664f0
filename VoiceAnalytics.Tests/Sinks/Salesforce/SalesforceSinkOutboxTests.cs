using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using VoiceAnalytics.Core.Scoring;
using VoiceAnalytics.Core.Sinks;
using VoiceAnalytics.Core.Sinks.Salesforce;
using VoiceAnalytics.Core.Sinks.Salesforce.Api;
using VoiceAnalytics.Tests.Support;

namespace VoiceAnalytics.Tests.Sinks.Salesforce;

public sealed class SalesforceSinkOutboxTests : IDisposable
{
    private readonly SqliteStores _stores = new();
    private int _clientsRequested;

    public void Dispose() => _stores.Dispose();

    [Fact]
    public async Task DeliverAsync_NotConfigured_WritesCallLeadAndTaskBodiesWithoutHttp()
    {
        var (session, report) = AnalyzedSessions.Analyze(AnalyzedSessions.Qualified, "sf-out-1");
        Assert.Equal("Tier 1", report.Get<LeadScoreReport>()!.QualificationTier);

        await CreateSut().DeliverAsync(session, report, CancellationToken.None);

        Assert.Equal(0, _clientsRequested);
        var rows = await Outbox().ListAsync("salesforce", "sf-out-1", 10, CancellationToken.None);
        Assert.Equal(
            ["sf-out-1:Lead", "sf-out-1:Task", "sf-out-1:Voice_Call__c"],
            rows.Select(r => r.MessageKey).Order(StringComparer.Ordinal));
        Assert.All(rows, r => Assert.Equal(r.MessageKey["sf-out-1:".Length..], r.Destination));

        var call = Body(rows, "Voice_Call__c");
        Assert.Equal(4.7, call.GetProperty("Duration_Minutes__c").GetDouble());
        Assert.Equal("2026-08-18T15:02:11.482Z", call.GetProperty("Call_Date__c").GetString());
        Assert.StartsWith("<p><b>Agent:</b>", call.GetProperty("Transcript__c").GetString(), StringComparison.Ordinal);
        Assert.False(call.TryGetProperty("Session_Id__c", out _));

        var lead = Body(rows, "Lead");
        Assert.Equal(session.UserEmail, lead.GetProperty("Email").GetString());
        Assert.Equal("Whitfield", lead.GetProperty("LastName").GetString());
        Assert.Equal("Dana", lead.GetProperty("FirstName").GetString());
        Assert.Equal("Brightline Logistics", lead.GetProperty("Company").GetString());
        Assert.Equal("Tier 1 - Sales Ready", lead.GetProperty("Qualification_Tier__c").GetString());
        Assert.Equal(report.Get<LeadScoreReport>()!.Score, lead.GetProperty("Lead_Score__c").GetInt32());

        var task = Body(rows, "Task");
        Assert.False(task.TryGetProperty("WhoId", out _));
        Assert.Equal("Follow up on voice trial call - Dana Whitfield", task.GetProperty("Subject").GetString());
        Assert.Equal("sf-out-1", task.GetProperty("Voice_Session_Id__c").GetString());
        Assert.Equal("Not Started", task.GetProperty("Status").GetString());
    }

    [Fact]
    public async Task DeliverAsync_NotConfiguredTwice_ReplacesTheMessages()
    {
        var (session, report) = AnalyzedSessions.Analyze(AnalyzedSessions.Qualified, "sf-out-2");
        var sut = CreateSut();

        await sut.DeliverAsync(session, report, CancellationToken.None);
        await sut.DeliverAsync(session, report, CancellationToken.None);

        Assert.Equal(3, (await Outbox().ListAsync("salesforce", "sf-out-2", 10, CancellationToken.None)).Count);
    }

    [Fact]
    public async Task DeliverAsync_NotConfiguredWithoutEmail_WritesTheCallRecordOnly()
    {
        var (session, report) = AnalyzedSessions.Analyze(AnalyzedSessions.Qualified, "sf-out-3");

        await CreateSut().DeliverAsync(session with { UserEmail = null }, report, CancellationToken.None);

        var row = Assert.Single(await Outbox().ListAsync("salesforce", "sf-out-3", 10, CancellationToken.None));
        Assert.Equal("Voice_Call__c", row.Destination);
    }

    [Fact]
    public async Task DeliverAsync_OnlyClientIdSet_CountsAsNotConfigured()
    {
        var (session, report) = AnalyzedSessions.Analyze(AnalyzedSessions.Abandoned, "sf-out-4");

        await CreateSut(new SalesforceOptions { ClientId = "client-id" }).DeliverAsync(session, report, CancellationToken.None);

        Assert.Equal(0, _clientsRequested);
        Assert.NotEmpty(await Outbox().ListAsync("salesforce", "sf-out-4", 10, CancellationToken.None));
    }

    private SqliteOutbox Outbox() => new(_stores.Database, _stores.Time);

    private SalesforceSink CreateSut(SalesforceOptions? options = null) => new(
        options ?? new SalesforceOptions(),
        () =>
        {
            _clientsRequested++;
            throw new InvalidOperationException("An unconfigured Salesforce sink must not ask for a client.");
        },
        Outbox(),
        NullLogger<SalesforceSink>.Instance);

    private static JsonElement Body(IReadOnlyList<OutboxEntry> rows, string destination) =>
        JsonDocument.Parse(rows.Single(r => r.Destination == destination).Payload).RootElement;
}
