using System.Globalization;
using System.Text.RegularExpressions;
using VoiceAnalytics.Core.Analysis.Text.Cues;
using VoiceAnalytics.Core.Analysis.Text.Dates;
using VoiceAnalytics.Core.Contracts;

namespace VoiceAnalytics.Core.Analysis.Sales.Deal;

/// <summary>
/// When a booked meeting starts, from the book_sales_meeting arguments: the date as passed ("2026-08-20", "next
/// Tuesday"), the time or time window ("2pm", "14:30", "afternoon"), in the call's <c>timezone</c> when it names one.
/// A window reads as its usual start (morning 9:00, afternoon 14:00, evening 17:00); no time at all as 9:00.
/// </summary>
public static partial class MeetingTime
{
    private static readonly TimeOnly DefaultStart = new(9, 0);

    /// <summary>The start of the meeting this call booked, or null when its date cannot be read.</summary>
    public static DateTimeOffset? Of(ToolInvocation booking, DateTimeOffset sessionStart)
    {
        ArgumentNullException.ThrowIfNull(booking);
        var date = Date(booking.Argument("preferred_date") ?? booking.Argument("date"), sessionStart);
        if (date is not { } day)
        {
            return null;
        }

        var time = Time(booking.Argument("preferred_time") ?? booking.Argument("preferred_time_window") ?? booking.Argument("time")) ?? DefaultStart;
        var zone = Zone(booking.Argument("timezone"));
        var local = day.ToDateTime(time, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    private static DateOnly? Date(string? text, DateTimeOffset sessionStart)
    {
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var exact))
        {
            return exact;
        }

        return RelativeDates.FindFirst(text, DateOnly.FromDateTime(sessionStart.UtcDateTime))?.From;
    }

    private static TimeOnly? Time(string? text)
    {
        if (text is null)
        {
            return null;
        }

        if (ClockTime().Match(text) is { Success: true } match)
        {
            var hour = int.Parse(match.Groups["hour"].Value, CultureInfo.InvariantCulture);
            var minute = match.Groups["minute"].Success ? int.Parse(match.Groups["minute"].Value, CultureInfo.InvariantCulture) : 0;
            var meridiem = match.Groups["meridiem"].Value.ToLowerInvariant();
            hour = meridiem.StartsWith('p') && hour < 12 ? hour + 12 : meridiem.StartsWith('a') && hour == 12 ? 0 : hour;
            if (hour < 24 && minute < 60 && (match.Groups["minute"].Success || meridiem.Length > 0))
            {
                return new TimeOnly(hour, minute);
            }
        }

        var lower = text.ToLowerInvariant();
        return lower.Contains("morning", StringComparison.Ordinal) ? new TimeOnly(9, 0)
            : lower.Contains("afternoon", StringComparison.Ordinal) ? new TimeOnly(14, 0)
            : lower.Contains("evening", StringComparison.Ordinal) ? new TimeOnly(17, 0)
            : lower.Contains("noon", StringComparison.Ordinal) ? new TimeOnly(12, 0)
            : null;
    }

    private static TimeZoneInfo Zone(string? id) =>
        id is not null && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : TimeZoneInfo.Utc;

    [GeneratedRegex(@"\b(?<hour>\d{1,2})(?::(?<minute>\d{2}))?\s*(?<meridiem>[ap]\.?m\.?)?(?![\w:])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClockTimePattern();

    private static GuardedRegex? ClockTimeGuarded;

    private static GuardedRegex ClockTime() => ClockTimeGuarded ??= new(ClockTimePattern());
}
