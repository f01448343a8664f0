using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using NSubstitute;
using NSubstitute.ExceptionExtensions;
using VoiceAnalytics.Core.Storage;
using VoiceAnalytics.Core.Telemetry;
using VoiceAnalytics.Tests.Support;

namespace VoiceAnalytics.Tests.Telemetry;

/// <summary>The queue-depth gauge reads the real queue each time a collector asks, and reports nothing it cannot read.</summary>
public sealed class QueueDepthTelemetryTests : IDisposable
{
    private readonly SqliteStores _stores = new();
    private readonly ServiceProvider _meters = new ServiceCollection().AddMetrics().BuildServiceProvider();

    public void Dispose()
    {
        _meters.Dispose();
        _stores.Dispose();
    }

    [Fact]
    public async Task QueueDepth_AfterEnqueuingThree_ReportsThree()
    {
        var factory = _meters.GetRequiredService<IMeterFactory>();
        using var recorder = new MetricRecorder(factory, VoiceAnalyticsTelemetry.Name);
        using var telemetry = new VoiceAnalyticsTelemetry(factory, new SessionQueueDepth(_stores.Queue, NullLogger<SessionQueueDepth>.Instance));

        recorder.Observe();
        for (var i = 0; i < 3; i++)
        {
            await _stores.Queue.EnqueueAsync(new SessionMessage($"tel-depth-{i}", $"tel-depth-{i}", _stores.Time.GetUtcNow()), CancellationToken.None);
        }

        recorder.Observe();

        var depth = recorder.Of("voice_analytics.queue.depth");
        Assert.Equal([0d, 3d], depth.Select(d => d.Value));
        Assert.All(depth, d => Assert.Equal("{message}", d.Unit));
    }

    [Fact]
    public void QueueDepth_QueueUnreadable_ReportsNoValueAndDoesNotThrow()
    {
        var queue = Substitute.For<ISessionQueue>();
        queue.CountAsync(Arg.Any<CancellationToken>()).ThrowsAsync(new InvalidOperationException("storage is down"));
        var factory = _meters.GetRequiredService<IMeterFactory>();
        using var recorder = new MetricRecorder(factory, VoiceAnalyticsTelemetry.Name);
        using var telemetry = new VoiceAnalyticsTelemetry(factory, new SessionQueueDepth(queue, NullLogger<SessionQueueDepth>.Instance));

        recorder.Observe();

        Assert.Empty(recorder.Of("voice_analytics.queue.depth"));
        queue.Received().CountAsync(Arg.Any<CancellationToken>());
    }
}
