using VoiceAnalytics.Core.Reports.Executive;

namespace VoiceAnalytics.Tests.Reports.Executive;

public sealed class ReportPeriodTests
{
    private static readonly TimeZoneInfo Chicago = TimeZoneInfo.FindSystemTimeZoneById("America/Chicago");

    [Fact]
    public void DayBefore_EightAmChicago_IsThePreviousLocalDayInUtc()
    {
        var period = ReportPeriod.DayBefore(new DateTimeOffset(2026, 8, 18, 8, 0, 0, TimeSpan.FromHours(-5)), Chicago);

        Assert.Equal((new DateOnly(2026, 8, 17), new DateOnly(2026, 8, 17)), (period.FirstDay, period.LastDay));
        Assert.Equal(new DateTimeOffset(2026, 8, 17, 5, 0, 0, TimeSpan.Zero), period.Start);
        Assert.Equal(new DateTimeOffset(2026, 8, 18, 5, 0, 0, TimeSpan.Zero), period.End);
        Assert.Equal("2026-08-17", period.Key);
    }

    [Fact]
    public void DayBefore_OccurrenceJustAfterUtcMidnight_UsesTheLocalDate()
    {
        // 01:00Z on the 18th is 20:00 on the 17th in Chicago: the day before is the 16th.
        var period = ReportPeriod.DayBefore(new DateTimeOffset(2026, 8, 18, 1, 0, 0, TimeSpan.Zero), Chicago);

        Assert.Equal(new DateOnly(2026, 8, 16), period.FirstDay);
    }

    [Fact]
    public void DayBefore_DaylightSavingEnds_DayLasts25Hours()
    {
        // US daylight saving time ends on Sunday 1 November 2026 at 02:00 local.
        var period = ReportPeriod.DayBefore(new DateTimeOffset(2026, 11, 2, 8, 0, 0, TimeSpan.FromHours(-6)), Chicago);

        Assert.Equal(new DateOnly(2026, 11, 1), period.FirstDay);
        Assert.Equal(TimeSpan.FromHours(25), period.End - period.Start);
    }

    [Theory]
    [InlineData(24)] // the Monday itself
    [InlineData(26)] // a past-due run on Wednesday
    [InlineData(30)] // Sunday
    public void WeekBefore_AnyDayOfTheWeek_IsTheLastFullMondayToSunday(int day)
    {
        var period = ReportPeriod.WeekBefore(new DateTimeOffset(2026, 8, day, 8, 0, 0, TimeSpan.FromHours(-5)), Chicago);

        Assert.Equal((new DateOnly(2026, 8, 17), new DateOnly(2026, 8, 23)), (period.FirstDay, period.LastDay));
        Assert.Equal(new DateTimeOffset(2026, 8, 24, 5, 0, 0, TimeSpan.Zero), period.End);
    }

    [Fact]
    public void Preceding_Week_IsTheSevenDaysBefore()
    {
        var week = ReportPeriod.WeekBefore(new DateTimeOffset(2026, 8, 24, 8, 0, 0, TimeSpan.FromHours(-5)), Chicago);

        var before = week.Preceding(Chicago);

        Assert.Equal((new DateOnly(2026, 8, 10), new DateOnly(2026, 8, 16)), (before.FirstDay, before.LastDay));
        Assert.Equal(week.Start, before.End);
    }
}
