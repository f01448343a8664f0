using VoiceAnalytics.Core.Sinks;
using VoiceAnalytics.Core.Sinks.Salesforce;
using VoiceAnalytics.Tests.Support;

namespace VoiceAnalytics.Tests.Sinks.Salesforce;

public sealed class SqliteSalesforceRecordLogTests : IDisposable
{
    private static readonly DateTimeOffset At = new(2026, 8, 17, 9, 0, 0, TimeSpan.Zero);
    private readonly SqliteStores _stores = new();

    public void Dispose() => _stores.Dispose();

    [Fact]
    public async Task Save_ThenFind_OnlyTheSessionsAsked_ARedeliveryReplacesButKeepsAKnownCallId()
    {
        var log = new SqliteSalesforceRecordLog(_stores.Database);
        await log.SaveAsync(new SalesforceRecords("s-1", "Lead", "00Q1", "a011", "https://acme.my.salesforce.com", At), CancellationToken.None);
        await log.SaveAsync(new SalesforceRecords("s-2", null, null, "a012", "https://acme.my.salesforce.com", At), CancellationToken.None);
        // Delivered again after the Lead became a Contact; the call upsert answered 204 without an id.
        await log.SaveAsync(new SalesforceRecords("s-1", "Contact", "0031", null, "https://acme.my.salesforce.com", At.AddHours(1)), CancellationToken.None);

        var found = await log.FindAsync(["s-1", "s-9", "s-1"], CancellationToken.None);

        Assert.Equal(["s-1"], found.Keys);
        Assert.Equal(new SalesforceRecords("s-1", "Contact", "0031", "a011", "https://acme.my.salesforce.com", At.AddHours(1)), found["s-1"]);
    }

    [Fact]
    public async Task Find_MoreIdsThanAChunk_FindsThemAll()
    {
        var log = new SqliteSalesforceRecordLog(_stores.Database);
        var ids = Enumerable.Range(0, SqliteSalesforceRecordLog.Chunk * 2 + 5).Select(i => $"s-{i}").ToList();
        foreach (var id in ids.Where((_, i) => i % 2 == 0))
        {
            await log.SaveAsync(new SalesforceRecords(id, "Lead", "00Q-" + id, null, "https://acme.my.salesforce.com", At), CancellationToken.None);
        }

        var found = await log.FindAsync(ids, CancellationToken.None);

        Assert.Equal(ids.Where((_, i) => i % 2 == 0).Order(StringComparer.Ordinal), found.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task EraseAsync_PersonsSessions_TheirRecordIdsGoToo()
    {
        var log = new SqliteSalesforceRecordLog(_stores.Database);
        await log.SaveAsync(new SalesforceRecords("s-1", "Lead", "00Q1", "a011", "https://acme.my.salesforce.com", At), CancellationToken.None);
        await log.SaveAsync(new SalesforceRecords("s-2", "Lead", "00Q2", "a012", "https://acme.my.salesforce.com", At), CancellationToken.None);

        await new SqliteDeliveryPrivacy(_stores.Database).EraseAsync(["s-1"], new PersonMention("ana@example.com", null, "Ana Lima", null), CancellationToken.None);

        Assert.Equal(["s-2"], (await log.FindAsync(["s-1", "s-2"], CancellationToken.None)).Keys);
    }

    [Theory]
    [InlineData("Lead", "00Q1", "a011", "https://acme.my.salesforce.com/", "Lead|https://acme.my.salesforce.com/00Q1")]
    [InlineData(null, null, "a011", "https://acme.my.salesforce.com", "Voice_Call__c|https://acme.my.salesforce.com/a011")]
    [InlineData("Contact", "0031", null, "https://acme.my.salesforce.com", "Contact|https://acme.my.salesforce.com/0031")]
    [InlineData("Lead", "00Q1", "a011", null, null)]
    [InlineData(null, null, null, "https://acme.my.salesforce.com", null)]
    public void Link_ThePersonElseTheCallRecord(string? personType, string? personId, string? callId, string? baseUrl, string? expected)
    {
        var link = new SalesforceRecords("s-1", personType, personId, callId, baseUrl, At).Link("Voice_Call__c");

        Assert.Equal(expected, link is { } l ? $"{l.Record}|{l.Url}" : null);
    }
}
