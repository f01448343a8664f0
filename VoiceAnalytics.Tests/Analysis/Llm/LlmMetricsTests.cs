using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using VoiceAnalytics.Core.Analysis.Llm;

namespace VoiceAnalytics.Tests.Analysis.Llm;

/// <summary>Every call is counted, a cache hit as cached (its tokens and spend: Telemetry/LlmUsageTelemetryTests).</summary>
public sealed class LlmMetricsTests : IDisposable
{
    private readonly AzureOpenAIServer _server = new();

    public void Dispose() => _server.Dispose();

    [Fact]
    public async Task Analyze_PaidCallThenCacheHit_CountsBothCallsOneCached()
    {
        _server.Answer(AzureOpenAIServer.Cheap, LlmPayloads.SalesforceAnswer());
        using var harness = new LlmHarness(_server);
        var measurements = new List<(string Instrument, double Value, Dictionary<string, object?> Tags)>();
        using var listener = Listen(harness.Services.GetRequiredService<IMeterFactory>(), measurements);

        await harness.AnalyzeAsync(LlmPayloads.Call());
        await harness.AnalyzeAsync(LlmPayloads.Call());

        var calls = measurements.Where(m => m.Instrument == "llm.calls").ToList();
        Assert.Equal(2, calls.Count);
        Assert.Equal([false, true], calls.Select(c => (bool)c.Tags["cached"]!));
        Assert.All(calls, c => Assert.Equal(AzureOpenAIServer.Cheap, c.Tags["deployment"]));
        Assert.All(calls, c => Assert.Equal(LlmCaller.Ok, c.Tags["outcome"]));
    }

    // Only this harness's meter (its own IMeterFactory), so parallel tests cannot add measurements.
    private static MeterListener Listen(IMeterFactory factory, List<(string, double, Dictionary<string, object?>)> into)
    {
        var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == LlmMetrics.MeterName && ReferenceEquals(instrument.Meter.Scope, factory))
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        void Add(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
        {
            var copy = new Dictionary<string, object?>();
            foreach (var tag in tags)
            {
                copy[tag.Key] = tag.Value;
            }

            lock (into)
            {
                into.Add((instrument.Name, value, copy));
            }
        }

        listener.SetMeasurementEventCallback<long>((i, v, t, _) => Add(i, v, t));
        listener.SetMeasurementEventCallback<double>((i, v, t, _) => Add(i, v, t));
        listener.Start();
        return listener;
    }
}
