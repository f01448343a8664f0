using System.Text.Json;
using VoiceAnalytics.Core.Analysis.Sales.Deal;
using VoiceAnalytics.Core.Contracts;

namespace VoiceAnalytics.Tests.Analysis.Sales.Deal;

public sealed class MeetingTimeTests
{
    // A Tuesday.
    private static readonly DateTimeOffset CallStart = new(2026, 8, 18, 15, 2, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("""{"preferred_date":"2026-08-20","preferred_time":"2pm"}""", "2026-08-20T14:00:00+00:00")]
    [InlineData("""{"preferred_date":"2026-08-20","preferred_time":"9:30 am","timezone":"America/New_York"}""", "2026-08-20T09:30:00-04:00")]
    [InlineData("""{"preferred_date":"2026-08-20","preferred_time_window":"afternoon","timezone":"America/Chicago"}""", "2026-08-20T14:00:00-05:00")]
    [InlineData("""{"preferred_date":"2026-12-01","preferred_time":"12 pm","timezone":"America/Chicago"}""", "2026-12-01T12:00:00-06:00")]
    [InlineData("""{"preferred_date":"2026-08-20"}""", "2026-08-20T09:00:00+00:00")]
    [InlineData("""{"preferred_date":"2026-08-20","preferred_time":"15:45","timezone":"Not/AZone"}""", "2026-08-20T15:45:00+00:00")]
    public void Of_DateTimeAndZone_IsTheMeetingStart(string arguments, string expected)
    {
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), MeetingTime.Of(Booking(arguments), CallStart));
    }

    [Fact]
    public void Of_RelativeDate_IsReadAgainstTheCallsDay()
    {
        var at = MeetingTime.Of(Booking("""{"preferred_date":"next Thursday","preferred_time":"2pm"}"""), CallStart);

        Assert.Equal(DayOfWeek.Thursday, at!.Value.DayOfWeek);
        Assert.InRange(at.Value, CallStart, CallStart.AddDays(10));
        Assert.Equal(14, at.Value.Hour);
    }

    [Theory]
    [InlineData("""{"preferred_time":"2pm"}""")]
    [InlineData("""{"preferred_date":"whenever suits"}""")]
    public void Of_NoReadableDate_IsNull(string arguments) => Assert.Null(MeetingTime.Of(Booking(arguments), CallStart));

    private static ToolInvocation Booking(string arguments) =>
        new("c1", "book_sales_meeting", JsonDocument.Parse(arguments).RootElement.Clone(), null, CallStart);
}
