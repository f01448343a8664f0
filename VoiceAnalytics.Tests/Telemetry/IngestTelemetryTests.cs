using System.Diagnostics.Metrics;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using VoiceAnalytics.Core.Ingest;
using VoiceAnalytics.Core.Storage;
using VoiceAnalytics.Core.Telemetry;
using VoiceAnalytics.Tests.Support;

namespace VoiceAnalytics.Tests.Telemetry;

/// <summary>The ingestor on a real embedded store counts what it stored, by outcome, and nothing it refused.</summary>
public sealed class IngestTelemetryTests : IDisposable
{
    private readonly SqliteStores _stores = new();
    private readonly ServiceProvider _meters = new ServiceCollection().AddMetrics().BuildServiceProvider();
    private readonly VoiceAnalyticsTelemetry _telemetry;
    private readonly MetricRecorder _recorder;
    private readonly SessionIngestor _ingestor;

    public IngestTelemetryTests()
    {
        var factory = _meters.GetRequiredService<IMeterFactory>();
        _recorder = new MetricRecorder(factory, VoiceAnalyticsTelemetry.Name);
        _telemetry = new VoiceAnalyticsTelemetry(factory, new SessionQueueDepth(_stores.Queue, NullLogger<SessionQueueDepth>.Instance));
        _ingestor = new SessionIngestor(_stores.Store, _stores.Time, _telemetry);
    }

    public void Dispose()
    {
        _recorder.Dispose();
        _telemetry.Dispose();
        _meters.Dispose();
        _stores.Dispose();
    }

    [Fact]
    public async Task Ingest_ValidPayload_CountsOneAcceptedSession()
    {
        var result = await _ingestor.IngestAsync(Body(Payloads.Minimal("tel-ingest-1")), CancellationToken.None);

        Assert.Equal(IntakeOutcome.Accepted, result.Outcome);
        var ingested = Assert.Single(_recorder.Of("voice_analytics.sessions.ingested"));
        Assert.Equal(1, ingested.Value);
        Assert.Equal("accepted", ingested.Tags["outcome"]);
    }

    [Fact]
    public async Task Ingest_SameBodyThenFailedSessionReplaced_CountsDuplicateAndReplaced()
    {
        await _ingestor.IngestAsync(Body(Payloads.Minimal("tel-ingest-2")), CancellationToken.None);
        await _ingestor.IngestAsync(Body(Payloads.Minimal("tel-ingest-2")), CancellationToken.None);
        await _stores.Store.MarkFailedAsync("tel-ingest-2", "test", CancellationToken.None);
        await _ingestor.IngestAsync(Body(Payloads.Minimal("tel-ingest-2", "A different question")), CancellationToken.None);

        Assert.Equal(["accepted", "duplicate", "replaced"], _recorder.Of("voice_analytics.sessions.ingested").Select(m => (string?)m.Tags["outcome"]));
    }

    [Fact]
    public async Task Ingest_ConflictOrInvalidBody_CountsNothingMore()
    {
        await _ingestor.IngestAsync(Body(Payloads.Minimal("tel-ingest-3")), CancellationToken.None);

        var conflict = await _ingestor.IngestAsync(Body(Payloads.Minimal("tel-ingest-3", "A different question")), CancellationToken.None);
        var invalid = await _ingestor.IngestAsync(Body("""{"session_id": "tel-ingest-4"}"""), CancellationToken.None);

        Assert.Equal(IntakeOutcome.Conflict, conflict.Outcome);
        Assert.NotEmpty(invalid.Errors);
        Assert.Equal("accepted", (string?)Assert.Single(_recorder.Of("voice_analytics.sessions.ingested")).Tags["outcome"]);
    }

    private static ReadOnlyMemory<byte> Body(string json) => Encoding.UTF8.GetBytes(json);
}
