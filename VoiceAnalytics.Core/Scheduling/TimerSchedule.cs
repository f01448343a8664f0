using Cronos;

namespace VoiceAnalytics.Core.Scheduling;

/// <summary>A parsed six-field NCRONTAB schedule in a time zone (Cronos handles daylight-saving transitions).</summary>
public sealed class TimerSchedule
{
    private readonly CronExpression _expression;
    private readonly TimeZoneInfo _zone;

    public TimerSchedule(string expression, TimeZoneInfo zone)
    {
        _expression = CronExpression.Parse(expression, CronFormat.IncludeSeconds);
        _zone = zone;
    }

    public DateTimeOffset? NextAfter(DateTimeOffset instant) => _expression.GetNextOccurrence(instant, _zone);

    /// <summary>The latest occurrence in (<paramref name="after"/>, <paramref name="upTo"/>], if any.</summary>
    public DateTimeOffset? LatestBetween(DateTimeOffset after, DateTimeOffset upTo) =>
        _expression.GetOccurrences(after, upTo, _zone, fromInclusive: false, toInclusive: true).Select(o => (DateTimeOffset?)o).LastOrDefault();
}
