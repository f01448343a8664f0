using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NSubstitute;
using VoiceAnalytics.Core.Analysis;
using VoiceAnalytics.Core.Contracts.Parsing;
using VoiceAnalytics.Core.Pipeline;
using VoiceAnalytics.Core.Storage;
using VoiceAnalytics.Tests.Support;

namespace VoiceAnalytics.Tests.Pipeline;

/// <summary>How <see cref="CheckpointedAnalyzerRunner"/> runs one analyzer: inline, within its budget.</summary>
public sealed class CheckpointedAnalyzerRunnerTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 5, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task RunUnsavedAsync_SynchronousAnalyzer_RunsOnTheCallingThreadAndCompletesAtOnce()
    {
        var analyzer = new ThreadProbe(_ => { });
        var caller = Environment.CurrentManagedThreadId;

        var run = CreateSut(TimeSpan.FromSeconds(5)).RunUnsavedAsync(analyzer, Input(), CancellationToken.None);

        Assert.True(run.IsCompletedSuccessfully);
        Assert.Equal(caller, analyzer.RanOn);
        Assert.IsType<TestResult>(await run);
    }

    [Fact]
    public async Task RunUnsavedAsync_SynchronousAnalyzerOverItsBudget_StopsAtItsNextCheckAndIsTimedOut()
    {
        var checks = 0;
        var analyzer = new ThreadProbe(_ =>
        {
            // Work that outlives its budget: the clock passes the budget, the next cancellation check throws.
            while (true)
            {
                checks++;
                if (checks == 3)
                {
                    _time.Advance(TimeSpan.FromSeconds(2));
                }

                AnalysisCancellation.ThrowIfRequested();
            }
        });

        var result = await CreateSut(TimeSpan.FromSeconds(1)).RunUnsavedAsync(analyzer, Input(), CancellationToken.None);

        Assert.Equal(new AnalyzerTimedOut("timed_out", 1000), result);
        Assert.Equal(3, checks);
    }

    [Fact]
    public async Task RunUnsavedAsync_PendingAnalyzerOverItsBudget_IsNoLongerWaitedForAndIsTimedOut()
    {
        var analyzer = new SlowAnalyzer("slow", honoursCancellation: false, TimeSpan.FromMinutes(5));
        var run = CreateSut(TimeSpan.FromSeconds(1)).RunUnsavedAsync(analyzer, Input(), CancellationToken.None);
        await analyzer.Started;
        Assert.False(run.IsCompleted);

        _time.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal(new AnalyzerTimedOut("timed_out", 1000), await run);
        analyzer.Release();
    }

    [Fact]
    public async Task RunUnsavedAsync_ShutdownDuringASynchronousAnalyzer_Throws()
    {
        using var shutdown = new CancellationTokenSource();
        var analyzer = new ThreadProbe(_ =>
        {
            shutdown.Cancel();
            AnalysisCancellation.ThrowIfRequested();
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => CreateSut(TimeSpan.FromSeconds(5)).RunUnsavedAsync(analyzer, Input(), shutdown.Token));
    }

    private CheckpointedAnalyzerRunner CreateSut(TimeSpan budget) =>
        new(Substitute.For<ICheckpointStore>(), _time, Options.Create(new PipelineOptions { AnalyzerBudget = budget }), NullLogger.Instance);

    private static AnalysisInput Input() =>
        AnalysisInput.ForSession(PayloadParser.Deserialize(Encoding.UTF8.GetBytes(Payloads.Minimal("s-runner"))));

    /// <summary>A synchronous analyzer (the <see cref="Analyzer{TResult}"/> base, as the real ones) that records its thread.</summary>
    private sealed class ThreadProbe(Action<AnalysisInput> work) : Analyzer<TestResult>
    {
        public int RanOn { get; private set; }

        public override string Name => "probe";

        public override int Version => 1;

        public override TestResult Analyze(AnalysisInput input)
        {
            RanOn = Environment.CurrentManagedThreadId;
            work(input);
            return new TestResult(Name, 1, []);
        }
    }
}
