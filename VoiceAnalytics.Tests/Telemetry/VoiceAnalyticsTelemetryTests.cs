using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using NSubstitute;
using VoiceAnalytics.Core.Storage;
using VoiceAnalytics.Core.Telemetry;

namespace VoiceAnalytics.Tests.Telemetry;

public sealed class VoiceAnalyticsTelemetryTests : IDisposable
{
    private readonly ServiceProvider _meters = new ServiceCollection().AddMetrics().BuildServiceProvider();
    private readonly VoiceAnalyticsTelemetry _telemetry;
    private readonly MetricRecorder _recorder;

    public VoiceAnalyticsTelemetryTests()
    {
        var factory = _meters.GetRequiredService<IMeterFactory>();
        _recorder = new MetricRecorder(factory, VoiceAnalyticsTelemetry.Name);
        _telemetry = new VoiceAnalyticsTelemetry(factory, Substitute.For<IQueueDepth>());
    }

    public void Dispose()
    {
        _recorder.Dispose();
        _telemetry.Dispose();
        _meters.Dispose();
    }

    [Fact]
    public void SinkDelivered_Failed_RecordsOneDeliveryTaggedWithSinkAndFailed()
    {
        _telemetry.SinkDelivered("salesforce", delivered: false);
        _telemetry.SinkDelivered("warehouse", delivered: true);

        var deliveries = _recorder.Of("voice_analytics.sink.deliveries");
        Assert.Equal(2, deliveries.Count);
        Assert.Equal(1, deliveries[0].Value);
        Assert.Equal("salesforce", deliveries[0].Tags["sink"]);
        Assert.Equal("failed", deliveries[0].Tags["outcome"]);
        Assert.Equal("warehouse", deliveries[1].Tags["sink"]);
        Assert.Equal("delivered", deliveries[1].Tags["outcome"]);
        Assert.All(deliveries, d => Assert.Equal(["outcome", "sink"], d.Tags.Keys.Order()));
    }

    [Fact]
    public void SessionAnalyzed_CountsTheSessionAndRecordsItsDurationInMilliseconds()
    {
        _telemetry.SessionAnalyzed(TimeSpan.FromSeconds(1.5));

        Assert.Equal(1, Assert.Single(_recorder.Of("voice_analytics.sessions.analyzed")).Value);
        var duration = Assert.Single(_recorder.Of("voice_analytics.analysis.duration"));
        Assert.Equal(1500, duration.Value);
        Assert.Equal("ms", duration.Unit);
        Assert.Empty(_recorder.Of("voice_analytics.sessions.failed"));
    }

    [Fact]
    public void SessionFailed_CountsOneFailedSession()
    {
        _telemetry.SessionFailed();

        Assert.Equal(1, Assert.Single(_recorder.Of("voice_analytics.sessions.failed")).Value);
        Assert.Empty(_recorder.Of("voice_analytics.sessions.analyzed"));
    }

    [Theory]
    [InlineData(IntakeOutcome.Accepted, "accepted")]
    [InlineData(IntakeOutcome.Duplicate, "duplicate")]
    [InlineData(IntakeOutcome.Resubmitted, "replaced")]
    [InlineData(IntakeOutcome.Retried, "retried")]
    public void SessionIngested_TagsTheOutcome(IntakeOutcome outcome, string expected)
    {
        _telemetry.SessionIngested(outcome);

        var ingested = Assert.Single(_recorder.Of("voice_analytics.sessions.ingested"));
        Assert.Equal(expected, ingested.Tags["outcome"]);
        Assert.Equal("{session}", ingested.Unit);
    }

    [Fact]
    public void SessionIngested_Conflict_IsRefusedAsNothingWasIngested()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => _telemetry.SessionIngested(IntakeOutcome.Conflict));
        Assert.Empty(_recorder.Of("voice_analytics.sessions.ingested"));
    }

    [Fact]
    public void LlmUsage_RecordsInputAndOutputTokensAndUsdPerDeployment()
    {
        _telemetry.LlmUsage("gpt-4o-mini", input: 1200, output: 300, usd: 0.00036);

        var tokens = _recorder.Of("voice_analytics.llm.tokens");
        Assert.Equal(1200, Assert.Single(tokens, t => (string?)t.Tags["direction"] == "input").Value);
        Assert.Equal(300, Assert.Single(tokens, t => (string?)t.Tags["direction"] == "output").Value);
        Assert.All(tokens, t => Assert.Equal("gpt-4o-mini", t.Tags["deployment"]));
        var cost = Assert.Single(_recorder.Of("voice_analytics.llm.cost"));
        Assert.Equal(0.00036, cost.Value, 9);
        Assert.Equal("USD", cost.Unit);
        Assert.Equal("gpt-4o-mini", cost.Tags["deployment"]);
    }

    [Fact]
    public void StartActivity_WhenListened_StartsASpanOfOurSourceTaggedWithTheSessionId()
    {
        var stopped = new List<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == VoiceAnalyticsTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                lock (stopped)
                {
                    stopped.Add(activity);
                }
            },
        };
        ActivitySource.AddActivityListener(listener);
        var sessionId = $"tel-{Guid.NewGuid():N}";

        using (var activity = _telemetry.StartActivity("AnalyzeSession", sessionId))
        {
            Assert.NotNull(activity);
        }

        lock (stopped)
        {
            var span = Assert.Single(stopped, a => (string?)a.GetTagItem("session.id") == sessionId);
            Assert.Equal("AnalyzeSession", span.OperationName);
            Assert.Equal(VoiceAnalyticsTelemetry.Name, span.Source.Name);
        }
    }
}
