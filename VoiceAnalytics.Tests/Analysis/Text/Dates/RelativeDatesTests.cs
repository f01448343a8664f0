using System.Globalization;
using VoiceAnalytics.Core.Analysis.Text.Dates;

namespace VoiceAnalytics.Tests.Analysis.Text.Dates;

public sealed class RelativeDatesTests
{
    // 2026-10-01 is a Thursday in Q4; its week runs Monday 28 September to Sunday 4 October.
    private const string Thursday = "2026-10-01";

    [Theory]
    [InlineData(Thursday, "can we get it done today", "today", "2026-10-01", "2026-10-01", DateRelation.On)]
    [InlineData(Thursday, "I'll know more tomorrow", "tomorrow", "2026-10-02", "2026-10-02", DateRelation.On)]
    [InlineData(Thursday, "we want to decide this week", "this week", "2026-10-01", "2026-10-04", DateRelation.On)]
    [InlineData(Thursday, "let's revisit it next week", "next week", "2026-10-05", "2026-10-11", DateRelation.On)]
    [InlineData(Thursday, "my controller is back next Tuesday", "next Tuesday", "2026-10-06", "2026-10-06", DateRelation.On)]
    [InlineData(Thursday, "I need an answer by Friday", "by Friday", "2026-10-01", "2026-10-02", DateRelation.By)]
    [InlineData(Thursday, "we close the books at the end of the month", "the end of the month", "2026-10-25", "2026-10-31", DateRelation.On)]
    [InlineData(Thursday, "it has to be live by end of quarter", "by end of quarter", "2026-10-01", "2026-12-31", DateRelation.By)]
    [InlineData(Thursday, "the budget opens up in Q1", "Q1", "2027-01-01", "2027-03-31", DateRelation.On)]
    [InlineData(Thursday, "probably next quarter", "next quarter", "2027-01-01", "2027-03-31", DateRelation.On)]
    [InlineData(Thursday, "the pilot starts in three weeks", "in three weeks", "2026-10-22", "2026-10-22", DateRelation.On)]
    [InlineData(Thursday, "we want a vendor picked within two weeks", "within two weeks", "2026-10-01", "2026-10-15", DateRelation.By)]
    [InlineData(Thursday, "maybe in a couple of months", "in a couple of months", "2026-12-01", "2026-12-01", DateRelation.On)]
    [InlineData(Thursday, "the renewal is mid December", "mid December", "2026-12-11", "2026-12-20", DateRelation.On)]
    [InlineData(Thursday, "we'd kick off early January", "early January", "2027-01-01", "2027-01-10", DateRelation.On)]
    [InlineData(Thursday, "send the paperwork by the 15th", "by the 15th", "2026-10-01", "2026-10-15", DateRelation.By)]
    [InlineData(Thursday, "I have to switch before our renewal in three weeks", "before our renewal in three weeks", "2026-10-01", "2026-10-21", DateRelation.Before)]
    [InlineData(Thursday, "training is the first week of March", "the first week of March", "2027-03-01", "2027-03-07", DateRelation.On)]
    [InlineData(Thursday, "we need this ASAP honestly", "ASAP", "2026-10-01", "2026-10-01", DateRelation.Asap)]
    [InlineData(Thursday, "as soon as possible please", "as soon as possible", "2026-10-01", "2026-10-01", DateRelation.Asap)]
    [InlineData(Thursday, "we'd like everyone on it by the first of the year", "by the first of the year", "2026-10-01", "2027-01-01", DateRelation.By)]
    public void FindFirst_ExpressionsFromTheBrief_ResolveAgainstTheReference(string reference, string text, string span, string from, string to, DateRelation relation) =>
        AssertFirst(reference, text, span, from, to, relation);

    [Theory]
    [InlineData(Thursday, "we'd decide in about six weeks", "in about six weeks", "2026-11-12", "2026-11-12", DateRelation.On)]
    [InlineData(Thursday, "probably in two or three weeks", "in two or three weeks", "2026-10-15", "2026-10-22", DateRelation.On)]
    [InlineData(Thursday, "within roughly a month", "within roughly a month", "2026-10-01", "2026-11-01", DateRelation.By)]
    [InlineData("2026-12-03", "before the end of the year", "before the end of the year", "2026-12-03", "2026-12-31", DateRelation.Before)] // under way: its end is the limit
    [InlineData(Thursday, "before the end of the year", "before the end of the year", "2026-10-01", "2026-12-31", DateRelation.Before)] // the end is the limit, not a window to stop short of
    [InlineData("2026-08-18", "get something in place before end of month", "before end of month", "2026-08-18", "2026-08-31", DateRelation.Before)]
    [InlineData(Thursday, "we go live before this weekend", "before this weekend", "2026-10-01", "2026-10-02", DateRelation.Before)]
    [InlineData(Thursday, "i want it all sorted before the weekend", "before the weekend", "2026-10-01", "2026-10-02", DateRelation.Before)]
    public void FindFirst_HedgedDurationsAndLimitsUnderWay_Resolve(string reference, string text, string span, string from, string to, DateRelation relation) =>
        AssertFirst(reference, text, span, from, to, relation);

    [Theory]
    [InlineData(Thursday, "we need it in place within thirty days", "within thirty days", "2026-10-01", "2026-10-31", DateRelation.By)]
    [InlineData(Thursday, "um we go live in forty five days", "in forty five days", "2026-11-15", "2026-11-15", DateRelation.On)]
    [InlineData(Thursday, "decide in the next forty-five days", "in the next forty-five days", "2026-10-01", "2026-11-15", DateRelation.By)]
    [InlineData(Thursday, "probably in fifteen days", "in fifteen days", "2026-10-16", "2026-10-16", DateRelation.On)]
    [InlineData(Thursday, "within sixty to ninety days", "within sixty to ninety days", "2026-10-01", "2026-12-30", DateRelation.By)]
    public void FindFirst_CountsSpelledOutPastTwelve_Resolve(string reference, string text, string span, string from, string to, DateRelation relation) =>
        AssertFirst(reference, text, span, from, to, relation);

    [Theory]
    [InlineData("we signed thirty people up for the trial")]
    [InlineData("in twenty something days")]
    public void FindAll_SpelledTensWithoutAUnit_GiveNoDuration(string text) =>
        Assert.DoesNotContain(RelativeDates.FindAll(text, DateOnly.Parse(Thursday, CultureInfo.InvariantCulture)), m => m.Text.Contains("twenty", StringComparison.Ordinal) || m.Text.Contains("thirty", StringComparison.Ordinal));

    [Theory]
    [InlineData(Thursday, "this Friday works", "this Friday", "2026-10-02", "2026-10-02", DateRelation.On)]
    [InlineData(Thursday, "how about next Friday", "next Friday", "2026-10-09", "2026-10-09", DateRelation.On)]
    [InlineData(Thursday, "on monday", "monday", "2026-10-05", "2026-10-05", DateRelation.On)]
    [InlineData(Thursday, "thursday next week", "thursday next week", "2026-10-08", "2026-10-08", DateRelation.On)]
    [InlineData(Thursday, "we're slammed this weekend", "this weekend", "2026-10-03", "2026-10-04", DateRelation.On)]
    [InlineData(Thursday, "the week after next is better", "the week after next", "2026-10-12", "2026-10-18", DateRelation.On)]
    [InlineData(Thursday, "they finish the migration by the end of next month", "by the end of next month", "2026-10-01", "2026-11-30", DateRelation.By)]
    [InlineData(Thursday, "the contract renews on the thirty first", "the thirty first", "2026-10-31", "2026-10-31", DateRelation.On)]
    [InlineData(Thursday, "how about December 8th at 11", "December 8th", "2026-12-08", "2026-12-08", DateRelation.On)]
    [InlineData(Thursday, "the grant ends March 3, 2028", "March 3, 2028", "2028-03-03", "2028-03-03", DateRelation.On)]
    [InlineData(Thursday, "we are locked in until the end of March", "until the end of March", "2026-10-01", "2027-03-31", DateRelation.By)]
    [InlineData(Thursday, "nothing moves later this year", "later this year", "2026-10-01", "2026-12-31", DateRelation.On)]
    [InlineData(Thursday, "we'll look again in the spring", "the spring", "2027-03-01", "2027-05-31", DateRelation.On)]
    [InlineData(Thursday, "we plan the rollout in 2027", "2027", "2027-01-01", "2027-12-31", DateRelation.On)]
    [InlineData(Thursday, "in a week or two", "in a week or two", "2026-10-08", "2026-10-15", DateRelation.On)]
    [InlineData(Thursday, "two weeks from now", "two weeks from now", "2026-10-15", "2026-10-15", DateRelation.On)]
    [InlineData(Thursday, "over the next few weeks", "over the next few weeks", "2026-10-01", "2026-10-22", DateRelation.By)]
    [InlineData(Thursday, "they said not until January", "not until January", "2027-01-01", "2027-01-31", DateRelation.On)]
    [InlineData(Thursday, "we need it running ahead of the holidays", "ahead of the holidays", "2026-10-01", "2026-12-19", DateRelation.Before)]
    [InlineData(Thursday, "we'd roll out after the holidays", "after the holidays", "2027-01-02", "2027-01-02", DateRelation.After)]
    [InlineData(Thursday, "the fiscal year starts in Q4 2027", "Q4 2027", "2027-10-01", "2027-12-31", DateRelation.On)]
    [InlineData(Thursday, "we have Q4 budget left", "Q4", "2026-10-01", "2026-12-31", DateRelation.On)]
    [InlineData(Thursday, "no later than Halloween", "no later than Halloween", "2026-10-01", "2026-10-31", DateRelation.By)]
    [InlineData(Thursday, "it has to happen before year-end", "before year-end", "2026-10-01", "2026-12-31", DateRelation.Before)]
    public void FindFirst_OtherSpokenForms_ResolveAgainstTheReference(string reference, string text, string span, string from, string to, DateRelation relation) =>
        AssertFirst(reference, text, span, from, to, relation);

    [Theory]
    [InlineData("2026-12-15", "next month", "2027-01-01", "2027-01-31")]
    [InlineData("2026-12-15", "early January", "2027-01-01", "2027-01-10")]
    [InlineData("2026-12-15", "in three weeks", "2027-01-05", "2027-01-05")]
    [InlineData("2026-12-15", "next quarter", "2027-01-01", "2027-03-31")]
    [InlineData("2026-12-15", "on the 10th", "2027-01-10", "2027-01-10")]
    [InlineData("2026-12-15", "next year", "2027-01-01", "2027-12-31")]
    [InlineData("2026-12-30", "next week", "2027-01-04", "2027-01-10")]
    [InlineData("2026-12-30", "this week", "2026-12-30", "2027-01-03")]
    [InlineData("2026-12-30", "by New Year's", "2026-12-30", "2027-01-01")]
    [InlineData("2026-11-20", "in December", "2026-12-01", "2026-12-31")]
    public void FindFirst_DecemberReferences_RollOverIntoNextYear(string reference, string text, string from, string to)
    {
        var mention = First(reference, text);

        Assert.Equal((Day(from), Day(to)), (mention.From, mention.To));
    }

    [Theory]
    [InlineData("2026-03-31", "this quarter", "2026-03-31", "2026-03-31")]
    [InlineData("2026-03-31", "next quarter", "2026-04-01", "2026-06-30")]
    [InlineData("2026-04-01", "this quarter", "2026-04-01", "2026-06-30")]
    [InlineData("2026-04-01", "end of the quarter", "2026-06-17", "2026-06-30")]
    [InlineData("2026-04-01", "Q1", "2027-01-01", "2027-03-31")]
    [InlineData("2026-04-01", "last quarter", "2026-01-01", "2026-03-31")]
    [InlineData("2026-11-05", "fourth quarter", "2026-11-05", "2026-12-31")]
    [InlineData("2026-11-05", "the first quarter of next year", "2027-01-01", "2027-03-31")]
    public void FindFirst_QuarterBoundaries_UseCalendarQuarters(string reference, string text, string from, string to)
    {
        var mention = First(reference, text);

        Assert.Equal((Day(from), Day(to)), (mention.From, mention.To));
    }

    [Theory]
    [InlineData("2026-10-22", "before Black Friday", "2026-10-22", "2026-11-26")]
    [InlineData("2026-11-24", "by Thanksgiving", "2026-11-24", "2026-11-26")]
    [InlineData("2026-10-22", "by Christmas", "2026-10-22", "2026-12-25")]
    [InlineData("2026-06-01", "after Labor Day", "2026-09-08", "2026-09-08")]
    [InlineData("2026-01-10", "before Easter", "2026-01-10", "2026-04-04")]
    public void FindFirst_Holidays_ResolveToTheirNextOccurrence(string reference, string text, string from, string to)
    {
        var mention = First(reference, text);

        Assert.Equal((Day(from), Day(to)), (mention.From, mention.To));
    }

    [Theory]
    [InlineData("we tried it last year")]
    [InlineData("I connected it yesterday")]
    [InlineData("we dropped them two weeks ago")]
    [InlineData("it broke last week")]
    public void FindFirst_PastExpressions_AreMarkedPast(string text) =>
        Assert.True(First(Thursday, text).IsPast);

    [Theory]
    [InlineData("we send about 30 a week")]
    [InlineData("a couple hundred a year")]
    [InlineData("roughly 2,400 a year")]
    [InlineData("we may need more seats")]
    [InlineData("the first thing I noticed")]
    [InlineData("on Mondays we send the invoices")]
    [InlineData("I'd happily spring for the bigger plan")]
    [InlineData("a month or two of data")]
    [InlineData("we have 2026 documents archived")]
    [InlineData("right now it's all paper")]
    [InlineData("we spent a weekend on the templates")]
    public void FindAll_QuantitiesAndLookalikes_FindNoDate(string text) =>
        Assert.Empty(RelativeDates.FindAll(text, Day(Thursday)));

    [Fact]
    public void FindAll_SeveralExpressions_ReturnsEachOnceInOrder()
    {
        var mentions = RelativeDates.FindAll("decide in January or February, not before Black Friday", Day(Thursday));

        Assert.Equal(["January", "February", "before Black Friday"], mentions.Select(m => m.Text.Trim()).ToArray());
    }

    [Fact]
    public void FindAll_Span_PointsAtTheExpressionInTheText()
    {
        const string text = "our plan renews on the 30th, so I'm deciding this month";

        var mentions = RelativeDates.FindAll(text, Day("2026-10-19"));

        Assert.All(mentions, m => Assert.Equal(m.Text, text.Substring(m.Start, m.Length)));
        Assert.Equal(Day("2026-10-30"), mentions[0].To);
        Assert.Equal(Day("2026-10-31"), mentions[1].To);
    }

    private static void AssertFirst(string reference, string text, string span, string from, string to, DateRelation relation)
    {
        var mention = First(reference, text);

        Assert.Equal(span, mention.Text, ignoreCase: true);
        Assert.Equal(text.IndexOf(span, StringComparison.OrdinalIgnoreCase), mention.Start);
        Assert.Equal((Day(from), Day(to), relation), (mention.From, mention.To, mention.Relation));
    }

    private static DateMention First(string reference, string text) =>
        RelativeDates.FindFirst(text, Day(reference)) ?? throw new Xunit.Sdk.XunitException($"No date found in '{text}'.");

    private static DateOnly Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
