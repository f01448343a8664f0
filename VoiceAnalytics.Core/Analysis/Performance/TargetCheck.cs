namespace VoiceAnalytics.Core.Analysis.Performance;

/// <summary>
/// One latency target of spec 3.6 (<c>average</c> &lt; 1000 ms, <c>p95</c> &lt; 1500 ms, <c>p99</c> &lt; 2000 ms) on the
/// call's latency (<see cref="PerformanceReport.Latency"/>, on its basis). <see cref="Passed"/> is null when the call has
/// no latency data.
/// </summary>
public sealed record TargetCheck(string Name, double TargetMs, double? ActualMs, bool? Passed);
