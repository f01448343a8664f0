using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using VoiceAnalytics.Core.Scheduling;
using VoiceAnalytics.Core.Warehouse;
using VoiceAnalytics.Functions.Api;

namespace VoiceAnalytics.Tests.Functions.Api;

/// <summary>The global filters of every dashboard endpoint, read from the query string.</summary>
public sealed class DashboardQueryTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 5, 15, 30, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("", "2026-12-05T00:00:00Z", "2026-12-06T00:00:00Z")]
    [InlineData("?range=today", "2026-12-05T00:00:00Z", "2026-12-06T00:00:00Z")]
    [InlineData("?range=yesterday", "2026-12-04T00:00:00Z", "2026-12-05T00:00:00Z")]
    [InlineData("?range=7d", "2026-11-29T00:00:00Z", "2026-12-06T00:00:00Z")]
    [InlineData("?range=30d", "2026-11-06T00:00:00Z", "2026-12-06T00:00:00Z")]
    [InlineData("?range=custom&from=2026-12-01T08:00:00Z&to=2026-12-01T10:00:00%2B01:00", "2026-12-01T08:00:00Z", "2026-12-01T09:00:00Z")]
    public void TryRead_Range_WindowOfWholeUtcDays(string query, string from, string to)
    {
        var filter = Read(query, "UTC");

        Assert.Equal(DateTimeOffset.Parse(from, System.Globalization.CultureInfo.InvariantCulture), filter.From);
        Assert.Equal(DateTimeOffset.Parse(to, System.Globalization.CultureInfo.InvariantCulture), filter.To);
    }

    [Fact]
    public void TryRead_Today_IsTheCalendarDayOfTheTimersZone()
    {
        // 15:30 UTC is 09:30 in Chicago (CST, UTC-6): its day runs 06:00 UTC to 06:00 UTC.
        var filter = Read("?range=today", "America/Chicago");

        Assert.Equal(new DateTimeOffset(2026, 12, 5, 6, 0, 0, TimeSpan.Zero), filter.From);
        Assert.Equal(new DateTimeOffset(2026, 12, 6, 6, 0, 0, TimeSpan.Zero), filter.To);
    }

    [Fact]
    public void TryRead_SevenDaysAcrossTheEndOfDaylightSaving_StartsAtLocalMidnight()
    {
        // Daylight saving ended in Chicago on 2026-11-01; on 2026-11-03 the 7 days start 2026-10-28 00:00 CDT (05:00 UTC).
        var filter = Read("?range=7d", "America/Chicago", new DateTimeOffset(2026, 11, 3, 18, 0, 0, TimeSpan.Zero));

        Assert.Equal(new DateTimeOffset(2026, 10, 28, 5, 0, 0, TimeSpan.Zero), filter.From);
        Assert.Equal(new DateTimeOffset(2026, 11, 4, 6, 0, 0, TimeSpan.Zero), filter.To);
    }

    [Fact]
    public void TryRead_EveryFilter_CarriedWithTheStoredValues()
    {
        var filter = Read("?tier=1&sentiment=negative&industry=Legal%20services&agent_version=v2.3", "UTC");

        Assert.Equal(new DashboardFilter(filter.From, filter.To, "Tier 1", "negative", "Legal services", "v2.3"), filter);
    }

    [Fact]
    public void TryRead_AllOrEmpty_MatchesEverything()
    {
        var filter = Read("?tier=all&sentiment=&industry=all&agent_version=", "UTC");

        Assert.Null(filter.Tier);
        Assert.Null(filter.Sentiment);
        Assert.Null(filter.Industry);
        Assert.Null(filter.AgentVersion);
    }

    [Theory]
    [InlineData("?range=week", "range")]
    [InlineData("?range=today&from=2026-12-01T00:00:00Z", "range")]
    [InlineData("?range=custom&to=2026-12-01T00:00:00Z", "from")]
    [InlineData("?range=custom&from=2026-12-01T00:00:00Z", "to")]
    [InlineData("?range=custom&from=yesterday&to=2026-12-01T00:00:00Z", "from")]
    [InlineData("?range=custom&from=2026-12-01T00:00:00Z&to=2026-12-01T00:00:00Z", "to")]
    [InlineData("?range=custom&from=2025-01-01T00:00:00Z&to=2026-12-01T00:00:00Z", "to")]
    [InlineData("?tier=3", "tier")]
    [InlineData("?sentiment=happy", "sentiment")]
    public void TryRead_BadValue_400NamingTheParameter(string query, string parameter)
    {
        var reader = Reader("UTC", Now);

        Assert.False(reader.TryRead(Request(query), out _, out var problem));

        var result = Assert.IsType<ProblemHttpResult>(problem);
        Assert.Equal(400, result.StatusCode);
        Assert.StartsWith($"Parameter '{parameter}'", result.ProblemDetails.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void TryRead_VeryLongIndustry_400()
    {
        Assert.False(Reader("UTC", Now).TryRead(Request("?industry=" + new string('x', 201)), out _, out var problem));
        Assert.Equal(400, Assert.IsType<ProblemHttpResult>(problem).StatusCode);
    }

    private static DashboardFilter Read(string query, string zone, DateTimeOffset? now = null)
    {
        Assert.True(Reader(zone, now ?? Now).TryRead(Request(query), out var filter, out var problem), (problem as ProblemHttpResult)?.ProblemDetails.Detail);
        return filter;
    }

    private static DashboardQuery Reader(string zone, DateTimeOffset now) =>
        new(new FakeTimeProvider(now), Options.Create(new TimerOptions { TimeZone = zone }));

    private static HttpRequest Request(string query)
    {
        var context = new DefaultHttpContext();
        context.Request.QueryString = new QueryString(query);
        return context.Request;
    }
}
