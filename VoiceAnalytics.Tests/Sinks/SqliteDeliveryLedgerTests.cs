using VoiceAnalytics.Core.Sinks;
using VoiceAnalytics.Tests.Support;

namespace VoiceAnalytics.Tests.Sinks;

public sealed class SqliteDeliveryLedgerTests : IDisposable
{
    private readonly SqliteStores _stores = new();

    public void Dispose() => _stores.Dispose();

    [Fact]
    public async Task ListFailedAsync_Since_LeavesOutOlderFailuresSoTheyCannotTakeTheLimit()
    {
        var ledger = _stores.Ledger;
        await ledger.RecordAsync("old-1", "slack-alerts", DeliveryStatus.Failed, "500", CancellationToken.None);
        await ledger.RecordAsync("old-2", "slack-alerts", DeliveryStatus.Failed, "500", CancellationToken.None);
        _stores.Time.Advance(TimeSpan.FromHours(1));
        var windowStart = _stores.Time.GetUtcNow();
        await ledger.RecordAsync("new-1", "slack-alerts", DeliveryStatus.Failed, "429", CancellationToken.None);

        var recent = await ledger.ListFailedAsync(1, CancellationToken.None, since: windowStart);

        Assert.Equal(["new-1"], recent.Select(r => r.SessionId));
    }

    [Fact]
    public async Task ListFailedAsync_SessionAndSink_ListOnlyThoseFailures()
    {
        var ledger = _stores.Ledger;
        await ledger.RecordAsync("s-1", "salesforce", DeliveryStatus.Failed, "400", CancellationToken.None);
        await ledger.RecordAsync("s-1", "amplitude", DeliveryStatus.Failed, "429", CancellationToken.None);
        await ledger.RecordAsync("s-2", "salesforce", DeliveryStatus.Failed, "400", CancellationToken.None);
        await ledger.RecordAsync("s-3", "salesforce", DeliveryStatus.Delivered, null, CancellationToken.None);

        var bySink = await ledger.ListFailedAsync(10, CancellationToken.None, sink: "salesforce");
        var bySessionAndSink = await ledger.ListFailedAsync(10, CancellationToken.None, sessionId: "s-1", sink: "salesforce");

        Assert.Equal(["s-1", "s-2"], bySink.Select(r => r.SessionId).Order(StringComparer.Ordinal));
        Assert.Equal([("s-1", "salesforce")], bySessionAndSink.Select(r => (r.SessionId, r.Sink)));
    }
}
