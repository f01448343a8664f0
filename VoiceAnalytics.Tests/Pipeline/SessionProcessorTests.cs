using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NSubstitute;
using VoiceAnalytics.Core.Analysis;
using VoiceAnalytics.Core.Contracts;
using VoiceAnalytics.Core.Pipeline;
using VoiceAnalytics.Core.Scoring;
using VoiceAnalytics.Core.Sinks;
using VoiceAnalytics.Core.Storage;
using VoiceAnalytics.Core.Warehouse;
using VoiceAnalytics.Tests.Support;

namespace VoiceAnalytics.Tests.Pipeline;

public sealed class SessionProcessorTests : IDisposable
{
    private readonly SqliteStores _stores = new();
    private readonly ILeadHistory _leadHistory = Substitute.For<ILeadHistory>();

    public void Dispose() => _stores.Dispose();

    [Fact]
    public async Task ProcessAsync_FanOutThenLateStages_LateStagesSeeEarlierResults()
    {
        var fanOut = new[] { new TestAnalyzer("a"), new TestAnalyzer("b"), new TestAnalyzer("c") };
        var scoring = new TestAnalyzer("score", AnalyzerStage.Scoring);
        var summary = new TestAnalyzer("summary", AnalyzerStage.Summary);
        var sut = CreateSut([.. fanOut, scoring, summary]);
        await AcceptAsync("s-1");

        var report = (await sut.ProcessAsync("s-1", CancellationToken.None))!;

        Assert.Equal(["a", "b", "c", "score", "summary"], report.Results.Keys.Order());
        Assert.Empty(((TestResult)report.Results["a"]).Saw);
        Assert.Equal(["a", "b", "c"], ((TestResult)report.Results["score"]).Saw);
        Assert.Equal(["a", "b", "c", "score"], ((TestResult)report.Results["summary"]).Saw);
        var record = await _stores.Store.GetAsync("s-1", CancellationToken.None);
        Assert.Equal(SessionState.Analyzed, record!.State);
        using var stored = JsonDocument.Parse(record.ReportJson!);
        Assert.Equal("s-1", stored.RootElement.GetProperty("session_id").GetString());
        Assert.Equal(1, stored.RootElement.GetProperty("analyzer_versions").GetProperty("score").GetInt32());
    }

    [Fact]
    public async Task ProcessAsync_AnalyzerFailsTwiceThenSucceeds_FinishedAnalyzersAreNotRerun()
    {
        var steady = new TestAnalyzer("steady");
        var flaky = new TestAnalyzer("flaky", failures: 2);
        var late = new TestAnalyzer("late", AnalyzerStage.Scoring);
        var sut = CreateSut([steady, flaky, late]);
        await AcceptAsync("s-2");

        await Assert.ThrowsAsync<InvalidOperationException>(() => sut.ProcessAsync("s-2", CancellationToken.None));
        await Assert.ThrowsAsync<InvalidOperationException>(() => sut.ProcessAsync("s-2", CancellationToken.None));
        var report = (await sut.ProcessAsync("s-2", CancellationToken.None))!;

        Assert.Equal(1, steady.Runs);
        Assert.Equal(3, flaky.Runs);
        Assert.Equal(1, late.Runs);
        Assert.Equal(1, ((TestResult)report.Results["steady"]).Run); // restored from the checkpoint of run 1
        Assert.Equal(3, ((TestResult)report.Results["flaky"]).Run);
    }

    [Fact]
    public async Task ProcessAsync_AnalyzerVersionRaisedAfterAnalysis_ReRunsEveryAnalyzerWithTheNewVersion()
    {
        // A finished session keeps no checkpoints (its report holds the results): a re-analysis runs all (~1 ms).
        var a = new TestAnalyzer("a");
        var b = new TestAnalyzer("b");
        await AcceptAsync("s-3");
        await CreateSut([a, b]).ProcessAsync("s-3", CancellationToken.None);
        var bV2 = new TestAnalyzer("b") { Version = 2 };

        var report = (await CreateSut([a, bV2]).ProcessAsync("s-3", CancellationToken.None))!;

        Assert.Equal(2, a.Runs);
        Assert.Equal(1, bV2.Runs);
        Assert.Equal(2, report.AnalyzerVersions["b"]);
        Assert.Equal(0, _stores.Scalar("SELECT COUNT(*) FROM analyzer_checkpoints WHERE session_id = 's-3';"));
    }

    [Fact]
    public async Task ProcessAsync_AnalyzerVersionRaisedAfterAFailedRun_ReRunsOnlyThatAnalyzer()
    {
        var a = new TestAnalyzer("a");
        var broken = new TestAnalyzer("b", failures: 1);
        await AcceptAsync("s-3b");
        await Assert.ThrowsAsync<InvalidOperationException>(() => CreateSut([a, broken]).ProcessAsync("s-3b", CancellationToken.None));
        var bV2 = new TestAnalyzer("b") { Version = 2 };

        var report = (await CreateSut([a, bV2]).ProcessAsync("s-3b", CancellationToken.None))!;

        Assert.Equal(1, a.Runs);
        Assert.Equal(1, bV2.Runs);
        Assert.Equal(2, report.AnalyzerVersions["b"]);
    }

    [Fact]
    public async Task ProcessAsync_SinksRunWithTheReport()
    {
        var sink = Substitute.For<ISessionSink>();
        await AcceptAsync("s-4");

        var report = (await CreateSut([new TestAnalyzer("a")], sink).ProcessAsync("s-4", CancellationToken.None))!;

        await sink.Received(1).DeliverAsync(Arg.Is<SessionPayload>(p => p.SessionId == "s-4"), report, Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task ProcessAsync_RecordsTheAnalysisAndEachDeliveryOutcome()
    {
        using var meters = new ServiceCollection().AddMetrics().BuildServiceProvider();
        var meterFactory = meters.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>();
        using var telemetry = new Core.Telemetry.VoiceAnalyticsTelemetry(meterFactory, Substitute.For<Core.Telemetry.IQueueDepth>());
        using var recorded = new Telemetry.MetricRecorder(meterFactory, Core.Telemetry.VoiceAnalyticsTelemetry.Name);
        var good = Substitute.For<ISessionSink>();
        good.Name.Returns("good");
        var bad = Substitute.For<ISessionSink>();
        bad.Name.Returns("bad");
        bad.DeliverAsync(default!, default!, default).ReturnsForAnyArgs(Task.FromException(new HttpRequestException("down")));
        var dispatcher = new SinkDispatcher([good, bad], _stores.Ledger, NullLogger<SinkDispatcher>.Instance, telemetry);
        var sut = new SessionProcessor(_stores.Store, _stores.Checkpoints, _leadHistory, [new TestAnalyzer("a")], dispatcher, _stores.Time, Options.Create(new PipelineOptions()), NullLogger<SessionProcessor>.Instance, telemetry, writes: _stores.Writes);
        await AcceptAsync("s-t");

        await sut.ProcessAsync("s-t", CancellationToken.None);

        Assert.Single(recorded.Of("voice_analytics.sessions.analyzed"));
        var outcomes = recorded.Of("voice_analytics.sink.deliveries").Select(m => $"{m.Tags["sink"]}:{m.Tags["outcome"]}").Order();
        Assert.Equal(["bad:failed", "good:delivered"], outcomes);
    }

    [Fact]
    public async Task ProcessAsync_ReturningUser_PreviousLeadScoreReachesTheAnalyzers()
    {
        var previous = new PreviousLeadScore("old", DateTimeOffset.UnixEpoch, 55, "Tier 2", []);
        _leadHistory.FindPreviousAsync("someone@example.com", "s-6", Arg.Any<DateTimeOffset>(), Arg.Any<CancellationToken>()).Returns(previous);
        var probe = new InputProbe();
        await AcceptAsync("s-6");

        await CreateSut([probe]).ProcessAsync("s-6", CancellationToken.None);

        Assert.Same(previous, probe.Seen?.PreviousLead);
    }

    [Fact]
    public async Task ProcessAsync_UnknownSession_Throws()
    {
        await Assert.ThrowsAsync<SessionNotFoundException>(() => CreateSut([]).ProcessAsync("nope", CancellationToken.None));
    }

    [Fact]
    public async Task ProcessAsync_CanceledToken_ThrowsAndLeavesNoReport()
    {
        await AcceptAsync("s-5");
        using var cancel = new CancellationTokenSource();
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => CreateSut([new TestAnalyzer("a")]).ProcessAsync("s-5", cancel.Token));

        Assert.Null((await _stores.Store.GetAsync("s-5", CancellationToken.None))!.ReportJson);
    }

    private SessionProcessor CreateSut(IEnumerable<IAnalyzer> analyzers, params ISessionSink[] sinks) =>
        new(_stores.Store, _stores.Checkpoints, _leadHistory, analyzers, _stores.Dispatcher(sinks), _stores.Time, Options.Create(new PipelineOptions()), NullLogger<SessionProcessor>.Instance, writes: _stores.Writes);

    private Task AcceptAsync(string sessionId)
    {
        var body = Encoding.UTF8.GetBytes(Payloads.Minimal(sessionId));
        return _stores.Store.AcceptAsync(new SessionSubmission(sessionId, body, sessionId + "-sha", _stores.Time.GetUtcNow()), CancellationToken.None);
    }
}
