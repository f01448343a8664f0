using System.Collections.Concurrent;

namespace VoiceAnalytics.Bench.Ingest;

/// <summary>Failed requests by kind (status code or exception type), with the first response or message of each.</summary>
public sealed class ErrorTally
{
    private const int SampleLength = 400;

    private readonly ConcurrentDictionary<string, int> _counts = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _samples = new(StringComparer.Ordinal);

    public int Total => _counts.Values.Sum();

    public IReadOnlyDictionary<string, int> Counts => _counts;

    public IReadOnlyDictionary<string, string> Samples => _samples;

    public void Add(string kind, string? detail)
    {
        _counts.AddOrUpdate(kind, 1, static (_, n) => n + 1);
        if (!string.IsNullOrEmpty(detail))
        {
            _samples.TryAdd(kind, detail.Length > SampleLength ? detail[..SampleLength] + "..." : detail);
        }
    }
}
