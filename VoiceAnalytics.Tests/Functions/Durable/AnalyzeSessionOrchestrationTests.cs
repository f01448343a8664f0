using System.Collections.Concurrent;
using Azure.Storage.Queues.Models;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using VoiceAnalytics.Core.Analysis;
using VoiceAnalytics.Core.Contracts;
using VoiceAnalytics.Core.Ingest;
using VoiceAnalytics.Core.Pipeline;
using VoiceAnalytics.Core.Sinks;
using VoiceAnalytics.Core.Storage;
using VoiceAnalytics.Functions.Functions.Analysis;
using VoiceAnalytics.Tests.Support;

namespace VoiceAnalytics.Tests.Functions.Durable;

/// <summary>
/// The Durable orchestrator <see cref="AnalyzeSession"/> and its activities, run on a real in-process Durable Task
/// engine over the app's real services (embedded stores in a temp folder). Analyzers and sinks are the registered
/// ones, wrapped to count runs and, where a test asks, to fail.
/// </summary>
public sealed class AnalyzeSessionOrchestrationTests : IAsyncDisposable
{
    private readonly TempFolder _folder = new();
    private readonly ConcurrentDictionary<string, int> _runs = new(StringComparer.Ordinal);
    private ServiceProvider? _services;
    private DurableFunctionsHarness? _durable;

    public async ValueTask DisposeAsync()
    {
        if (_durable is not null)
        {
            await _durable.DisposeAsync();
        }

        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        _folder.Dispose();
    }

    [Fact]
    public async Task Run_FansOutToEveryAnalyzer_FansIn_ThenDeliversToEverySink()
    {
        await StartAsync();
        var sessionId = await IngestAsync("durable-1");

        var instance = await StartAndWaitAsync(sessionId);

        AssertCompleted(instance);
        var plan = _services!.GetRequiredService<SessionPlan>();
        var analyzers = plan.AnalyzerStages.SelectMany(s => s).ToList();
        Assert.Contains("sales_intelligence", analyzers);
        Assert.All(analyzers, a => Assert.Equal(1, _runs.GetValueOrDefault(a)));
        var report = await ReportAsync(sessionId);
        Assert.Equal(analyzers.Order(), report.Results.Keys.Order());

        // Fan-in: lead scoring read the fan-out's results (a scored call names the sales factors it used).
        Assert.NotNull(report.Get<Core.Scoring.LeadScoreReport>());
        var deliveries = await LedgerAsync(sessionId);
        Assert.Equal(plan.SinkStages.SelectMany(s => s).Order(), deliveries.Select(d => d.Sink).Order());
        Assert.All(deliveries, d => Assert.Equal(DeliveryStatus.Delivered, d.Status));
    }

    [Fact]
    public async Task Run_AnalyzerActivityFailsOnce_IsRetriedAndTheSessionIsAnalyzed()
    {
        await StartAsync(failingAnalyzer: ("sentiment", 1));
        var sessionId = await IngestAsync("durable-2");

        var instance = await StartAndWaitAsync(sessionId);

        AssertCompleted(instance);
        Assert.Equal(2, _runs["sentiment"]);
        Assert.Equal(1, _runs["sales_intelligence"]);
        Assert.Equal(SessionState.Analyzed, (await StatusAsync(sessionId)).State);
    }

    [Fact]
    public async Task Run_SinkKeepsFailing_OthersDelivered_SessionAnalyzedWithThatSinkFailed()
    {
        await StartAsync(failingSink: ("amplitude", int.MaxValue));
        using var metrics = new Telemetry.MetricRecorder(_services!.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>(), Core.Telemetry.VoiceAnalyticsTelemetry.Name);
        var sessionId = await IngestAsync("durable-3");

        var instance = await StartAndWaitAsync(sessionId);

        AssertCompleted(instance);
        Assert.Equal(SessionState.Analyzed, (await StatusAsync(sessionId)).State);
        var deliveries = (await LedgerAsync(sessionId)).ToDictionary(d => d.Sink);
        Assert.Equal(DeliveryStatus.Failed, deliveries["amplitude"].Status);
        Assert.Equal(3, deliveries["amplitude"].Attempts); // Pipeline:ActivityMaxAttempts
        Assert.Contains("amplitude is down", deliveries["amplitude"].LastError, StringComparison.Ordinal);
        Assert.All(deliveries.Values.Where(d => d.Sink != "amplitude"), d => Assert.Equal(DeliveryStatus.Delivered, d.Status));

        // What ops would chart: three failed attempts at amplitude, one analyzed session.
        var outcomes = metrics.Of("voice_analytics.sink.deliveries").Where(m => (string?)m.Tags["sink"] == "amplitude").ToList();
        Assert.Equal(3, outcomes.Count(m => (string?)m.Tags["outcome"] == "failed"));
        Assert.Single(metrics.Of("voice_analytics.sessions.analyzed"));
        Assert.Single(metrics.Of("voice_analytics.analysis.duration"));
    }

    [Fact]
    public async Task Run_SinkFailsOnce_IsRetriedAndDelivered()
    {
        await StartAsync(failingSink: ("salesforce", 1));
        var sessionId = await IngestAsync("durable-4");

        await StartAndWaitAsync(sessionId);

        var salesforce = (await LedgerAsync(sessionId)).Single(d => d.Sink == "salesforce");
        Assert.Equal(DeliveryStatus.Delivered, salesforce.Status);
        Assert.Equal(2, salesforce.Attempts);
    }

    [Fact]
    public async Task Run_AnalyzerKeepsFailing_OrchestrationFails_SessionFailedWithTheReason()
    {
        await StartAsync(failingAnalyzer: ("content_gaps", int.MaxValue));
        using var metrics = new Telemetry.MetricRecorder(_services!.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>(), Core.Telemetry.VoiceAnalyticsTelemetry.Name);
        var sessionId = await IngestAsync("durable-5");

        var instance = await StartAndWaitAsync(sessionId);

        Assert.Equal(OrchestrationRuntimeStatus.Failed, instance.RuntimeStatus);
        Assert.Equal(3, _runs["content_gaps"]);
        Assert.Equal(0, _runs.GetValueOrDefault("lead_scoring"));
        var status = await StatusAsync(sessionId);
        Assert.Equal(SessionState.Failed, status.State);
        Assert.Contains("content_gaps failed on purpose", status.FailureReason, StringComparison.Ordinal);
        Assert.Empty(await LedgerAsync(sessionId));
        Assert.Single(metrics.Of("voice_analytics.sessions.failed"));
    }

    [Fact]
    public async Task Start_TwiceForOneSession_RunsOnce()
    {
        await StartAsync();
        var sessionId = await IngestAsync("durable-6");
        var starter = _services!.GetRequiredService<StartSessionAnalysis>();

        Assert.True(await starter.StartAsync(_durable!.Client, sessionId, CancellationToken.None));
        var whileRunning = await starter.StartAsync(_durable.Client, sessionId, CancellationToken.None);
        await _durable.WaitAsync(sessionId);
        var afterwards = await starter.StartAsync(_durable.Client, sessionId, CancellationToken.None);
        await Task.Delay(200);

        Assert.False(whileRunning);
        Assert.False(afterwards);
        Assert.Equal(1, _runs["sales_intelligence"]);
        Assert.Equal(1, (await LedgerAsync(sessionId)).Single(d => d.Sink == "warehouse").Attempts);
    }

    [Fact]
    public async Task Start_SessionAcceptedAgainAfterItFailed_RunsAgainOnTheSameInstanceId()
    {
        await StartAsync(failingAnalyzer: ("content_gaps", 3));
        var sessionId = await IngestAsync("durable-7");
        Assert.Equal(OrchestrationRuntimeStatus.Failed, (await StartAndWaitAsync(sessionId)).RuntimeStatus);

        // A different body for a failed session replaces it (the intake's rule); its message starts a fresh run.
        await IngestAsync("durable-7", userText: "Hello again, what does the API cost?");
        var second = await StartAndWaitAsync(sessionId);

        Assert.Equal(OrchestrationRuntimeStatus.Completed, second.RuntimeStatus);
        Assert.Equal(SessionState.Analyzed, (await StatusAsync(sessionId)).State);
    }

    [Fact]
    public async Task QueueTrigger_MessageFromTheIntake_StartsTheOrchestration_ADuplicateMessageDoesNot()
    {
        await StartAsync();
        var sessionId = await IngestAsync("durable-8");
        var queued = await _services!.GetRequiredService<ISessionQueue>().ReceiveAsync(CancellationToken.None);
        var message = QueuesModelFactory.QueueMessage("m-1", "pop", queued!.Message.ToJson(), dequeueCount: 1);
        var trigger = _services!.GetRequiredService<StartSessionAnalysis>();

        await trigger.Run(message, _durable!.Client, CancellationToken.None);
        AssertCompleted(await _durable.WaitAsync(sessionId));
        await trigger.Run(message, _durable.Client, CancellationToken.None); // at-least-once: the same message again

        Assert.Equal(1, _runs["sales_intelligence"]);
        Assert.Equal(SessionState.Analyzed, (await StatusAsync(sessionId)).State);
    }

    [Fact]
    public async Task QueueTrigger_LastAttemptFails_MarksTheSessionFailedAndRethrowsForThePoisonQueue()
    {
        await StartAsync();
        var sessionId = await IngestAsync("durable-9");
        var message = QueuesModelFactory.QueueMessage("m-2", "pop", new SessionMessage(sessionId, sessionId, DateTimeOffset.UnixEpoch).ToJson(), dequeueCount: 3);
        await _durable!.DisposeAsync(); // the task hub is unreachable: starting fails
        var client = _durable.Client;
        _durable = null;

        await Assert.ThrowsAnyAsync<Exception>(() => _services!.GetRequiredService<StartSessionAnalysis>().Run(message, client, CancellationToken.None));

        var status = await StatusAsync(sessionId);
        Assert.Equal(SessionState.Failed, status.State);
        Assert.StartsWith("Failed 3 attempts:", status.FailureReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_SameBodyAcceptedAgainAfterItFailed_RunsAgainAndTheSessionIsAnalyzed()
    {
        await StartAsync(failingAnalyzer: ("content_gaps", 3));
        var sessionId = await IngestAsync("durable-10");
        Assert.Equal(OrchestrationRuntimeStatus.Failed, (await StartAndWaitAsync(sessionId)).RuntimeStatus);

        // The same body again (the agent resends it as it was) re-queues the failed session; its message starts a fresh run.
        var again = await _services!.GetRequiredService<SessionIngestor>().IngestAsync(System.Text.Encoding.UTF8.GetBytes(Payloads.Minimal(sessionId, DefaultUserText)), CancellationToken.None);
        Assert.Equal(IntakeOutcome.Retried, again.Outcome);
        var second = await StartAndWaitAsync(sessionId);

        AssertCompleted(second);
        Assert.Equal(4, _runs["content_gaps"]);
        Assert.Equal(SessionState.Analyzed, (await StatusAsync(sessionId)).State);
    }

    [Fact]
    public async Task QueueTrigger_MessageOfARetriedSession_StartsAFreshRunAfterTheFailedOne()
    {
        await StartAsync(failingAnalyzer: ("content_gaps", 3));
        var sessionId = await IngestAsync("durable-11");
        var queue = _services!.GetRequiredService<ISessionQueue>();
        var trigger = _services!.GetRequiredService<StartSessionAnalysis>();
        await trigger.Run(await NextMessageAsync(queue), _durable!.Client, CancellationToken.None);
        Assert.Equal(OrchestrationRuntimeStatus.Failed, (await _durable.WaitAsync(sessionId)).RuntimeStatus);

        var retried = await _services!.GetRequiredService<SessionIngestor>().RetryAsync(sessionId, CancellationToken.None);
        await trigger.Run(await NextMessageAsync(queue), _durable.Client, CancellationToken.None);

        Assert.Equal(SessionState.Failed, retried);
        AssertCompleted(await _durable.WaitAsync(sessionId));
        Assert.Equal(SessionState.Analyzed, (await StatusAsync(sessionId)).State);
    }

    private static async Task<QueueMessage> NextMessageAsync(ISessionQueue queue)
    {
        var lease = await queue.ReceiveAsync(CancellationToken.None) ?? throw new InvalidOperationException("The queue is empty.");
        await queue.CompleteAsync(lease, CancellationToken.None);
        return QueuesModelFactory.QueueMessage(lease.Receipt, "pop", lease.Message.ToJson(), dequeueCount: 1);
    }

    [Fact]
    public void EveryAnalyzerAndSink_HasItsActivityFunction()
    {
        using var services = BuildServices(null, null);
        var plan = services.GetRequiredService<SessionPlan>();
        var functions = DurableFunctionsHarness.DurableFunctions().Select(f => f.Name).ToHashSet(StringComparer.Ordinal);

        Assert.All(plan.AnalyzerStages.SelectMany(s => s), a => Assert.Contains(ActivityNames.ForAnalyzer(a), functions));
        Assert.All(plan.SinkStages.SelectMany(s => s), s => Assert.Contains(ActivityNames.ForSink(s), functions));
        Assert.Contains(nameof(AnalyzeSession), functions);
    }

    private async Task StartAsync((string Name, int Failures)? failingAnalyzer = null, (string Name, int Failures)? failingSink = null)
    {
        _services = BuildServices(failingAnalyzer, failingSink);
        _durable = await DurableFunctionsHarness.StartAsync(_services);
    }

    private ServiceProvider BuildServices((string Name, int Failures)? failingAnalyzer, (string Name, int Failures)? failingSink) =>
        FunctionsAppServices.Build(
            _folder.Path,
            new Dictionary<string, string?> { ["Pipeline:ActivityMaxAttempts"] = "3", ["Pipeline:ActivityFirstRetryInterval"] = "00:00:00.050" },
            services =>
            {
                FunctionsAppServices.Decorate<IAnalyzer>(services, inner => new CountingAnalyzer(inner, _runs, inner.Name == failingAnalyzer?.Name ? failingAnalyzer.Value.Failures : 0));
                FunctionsAppServices.Decorate<ISessionSink>(services, inner => inner.Name == failingSink?.Name ? new FailingSink(inner, failingSink.Value.Failures) : inner);
            });

    private const string DefaultUserText = "We are 12 people and send 200 proposals a month. Does it connect to HubSpot?";

    private async Task<string> IngestAsync(string sessionId, string userText = DefaultUserText)
    {
        var result = await _services!.GetRequiredService<SessionIngestor>().IngestAsync(System.Text.Encoding.UTF8.GetBytes(Payloads.Minimal(sessionId, userText)), CancellationToken.None);
        Assert.True(result.IsValid);
        return sessionId;
    }

    private async Task<OrchestrationMetadata> StartAndWaitAsync(string sessionId)
    {
        Assert.True(await _services!.GetRequiredService<StartSessionAnalysis>().StartAsync(_durable!.Client, sessionId, CancellationToken.None));
        return await _durable.WaitAsync(sessionId);
    }

    private static void AssertCompleted(OrchestrationMetadata instance) =>
        Assert.True(instance.RuntimeStatus == OrchestrationRuntimeStatus.Completed, $"{instance.RuntimeStatus}: {instance.FailureDetails?.ErrorType} {instance.FailureDetails?.ErrorMessage} {instance.FailureDetails?.StackTrace}");

    private async Task<SessionRecord> StatusAsync(string sessionId) =>
        (await _services!.GetRequiredService<ISessionStore>().GetAsync(sessionId, CancellationToken.None))!;

    private async Task<SessionReport> ReportAsync(string sessionId) =>
        _services!.GetRequiredService<Core.Sinks.Redelivery.StoredReportReader>().Read((await StatusAsync(sessionId)).ReportJson!);

    private Task<IReadOnlyList<DeliveryRecord>> LedgerAsync(string sessionId) =>
        _services!.GetRequiredService<IDeliveryLedger>().GetAsync(sessionId, CancellationToken.None);

    /// <summary>The registered analyzer, counting its runs per name; the first <c>failures</c> runs throw.</summary>
    private sealed class CountingAnalyzer(IAnalyzer inner, ConcurrentDictionary<string, int> runs, int failures) : IAnalyzer
    {
        public string Name => inner.Name;

        public int Version => inner.Version;

        public AnalyzerStage Stage => inner.Stage;

        public Type ResultType => inner.ResultType;

        public ValueTask<object> AnalyzeAsync(AnalysisInput input, CancellationToken cancellationToken)
        {
            var run = runs.AddOrUpdate(Name, 1, (_, n) => n + 1);
            return run <= failures
                ? throw new InvalidOperationException($"{Name} failed on purpose (run {run})")
                : inner.AnalyzeAsync(input, cancellationToken);
        }
    }

    /// <summary>The registered sink under its own name; the first <c>failures</c> deliveries throw.</summary>
    private sealed class FailingSink(ISessionSink inner, int failures) : ISessionSink
    {
        private int _attempts;

        public string Name => inner.Name;

        public bool IsSystemOfRecord => inner.IsSystemOfRecord;

        public Task DeliverAsync(SessionPayload session, SessionReport report, CancellationToken cancellationToken) =>
            Interlocked.Increment(ref _attempts) <= failures
                ? throw new HttpRequestException($"{Name} is down")
                : inner.DeliverAsync(session, report, cancellationToken);
    }
}
