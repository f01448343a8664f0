using NSubstitute;
using NSubstitute.ExceptionExtensions;
using VoiceAnalytics.Core.Contracts;
using VoiceAnalytics.Core.Contracts.Parsing;
using VoiceAnalytics.Core.Pipeline;
using VoiceAnalytics.Core.Sinks;
using VoiceAnalytics.Tests.Support;

namespace VoiceAnalytics.Tests.Sinks;

public sealed class SinkDispatcherTests : IDisposable
{
    private readonly SqliteStores _stores = new();
    private readonly SessionPayload _session = Core.Contracts.Parsing.PayloadParser.Parse(System.Text.Encoding.UTF8.GetBytes(Payloads.Minimal("d-1"))).Payload!;
    private readonly SessionReport _report = new() { SessionId = "d-1", AnalyzedAt = DateTimeOffset.UnixEpoch, AnalyzerVersions = new Dictionary<string, int>(), Results = new Dictionary<string, object>() };

    public void Dispose() => _stores.Dispose();

    [Fact]
    public async Task DeliverAsync_OneSinkFails_OthersDeliveredAndFailureRecorded()
    {
        var good = Sink("good");
        var bad = Sink("bad");
        bad.DeliverAsync(default!, default!, default).ThrowsAsyncForAnyArgs(new HttpRequestException("503 from destination"));

        var records = await _stores.Dispatcher(good, bad).DeliverAsync(_session, _report, CancellationToken.None);

        Assert.Equal(DeliveryStatus.Delivered, records.Single(r => r.Sink == "good").Status);
        var failed = records.Single(r => r.Sink == "bad");
        Assert.Equal(DeliveryStatus.Failed, failed.Status);
        Assert.Contains("503 from destination", failed.LastError, StringComparison.Ordinal);
        Assert.Single(await _stores.Ledger.ListFailedAsync(10, CancellationToken.None));
    }

    [Fact]
    public async Task DeliverAsync_SecondRun_SkipsDeliveredAndRetriesFailed()
    {
        var good = Sink("good");
        var flaky = Sink("flaky");
        flaky.DeliverAsync(default!, default!, default).ReturnsForAnyArgs(_ => throw new InvalidOperationException("first"), _ => Task.CompletedTask);
        var sut = _stores.Dispatcher(good, flaky);

        await sut.DeliverAsync(_session, _report, CancellationToken.None);
        var records = await sut.DeliverAsync(_session, _report, CancellationToken.None);

        await good.ReceivedWithAnyArgs(1).DeliverAsync(default!, default!, default);
        await flaky.ReceivedWithAnyArgs(2).DeliverAsync(default!, default!, default);
        var retried = records.Single(r => r.Sink == "flaky");
        Assert.Equal(DeliveryStatus.Delivered, retried.Status);
        Assert.Equal(2, retried.Attempts);
        Assert.Empty(await _stores.Ledger.ListFailedAsync(10, CancellationToken.None));
    }

    [Fact]
    public async Task DeliverAsync_Canceled_PropagatesWithoutRecordingAFailure()
    {
        var slow = Sink("slow");
        using var cancel = new CancellationTokenSource();
        slow.DeliverAsync(default!, default!, default).ReturnsForAnyArgs(async call => await Task.Delay(Timeout.Infinite, call.Arg<CancellationToken>()));
        var delivery = _stores.Dispatcher(slow).DeliverAsync(_session, _report, cancel.Token);

        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => delivery);
        Assert.Empty(await _stores.Ledger.GetAsync("d-1", CancellationToken.None));
    }

    [Fact]
    public async Task DeliverAsync_SystemOfRecord_FinishesBeforeTheOtherSinksStart()
    {
        var order = new List<string>();
        var record = Sink("warehouse");
        record.IsSystemOfRecord.Returns(true);
        record.DeliverAsync(default!, default!, default).ReturnsForAnyArgs(async _ =>
        {
            await Task.Delay(50);
            lock (order)
            {
                order.Add("warehouse done");
            }
        });
        var other = Sink("slack");
        other.DeliverAsync(default!, default!, default).ReturnsForAnyArgs(_ =>
        {
            lock (order)
            {
                order.Add("slack started");
            }

            return Task.CompletedTask;
        });

        await _stores.Dispatcher(other, record).DeliverAsync(_session, _report, CancellationToken.None);

        Assert.Equal(["warehouse done", "slack started"], order);
    }

    [Fact]
    public void Constructor_TwoSinksWithOneName_ThrowsNamingIt()
    {
        var error = Assert.Throws<InvalidOperationException>(() => _stores.Dispatcher(Sink("amplitude"), Sink("warehouse"), Sink("amplitude")));

        Assert.Contains("'amplitude'", error.Message, StringComparison.Ordinal);
    }

    private static ISessionSink Sink(string name)
    {
        var sink = Substitute.For<ISessionSink>();
        sink.Name.Returns(name);
        return sink;
    }
}
