using System.Diagnostics.Metrics;

namespace VoiceAnalytics.Tests.Telemetry;

/// <summary>
/// Every measurement of one meter created by one <see cref="IMeterFactory"/>: tests running in parallel each have
/// their own factory, so none sees another's measurements.
/// </summary>
internal sealed class MetricRecorder : IDisposable
{
    private readonly MeterListener _listener;
    private readonly List<Recorded> _recorded = [];

    public MetricRecorder(IMeterFactory factory, string meterName)
    {
        _listener = new MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == meterName && ReferenceEquals(instrument.Meter.Scope, factory))
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            },
        };
        _listener.SetMeasurementEventCallback<long>((i, v, t, _) => Add(i, v, t));
        _listener.SetMeasurementEventCallback<double>((i, v, t, _) => Add(i, v, t));
        _listener.Start();
    }

    public sealed record Recorded(string Instrument, string? Unit, double Value, IReadOnlyDictionary<string, object?> Tags);

    public IReadOnlyList<Recorded> Of(string instrument)
    {
        lock (_recorded)
        {
            return [.. _recorded.Where(r => r.Instrument == instrument)];
        }
    }

    /// <summary>Asks the observable instruments for a value now, as an exporter's collection would.</summary>
    public void Observe() => _listener.RecordObservableInstruments();

    public void Dispose() => _listener.Dispose();

    private void Add(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var copy = new Dictionary<string, object?>();
        foreach (var tag in tags)
        {
            copy[tag.Key] = tag.Value;
        }

        lock (_recorded)
        {
            _recorded.Add(new Recorded(instrument.Name, instrument.Unit, value, copy));
        }
    }
}
