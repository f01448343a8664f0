using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using VoiceAnalytics.Core.Analysis.Llm;
using VoiceAnalytics.Core.Telemetry;
using VoiceAnalytics.Tests.Analysis.Llm;

namespace VoiceAnalytics.Tests.Telemetry;

/// <summary>
/// The model path (the real <see cref="LlmCaller"/> from Core's services) against a local server speaking the Azure
/// OpenAI wire format: the usage the server reports becomes tokens and spend once per paid call; the cached second
/// answer adds nothing. The caller alone, not the nine analyzers, keeps the test short.
/// </summary>
public sealed class LlmUsageTelemetryTests : IDisposable
{
    private readonly AzureOpenAIServer _server = new();

    public void Dispose() => _server.Dispose();

    [Fact]
    public async Task Call_PaidThenCached_RecordsTokensAndCostOnce()
    {
        _server.Answer(AzureOpenAIServer.Cheap, LlmPayloads.SalesforceAnswer());
        using var harness = new LlmHarness(_server);
        using var recorder = new MetricRecorder(harness.Services.GetRequiredService<IMeterFactory>(), VoiceAnalyticsTelemetry.Name);
        var caller = harness.Services.GetRequiredService<LlmCaller>();
        var transcript = MaskedTranscript.From(LlmPayloads.Call(), 60_000);

        var paid = await caller.CallAsync("llm-test-1", transcript, AzureOpenAIServer.Cheap, "cheap", CancellationToken.None);
        var cached = await caller.CallAsync("llm-test-1", transcript, AzureOpenAIServer.Cheap, "cheap", CancellationToken.None);

        Assert.True(paid.IsUsable);
        Assert.True(cached.Record.Cached);
        Assert.Single(_server.Requests(AzureOpenAIServer.Cheap));
        // The server reports 1200 prompt + 300 completion tokens; gpt-4o-mini at 0.15 / 0.60 USD per million.
        var tokens = recorder.Of("voice_analytics.llm.tokens");
        Assert.Equal(2, tokens.Count);
        Assert.Equal(1200, Assert.Single(tokens, t => (string?)t.Tags["direction"] == "input").Value);
        Assert.Equal(300, Assert.Single(tokens, t => (string?)t.Tags["direction"] == "output").Value);
        Assert.All(tokens, t => Assert.Equal(AzureOpenAIServer.Cheap, t.Tags["deployment"]));
        var cost = Assert.Single(recorder.Of("voice_analytics.llm.cost"));
        Assert.Equal(0.00036, cost.Value, 9);
        Assert.Equal(AzureOpenAIServer.Cheap, cost.Tags["deployment"]);
    }
}
