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

    [Fact]
    public async Task ListFailedAsync_SinkAndSince_ListOnlyThatSinksRecentFailuresOldestFirst()
    {
        var ledger = _stores.Ledger;
        await ledger.RecordAsync("old", "salesforce", DeliveryStatus.Failed, "500", CancellationToken.None);
        _stores.Time.Advance(TimeSpan.FromHours(1));
        var windowStart = _stores.Time.GetUtcNow();
        await ledger.RecordAsync("new-1", "salesforce", DeliveryStatus.Failed, "500", CancellationToken.None);
        await ledger.RecordAsync("other", "amplitude", DeliveryStatus.Failed, "429", CancellationToken.None);
        _stores.Time.Advance(TimeSpan.FromMinutes(1));
        await ledger.RecordAsync("new-2", "salesforce", DeliveryStatus.Failed, "500", CancellationToken.None);
        await ledger.RecordAsync("ok", "salesforce", DeliveryStatus.Delivered, null, CancellationToken.None);

        var recent = await ledger.ListFailedAsync(10, CancellationToken.None, sink: "salesforce", since: windowStart);
        var all = await ledger.ListFailedAsync(2, CancellationToken.None);

        Assert.Equal(["new-1", "new-2"], recent.Select(r => r.SessionId));
        Assert.Equal(["old", "new-1"], all.Select(r => r.SessionId));
    }

    [Fact]
    public async Task ListFailedAsync_SessionAndSince_LeavesOutTheSessionsOlderFailure()
    {
        var ledger = _stores.Ledger;
        await ledger.RecordAsync("s-1", "salesforce", DeliveryStatus.Failed, "500", CancellationToken.None);
        _stores.Time.Advance(TimeSpan.FromHours(1));
        var windowStart = _stores.Time.GetUtcNow();
        await ledger.RecordAsync("s-1", "amplitude", DeliveryStatus.Failed, "429", CancellationToken.None);

        var recent = await ledger.ListFailedAsync(10, CancellationToken.None, sessionId: "s-1", since: windowStart);

        Assert.Equal(["amplitude"], recent.Select(r => r.Sink));
    }
}
