using System.Diagnostics;
using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using VoiceAnalytics.Core.Analysis;
using VoiceAnalytics.Core.Storage;
using VoiceAnalytics.Tests.Pipeline;
using VoiceAnalytics.Tests.Support;

namespace VoiceAnalytics.Tests.LocalHost;

/// <summary>Issue 10: one slow session never holds the others, and stopping the host never waits for an analysis.</summary>
public sealed class LocalQueuePumpTests
{
    private const string SlowMarker = "SLOW-SESSION-MARKER";

    [Fact]
    public async Task Pump_OneSlowSession_OtherSessionsAreAnalyzedWhileItRuns()
    {
        var slow = new SlowAnalyzer("slow_probe", honoursCancellation: true, TimeSpan.FromMinutes(1), SlowMarker);
        await using var host = await ApiHost.StartAsync(
            new Dictionary<string, string?> { ["Queue:Concurrency"] = "4", ["Pipeline:AnalyzerBudget"] = "00:02:00" },
            services => services.AddSingleton<IAnalyzer>(slow));
        await PostAsync(host, "slow-1", $"Hello, {SlowMarker}, how do templates work?");
        await slow.Started.WaitAsync(TimeSpan.FromSeconds(30));

        foreach (var id in new[] { "normal-1", "normal-2", "normal-3" })
        {
            await PostAsync(host, id, "Hello, how do templates work?");
        }

        foreach (var id in new[] { "normal-1", "normal-2", "normal-3" })
        {
            await SessionsClient.WaitForStatusAsync(host.Client, id, "analyzed", TimeSpan.FromSeconds(30));
        }

        Assert.Equal("processing", (await SessionsClient.GetStatusAsync(host.Client, "slow-1")).GetProperty("status").GetString());
        slow.Release();
        await SessionsClient.WaitForStatusAsync(host.Client, "slow-1", "analyzed", TimeSpan.FromSeconds(30));
    }

    [Fact]
    public void Concurrency_Default_IsTheCoreCount()
    {
        Assert.Equal(Environment.ProcessorCount, new QueueOptions().Workers);
        Assert.Equal(3, new QueueOptions { Concurrency = 3 }.Workers);
    }

    [Fact]
    public async Task Stop_SlowSessionInFlight_StopsWithin5SecondsAndTheSessionIsAnalyzedAfterARestart()
    {
        using var folder = new TempFolder();
        var stuck = new SlowAnalyzer("stuck_probe", honoursCancellation: false, TimeSpan.FromSeconds(20), SlowMarker);
        var host = await ApiHost.StartAsync(
            new Dictionary<string, string?> { ["Pipeline:AnalyzerBudget"] = "00:02:00" },
            services => services.AddSingleton<IAnalyzer>(stuck),
            folder.Path);
        try
        {
            await PostAsync(host, "in-flight", $"Hello, {SlowMarker}, how do templates work?");
            await stuck.Started.WaitAsync(TimeSpan.FromSeconds(30));
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }

        var clock = Stopwatch.StartNew();
        await host.DisposeAsync();
        clock.Stop();

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"stopping took {clock.Elapsed.TotalSeconds:F1} s");
        await using var restarted = await ApiHost.StartAsync(dataPath: folder.Path);
        var status = await SessionsClient.WaitForStatusAsync(restarted.Client, "in-flight", "analyzed", TimeSpan.FromSeconds(30));
        Assert.True(status.GetProperty("report").GetProperty("results").TryGetProperty("performance_metrics", out _));
    }

    private static async Task PostAsync(ApiHost host, string sessionId, string userText)
    {
        using var response = await host.Client.SendAsync(SessionsClient.Post(Encoding.UTF8.GetBytes(Payloads.Minimal(sessionId, userText))));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }
}
