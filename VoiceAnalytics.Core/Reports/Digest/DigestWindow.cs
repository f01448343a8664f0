namespace VoiceAnalytics.Core.Reports.Digest;

/// <summary>
/// The hour a digest covers: [occurrence - 1 h, occurrence). Sessions count by when they were analyzed
/// (<c>analysis_results.analyzed_at</c>), not when they started: a call that began at 10:58 and was analyzed at
/// 11:04 would otherwise fall in an hour whose digest had already gone out.
/// </summary>
public sealed record DigestWindow(DateTimeOffset From, DateTimeOffset To)
{
    public static DigestWindow HourEnding(DateTimeOffset occurrence) => new(occurrence.AddHours(-1), occurrence);
}
