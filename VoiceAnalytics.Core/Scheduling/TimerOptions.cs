namespace VoiceAnalytics.Core.Scheduling;

/// <summary>
/// Timer schedules: six-field NCRONTAB expressions (second minute hour day month day-of-week), as Azure Functions
/// uses, evaluated in <see cref="TimeZone"/> (the Functions setting is WEBSITE_TIME_ZONE).
/// </summary>
public sealed class TimerOptions
{
    public const string Section = "Timers";

    public Dictionary<string, string> Schedules { get; set; } = new(StringComparer.OrdinalIgnoreCase)
    {
        ["OpsHealth"] = "0 */2 * * * *",
        ["QualityDigest"] = "0 0 * * * *",
        ["DailyExecSummary"] = "0 0 8 * * *",
        ["WeeklyRollup"] = "0 0 8 * * 1",
        ["Retention"] = "0 30 3 * * *",
    };

    /// <summary>IANA or Windows time zone id of the schedules, e.g. America/Chicago.</summary>
    public string TimeZone { get; set; } = "UTC";

    /// <summary>Whether the local host runs the timers at all (off in tests that do not want them).</summary>
    public bool Enabled { get; set; } = true;

    public TimeZoneInfo ResolveTimeZone() => TimeZoneInfo.FindSystemTimeZoneById(TimeZone);

    /// <summary>The schedule of the timer function <paramref name="name"/>, in <see cref="TimeZone"/>.</summary>
    public TimerSchedule ScheduleFor(string name) =>
        Schedules.TryGetValue(name, out var expression)
            ? new TimerSchedule(expression, ResolveTimeZone())
            : throw new InvalidOperationException($"No schedule for timer {name}: set Timers:Schedules:{name}.");
}
