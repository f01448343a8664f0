using Microsoft.Extensions.Options;
using VoiceAnalytics.Core.Scheduling;

namespace VoiceAnalytics.Core.Alerts.Ops;

/// <summary>The configured business hours (days, start and end, time zone) of the agent-down rule.</summary>
public sealed class BusinessHours(IOptions<OpsAlertOptions> options, IOptions<TimerOptions> timers)
{
    /// <summary>True when the whole of [from, to] lies within one business day's hours.</summary>
    public bool Covers(DateTimeOffset from, DateTimeOffset to)
    {
        var settings = options.Value;
        var zone = TimeZoneInfo.FindSystemTimeZoneById(string.IsNullOrWhiteSpace(settings.BusinessTimeZone) ? timers.Value.TimeZone : settings.BusinessTimeZone);
        var start = TimeZoneInfo.ConvertTime(from, zone);
        var end = TimeZoneInfo.ConvertTime(to, zone);
        return start.Date == end.Date
            && settings.BusinessDaySet.Contains(start.DayOfWeek)
            && start.TimeOfDay >= settings.BusinessHoursStart
            && end.TimeOfDay < settings.BusinessHoursEnd;
    }
}
