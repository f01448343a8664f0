using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NSubstitute;
using VoiceAnalytics.Core.Analysis;
using VoiceAnalytics.Core.Analysis.Sales;
using VoiceAnalytics.Core.Pipeline;
using VoiceAnalytics.Core.Scoring;
using VoiceAnalytics.Core.Storage;
using VoiceAnalytics.Core.Warehouse;
using VoiceAnalytics.Tests.Support;

namespace VoiceAnalytics.Tests.Pipeline;

/// <summary>Issue 10: an analyzer over its time budget is cancelled, marked timed_out in the report, and the session completes with the rest.</summary>
public sealed class AnalyzerBudgetTests : IDisposable
{
    private readonly SqliteStores _stores = new();

    public void Dispose() => _stores.Dispose();

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ProcessAsync_AnalyzerOverItsBudget_IsMarkedTimedOutAndTheSessionCompletes(bool honoursCancellation)
    {
        var slow = new SlowAnalyzer("slow", honoursCancellation, TimeSpan.FromSeconds(20));
        var late = new TestAnalyzer("late", AnalyzerStage.Scoring);
        await AcceptAsync("s-budget");

        var report = (await CreateSut([new TestAnalyzer("a"), slow, late], new PipelineOptions { AnalyzerBudget = TimeSpan.FromMilliseconds(300) })
            .ProcessAsync("s-budget", CancellationToken.None))!;

        Assert.Equal(new AnalyzerTimedOut("timed_out", 300), report.Results["slow"]);
        Assert.IsType<TestResult>(report.Results["a"]);
        Assert.Equal(1, late.Runs); // later stages ran; the timed-out result is no typed result for them
        var record = await _stores.Store.GetAsync("s-budget", CancellationToken.None);
        Assert.Equal(SessionState.Analyzed, record!.State);
        using var stored = JsonDocument.Parse(record.ReportJson!);
        var slowJson = stored.RootElement.GetProperty("results").GetProperty("slow");
        Assert.Equal("timed_out", slowJson.GetProperty("status").GetString());
        Assert.Equal(300, slowJson.GetProperty("budget_ms").GetInt64());
    }

    [Fact]
    public async Task ProcessAsync_SessionBudgetSpent_LaterAnalyzersGetOnlyWhatIsLeft()
    {
        var slow = new SlowAnalyzer("slow", honoursCancellation: true, TimeSpan.FromSeconds(20));
        await AcceptAsync("s-session-budget");

        var report = (await CreateSut([slow], new PipelineOptions { AnalyzerBudget = TimeSpan.FromSeconds(30), SessionBudget = TimeSpan.FromMilliseconds(400) })
            .ProcessAsync("s-session-budget", CancellationToken.None))!;

        var timedOut = Assert.IsType<AnalyzerTimedOut>(report.Results["slow"]);
        Assert.InRange(timedOut.BudgetMs, 0, 400);
    }

    [Fact]
    public async Task ProcessAsync_TimedOutResultCheckpointed_RetryDoesNotRunTheAnalyzerAgain()
    {
        var slow = new SlowAnalyzer("slow", honoursCancellation: true, TimeSpan.FromSeconds(20));
        var flaky = new TestAnalyzer("flaky", AnalyzerStage.Scoring, failures: 1);
        await AcceptAsync("s-retry");
        var sut = CreateSut([slow, flaky], new PipelineOptions { AnalyzerBudget = TimeSpan.FromMilliseconds(200) });
        await Assert.ThrowsAsync<InvalidOperationException>(() => sut.ProcessAsync("s-retry", CancellationToken.None));
        var fast = new TestAnalyzer("slow");

        var report = (await CreateSut([fast, flaky], new PipelineOptions()).ProcessAsync("s-retry", CancellationToken.None))!;

        Assert.Equal(0, fast.Runs);
        Assert.Equal(new AnalyzerTimedOut("timed_out", 200), report.Results["slow"]);
    }

    [Fact]
    public async Task RealPipeline_SalesIntelligenceTimesOut_LaterStagesAndSinksCopeAndTheSessionIsAnalyzed()
    {
        var slowSales = new SlowAnalyzer("sales_intelligence", honoursCancellation: true, TimeSpan.FromSeconds(30));
        await using var host = await ApiHost.StartAsync(
            new Dictionary<string, string?> { ["Pipeline:AnalyzerBudget"] = "00:00:00.500" },
            services =>
            {
                var real = services.Single(d => d.ServiceType == typeof(IAnalyzer) && d.ImplementationType == typeof(SalesIntelligenceAnalyzer));
                services.Remove(real);
                services.AddSingleton<IAnalyzer>(slowSales);
            });
        using var response = await host.Client.SendAsync(SessionsClient.Post(Payloads.SharedWithId("qualified_meeting_booked.json", "budget-real")));
        Assert.Equal(System.Net.HttpStatusCode.Accepted, response.StatusCode);

        var status = await SessionsClient.WaitForStatusAsync(host.Client, "budget-real", "analyzed", TimeSpan.FromSeconds(30));

        var results = status.GetProperty("report").GetProperty("results");
        Assert.Equal("timed_out", results.GetProperty("sales_intelligence").GetProperty("status").GetString());
        Assert.Equal(500, results.GetProperty("sales_intelligence").GetProperty("budget_ms").GetInt64());
        foreach (var name in new[] { "performance_metrics", "conversation_quality", "sentiment", "lead_scoring", "executive_summary" })
        {
            Assert.True(results.TryGetProperty(name, out _), $"{name} is missing from {results}");
        }
    }

    private SessionProcessor CreateSut(IEnumerable<IAnalyzer> analyzers, PipelineOptions options) =>
        new(_stores.Store, _stores.Checkpoints, Substitute.For<ILeadHistory>(), analyzers, _stores.Dispatcher([]), TimeProvider.System, Options.Create(options), NullLogger<SessionProcessor>.Instance);

    private Task AcceptAsync(string sessionId)
    {
        var body = Encoding.UTF8.GetBytes(Payloads.Minimal(sessionId));
        return _stores.Store.AcceptAsync(new SessionSubmission(sessionId, body, sessionId + "-sha", _stores.Time.GetUtcNow()), CancellationToken.None);
    }
}
