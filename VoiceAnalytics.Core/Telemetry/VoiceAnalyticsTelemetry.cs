using System.Diagnostics;
using System.Diagnostics.Metrics;
using VoiceAnalytics.Core.Storage;

namespace VoiceAnalytics.Core.Telemetry;

/// <summary>
/// The service's own metrics and spans, under one name for the <see cref="Meter"/> and the <see cref="ActivitySource"/>
/// so one <c>AddMeter</c>/<c>AddSource</c> picks up both. Tags carry only ids, sink and deployment names and outcomes:
/// never an email, a person's name or transcript text (Application Insights keeps them as custom dimensions).
/// </summary>
public sealed class VoiceAnalyticsTelemetry : IDisposable
{
    public const string Name = "VoiceAnalytics";

    // One bucket set for rule-only sessions (about a millisecond) and model calls (seconds, a minute at worst).
    private static readonly double[] DurationBucketsMs = [1, 2, 5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000, 30000, 60000, 120000];

    private readonly ActivitySource _source = new(Name);
    private readonly Counter<long> _ingested;
    private readonly Counter<long> _analyzed;
    private readonly Counter<long> _failed;
    private readonly Histogram<double> _analysisDuration;
    private readonly Counter<long> _deliveries;
    private readonly Counter<long> _llmTokens;
    private readonly Counter<double> _llmCost;

    public VoiceAnalyticsTelemetry(IMeterFactory meters, IQueueDepth queueDepth)
    {
        ArgumentNullException.ThrowIfNull(meters);
        ArgumentNullException.ThrowIfNull(queueDepth);
        var meter = meters.Create(Name);
        _ingested = meter.CreateCounter<long>("voice_analytics.sessions.ingested", "{session}", "Sessions taken in, by outcome (accepted, duplicate, replaced)");
        _analyzed = meter.CreateCounter<long>("voice_analytics.sessions.analyzed", "{session}", "Sessions whose analysis finished and produced a report");
        _failed = meter.CreateCounter<long>("voice_analytics.sessions.failed", "{session}", "Sessions given up on (moved to the poison queue)");
        _analysisDuration = meter.CreateHistogram<double>(
            "voice_analytics.analysis.duration",
            "ms",
            "Processing time of one session's analysis, from dequeue to report (not the time since the POST)",
            tags: null,
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = DurationBucketsMs });
        _deliveries = meter.CreateCounter<long>("voice_analytics.sink.deliveries", "{delivery}", "Deliveries to a sink, by sink and outcome (delivered, failed)");
        _llmTokens = meter.CreateCounter<long>("voice_analytics.llm.tokens", "{token}", "Model tokens billed, by deployment and direction (input, output)");
        _llmCost = meter.CreateCounter<double>("voice_analytics.llm.cost", "USD", "Model spend from the price table, by deployment");

        // Observable: the queue is read only when a collector asks (Azure Monitor: once per export interval).
        meter.CreateObservableGauge("voice_analytics.queue.depth", () => ObserveDepth(queueDepth), "{message}", "Messages waiting in the session queue (visible or being processed)");
    }

    /// <summary>A body stored by ingest; <see cref="IntakeOutcome.Conflict"/> stored nothing and is not counted here.</summary>
    public void SessionIngested(IntakeOutcome outcome)
    {
        var tag = outcome switch
        {
            IntakeOutcome.Accepted => "accepted",
            IntakeOutcome.Duplicate => "duplicate",
            IntakeOutcome.Resubmitted => "replaced",
            IntakeOutcome.Retried => "retried",
            _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "Only accepted, duplicate and resubmitted bodies are ingested."),
        };
        _ingested.Add(1, new KeyValuePair<string, object?>("outcome", tag));
    }

    /// <summary>One session analyzed; <paramref name="duration"/> is its processing time.</summary>
    public void SessionAnalyzed(TimeSpan duration)
    {
        _analyzed.Add(1);
        _analysisDuration.Record(duration.TotalMilliseconds);
    }

    /// <summary>One session failed for good (dead-lettered), not each retry.</summary>
    public void SessionFailed() => _failed.Add(1);

    public void SinkDelivered(string sink, bool delivered)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sink);
        _deliveries.Add(1, new KeyValuePair<string, object?>("sink", sink), new KeyValuePair<string, object?>("outcome", delivered ? "delivered" : "failed"));
    }

    /// <summary>Tokens and spend of one paid model call (a cached answer was paid once and is not reported again).</summary>
    public void LlmUsage(string deployment, long input, long output, double usd)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(deployment);
        var tag = new KeyValuePair<string, object?>("deployment", deployment);
        _llmTokens.Add(input, tag, new KeyValuePair<string, object?>("direction", "input"));
        _llmTokens.Add(output, tag, new KeyValuePair<string, object?>("direction", "output"));
        _llmCost.Add(usd, tag);
    }

    /// <summary>
    /// A span for one unit of work on a session, tagged <c>session.id</c>; null when nothing listens, so callers use
    /// <c>using var activity = telemetry.StartActivity(...)</c> and <c>activity?.</c>.
    /// </summary>
    public Activity? StartActivity(string name, string sessionId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return _source.StartActivity(name, ActivityKind.Internal)?.SetTag("session.id", sessionId);
    }

    public void Dispose() => _source.Dispose();

    private static IEnumerable<Measurement<long>> ObserveDepth(IQueueDepth queueDepth) =>
        queueDepth.Read() is { } depth ? [new Measurement<long>(depth)] : [];
}
