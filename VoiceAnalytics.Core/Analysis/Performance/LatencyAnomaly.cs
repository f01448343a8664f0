namespace VoiceAnalytics.Core.Analysis.Performance;

/// <summary>
/// Something out of the ordinary (<see cref="Kind"/> is one of <see cref="AnomalyKinds"/>). For spikes,
/// <see cref="Index"/> is the turn, <see cref="Value"/> its latency in ms or its tokens and <see cref="Median"/>
/// the session median it was compared with; for an error burst, <see cref="Index"/> and <see cref="Median"/> are
/// null and <see cref="Value"/> is the number of failed tool calls, <see cref="Timestamp"/> the first one.
/// </summary>
public sealed record LatencyAnomaly(string Kind, int? Index, DateTimeOffset Timestamp, double Value, double? Median, string Description);
