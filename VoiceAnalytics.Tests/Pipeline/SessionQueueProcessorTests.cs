using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using VoiceAnalytics.Core.Analysis;
using VoiceAnalytics.Core.Pipeline;
using VoiceAnalytics.Core.Warehouse;
using VoiceAnalytics.Core.Warehouse.Sqlite;
using VoiceAnalytics.Core.Storage;
using VoiceAnalytics.Tests.Support;

namespace VoiceAnalytics.Tests.Pipeline;

public sealed class SessionQueueProcessorTests : IDisposable
{
    private readonly SqliteStores _stores = new();

    public void Dispose() => _stores.Dispose();

    [Fact]
    public async Task ProcessNextAsync_EmptyQueue_ReturnsFalse()
    {
        Assert.False(await CreateSut([]).ProcessNextAsync(CancellationToken.None));
    }

    [Fact]
    public async Task ProcessNextAsync_Success_CompletesMessageAndMarksAnalyzed()
    {
        await AcceptAsync("q-1");

        Assert.True(await CreateSut([new TestAnalyzer("a")]).ProcessNextAsync(CancellationToken.None));

        Assert.Equal(0, await _stores.Queue.CountAsync(CancellationToken.None));
        Assert.Equal(SessionState.Analyzed, (await _stores.Store.GetAsync("q-1", CancellationToken.None))!.State);
    }

    [Fact]
    public async Task ProcessNextAsync_FailsTwiceThenSucceeds_RetriesAfter1sThen2s()
    {
        var flaky = new TestAnalyzer("flaky", failures: 2);
        var sut = CreateSut([flaky]);
        await AcceptAsync("q-2");

        Assert.True(await sut.ProcessNextAsync(CancellationToken.None));
        Assert.False(await sut.ProcessNextAsync(CancellationToken.None)); // hidden for the 1 s backoff
        _stores.Time.Advance(TimeSpan.FromSeconds(1));
        Assert.True(await sut.ProcessNextAsync(CancellationToken.None));
        _stores.Time.Advance(TimeSpan.FromSeconds(1.5));
        Assert.False(await sut.ProcessNextAsync(CancellationToken.None)); // second backoff is 2 s
        _stores.Time.Advance(TimeSpan.FromSeconds(0.5));
        Assert.True(await sut.ProcessNextAsync(CancellationToken.None));

        Assert.Equal(3, flaky.Runs);
        Assert.Equal(SessionState.Analyzed, (await _stores.Store.GetAsync("q-2", CancellationToken.None))!.State);
        Assert.Equal(0, await _stores.Queue.CountAsync(CancellationToken.None));
    }

    [Fact]
    public async Task ProcessNextAsync_ThreeFailures_PoisonsWithReasonAndMarksFailed()
    {
        var broken = new TestAnalyzer("broken", failures: int.MaxValue);
        var sut = CreateSut([broken]);
        await AcceptAsync("q-3");

        for (var attempt = 0; attempt < 3; attempt++)
        {
            Assert.True(await sut.ProcessNextAsync(CancellationToken.None));
            _stores.Time.Advance(TimeSpan.FromSeconds(10));
        }

        Assert.False(await sut.ProcessNextAsync(CancellationToken.None));
        Assert.Equal(3, broken.Runs);
        var record = await _stores.Store.GetAsync("q-3", CancellationToken.None);
        Assert.Equal(SessionState.Failed, record!.State);
        Assert.Contains("broken failed on purpose", record.FailureReason, StringComparison.Ordinal);
        var poison = Assert.Single(await _stores.Queue.ListPoisonAsync(10, CancellationToken.None));
        Assert.Equal("q-3", poison.Message.SessionId);
        Assert.Equal(3, poison.DequeueCount);
        Assert.Contains("InvalidOperationException", poison.Reason, StringComparison.Ordinal);
    }

    private SessionQueueProcessor CreateSut(IEnumerable<IAnalyzer> analyzers)
    {
        var options = Options.Create(_stores.QueueOptions);
        var processor = new SessionProcessor(_stores.Store, _stores.Checkpoints, new SqliteLeadHistory(_stores.Database), analyzers, _stores.Dispatcher(), _stores.Time, Options.Create(new PipelineOptions()), NullLogger<SessionProcessor>.Instance, writes: _stores.Writes);
        return new SessionQueueProcessor(_stores.Queue, _stores.Store, processor, options, NullLogger<SessionQueueProcessor>.Instance);
    }

    private Task AcceptAsync(string sessionId) =>
        _stores.Store.AcceptAsync(new SessionSubmission(sessionId, Encoding.UTF8.GetBytes(Payloads.Minimal(sessionId)), "sha-" + sessionId, _stores.Time.GetUtcNow()), CancellationToken.None);
}
