using System.Globalization;
using Microsoft.Extensions.Options;
using VoiceAnalytics.Core.Scheduling;
using VoiceAnalytics.Core.Warehouse;

namespace VoiceAnalytics.Functions.Api;

/// <summary>
/// Reads the dashboard's global filters (spec 6.7) from a request's query string, the same for every
/// <c>/api/dashboard/...</c> endpoint: <c>range</c> (<c>today</c>, the default; <c>yesterday</c>, <c>7d</c>, <c>30d</c>,
/// or <c>custom</c> with <c>from</c> and <c>to</c>), <c>tier</c> (<c>1</c> or <c>2</c>), <c>sentiment</c>, <c>industry</c>
/// and <c>agent_version</c>. Days are calendar days of <c>Timers:TimeZone</c>, the zone the daily summary uses;
/// <c>7d</c> and <c>30d</c> end with today. A bad value is a 400 naming the parameter.
/// </summary>
public sealed class DashboardQuery(TimeProvider time, IOptions<TimerOptions> timers)
{
    /// <summary>The longest custom window; a bound on what one request may ask the warehouse for.</summary>
    public static readonly TimeSpan MaxWindow = TimeSpan.FromDays(400);

    private const int MaxTextLength = 200;

    public static readonly IReadOnlyList<string> Ranges = ["today", "yesterday", "7d", "30d", "custom"];

    public static readonly IReadOnlyList<string> Sentiments = ["positive", "neutral", "negative"];

    /// <summary>The filter the query asks for, or the 400 problem saying which parameter is wrong and why.</summary>
    public bool TryRead(HttpRequest request, out DashboardFilter filter, out IResult? problem)
    {
        ArgumentNullException.ThrowIfNull(request);
        filter = null!;
        var query = request.Query;
        if (!TryWindow(query, out var from, out var to, out problem)
            || !TryChoice(query, "tier", ["1", "2"], out var tier, out problem)
            || !TryChoice(query, "sentiment", Sentiments, out var sentiment, out problem)
            || !TryText(query, "industry", out var industry, out problem)
            || !TryText(query, "agent_version", out var agentVersion, out problem))
        {
            return false;
        }

        filter = new DashboardFilter(from, to, tier is null ? null : "Tier " + tier, sentiment, industry, agentVersion);
        return true;
    }

    /// <summary>The start of the calendar day (in <c>Timers:TimeZone</c>) holding <paramref name="instant"/>, as an offset time.</summary>
    public DateTimeOffset StartOfDay(DateTimeOffset instant)
    {
        var zone = timers.Value.ResolveTimeZone();
        var local = TimeZoneInfo.ConvertTime(instant, zone);
        var midnight = local.Date;
        return new DateTimeOffset(midnight, zone.GetUtcOffset(midnight));
    }

    private bool TryWindow(IQueryCollection query, out DateTimeOffset from, out DateTimeOffset to, out IResult? problem)
    {
        from = to = default;
        problem = null;
        var range = Single(query, "range") ?? "today";
        if (!Ranges.Contains(range, StringComparer.Ordinal))
        {
            problem = Problems.InvalidParameter("range", $"'{Shorten(range)}' is not one of {string.Join(", ", Ranges)}.");
            return false;
        }

        if (range != "custom")
        {
            if (Single(query, "from") is not null || Single(query, "to") is not null)
            {
                problem = Problems.InvalidParameter("range", "from and to are only read with range=custom.");
                return false;
            }

            var today = StartOfDay(time.GetUtcNow());
            (from, to) = range switch
            {
                "yesterday" => (DayBefore(today, 1), today),
                "7d" => (DayBefore(today, 6), NextDay(today)),
                "30d" => (DayBefore(today, 29), NextDay(today)),
                _ => (today, NextDay(today)),
            };
            return true;
        }

        if (!TryInstant(query, "from", out from, out problem) || !TryInstant(query, "to", out to, out problem))
        {
            return false;
        }

        if (to <= from)
        {
            problem = Problems.InvalidParameter("to", "must be after from.");
            return false;
        }

        if (to - from > MaxWindow)
        {
            problem = Problems.InvalidParameter("to", $"the window may span at most {MaxWindow.TotalDays:0} days.");
            return false;
        }

        return true;
    }

    // Calendar days, not 24-hour steps: a day across a daylight-saving change is 23 or 25 hours.
    private DateTimeOffset DayBefore(DateTimeOffset dayStart, int days) => StartOfDay(dayStart.AddDays(-days).AddHours(12));

    private DateTimeOffset NextDay(DateTimeOffset dayStart) => StartOfDay(dayStart.AddHours(36));

    private static bool TryInstant(IQueryCollection query, string name, out DateTimeOffset value, out IResult? problem)
    {
        value = default;
        problem = null;
        var text = Single(query, name);
        if (text is null)
        {
            problem = Problems.InvalidParameter(name, "is required with range=custom (an ISO 8601 time with its offset, such as 2026-12-01T00:00:00Z).");
            return false;
        }

        if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value))
        {
            problem = Problems.InvalidParameter(name, $"'{Shorten(text)}' is not an ISO 8601 time such as 2026-12-01T00:00:00Z.");
            return false;
        }

        value = value.ToUniversalTime();
        return true;
    }

    private static bool TryChoice(IQueryCollection query, string name, IReadOnlyList<string> choices, out string? value, out IResult? problem)
    {
        problem = null;
        value = Single(query, name);
        if (value is null or "" or "all")
        {
            value = null;
            return true;
        }

        if (choices.Contains(value, StringComparer.Ordinal))
        {
            return true;
        }

        problem = Problems.InvalidParameter(name, $"'{Shorten(value)}' is not one of all, {string.Join(", ", choices)}.");
        return false;
    }

    private static bool TryText(IQueryCollection query, string name, out string? value, out IResult? problem)
    {
        problem = null;
        value = Single(query, name);
        if (value is null or "" or "all")
        {
            value = null;
            return true;
        }

        if (value.Length <= MaxTextLength)
        {
            return true;
        }

        problem = Problems.InvalidParameter(name, $"is longer than {MaxTextLength} characters.");
        return false;
    }

    private static string? Single(IQueryCollection query, string name) => query[name].FirstOrDefault()?.Trim();

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "...";
}
