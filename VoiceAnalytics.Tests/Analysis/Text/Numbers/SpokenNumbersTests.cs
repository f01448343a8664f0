using VoiceAnalytics.Core.Analysis.Text.Numbers;

namespace VoiceAnalytics.Tests.Analysis.Text.Numbers;

public sealed class SpokenNumbersTests
{
    [Theory]
    [InlineData("we send 300 a month", 300)]
    [InlineData("about 1,500 documents", 1500)]
    [InlineData("roughly 1.5k contracts", 1500)]
    [InlineData("maybe 2k a year", 2000)]
    [InlineData("1.2 million envelopes", 1_200_000)]
    [InlineData("2 thousand a year", 2000)]
    [InlineData("twelve reps", 12)]
    [InlineData("twenty-five people", 25)]
    [InlineData("thirty five reps", 35)]
    [InlineData("a hundred and fifty forms", 150)]
    [InlineData("one hundred twenty quotes", 120)]
    [InlineData("two thousand a year", 2000)]
    [InlineData("three thousand two hundred leases", 3200)]
    [InlineData("a thousand two hundred events", 1200)]
    [InlineData("fifteen hundred a year", 1500)]
    [InlineData("twenty five hundred a year", 2500)]
    [InlineData("a dozen of us", 12)]
    [InlineData("a couple dozen", 24)]
    [InlineData("half a dozen people", 6)]
    [InlineData("a half dozen people", 6)]
    [InlineData("two dozen packets", 24)]
    [InlineData("a couple of hundred", 200)]
    [InlineData("a couple thousand a year", 2000)]
    [InlineData("a few hundred a month", 300)]
    [InlineData("a couple of reps", 2)]
    [InlineData("eighty-ish a month", 80)]
    [InlineData("30ish a week", 30)]
    [InlineData("one other therapist", 1)]
    [InlineData("zero complaints", 0)]
    public void Parse_SpokenCount_GivesItsValue(string text, double expected)
    {
        var number = Assert.Single(SpokenNumbers.Parse(text));

        Assert.Equal(expected, number.Value);
        Assert.Equal(NumberKind.Count, number.Kind);
    }

    [Theory]
    [InlineData("thirty, no, thirty-five", 35)]
    [InlineData("thirty, sorry, thirty-five", 35)]
    [InlineData("30, I mean 35", 35)]
    [InlineData("forty, actually fifty", 50)]
    [InlineData("twelve, no wait, fifteen", 15)]
    [InlineData("20 - no - 25", 25)]
    public void Parse_SelfCorrection_GivesTheCorrectedValue(string text, double expected)
    {
        var number = Assert.Single(SpokenNumbers.Parse(text));

        Assert.Equal(expected, number.Value);
        Assert.True(number.IsCorrected);
        Assert.Equal(0, number.Start);
        Assert.Equal(text.Length, number.End);
    }

    [Theory]
    [InlineData("20 to 30", 20, 30)]
    [InlineData("between forty and fifty", 40, 50)]
    [InlineData("somewhere between about 8 and 12", 8, 12)]
    [InlineData("20-30 a week", 20, 30)]
    [InlineData("twenty or thirty", 20, 30)]
    [InlineData("one or two", 1, 2)]
    [InlineData("two or three hundred", 200, 300)]
    [InlineData("5 to 10 thousand", 5000, 10_000)]
    [InlineData("5, 6 bids a day", 5, 6)]
    [InlineData("ten to twelve people", 10, 12)]
    [InlineData("150 through 200", 150, 200)]
    [InlineData("two three bids a week", 2, 3)] // number words back to back
    [InlineData("fifteen twenty a month", 15, 20)]
    [InlineData("thirty, maybe forty a week", 30, 40)] // ", maybe" widens the first amount into a range
    [InlineData("six or perhaps eight", 6, 8)]
    [InlineData("ten maybe twelve people", 10, 12)]
    public void Parse_Range_GivesBothEndsAndTheMidpoint(string text, double low, double high)
    {
        var number = Assert.Single(SpokenNumbers.Parse(text));

        Assert.True(number.IsRange);
        Assert.Equal((low, high), (number.Low, number.High));
        Assert.Equal((low + high) / 2, number.Value);
        Assert.True(number.Confidence < 1);
    }

    [Theory]
    [InlineData("roughly four thirty invoices a quarter", 430)]
    [InlineData("we're at like six seventy-five a year", 675)]
    [InlineData("so call it one forty, give or take", 140)]
    public void Parse_DigitWordThenTensWord_GivesTheHundredsAmount(string text, double expected)
    {
        var number = Assert.Single(SpokenNumbers.Parse(text));

        Assert.Equal(expected, number.Value);
    }

    [Fact]
    public void Parse_ShortHundredsRange_GivesBothEnds()
    {
        var number = Assert.Single(SpokenNumbers.Parse("anywhere from five twenty to six eighty renewals"));

        Assert.Equal((520, 680), (number.Low, number.High));
    }

    [Theory]
    [InlineData("could we do friday at two thirty")]
    [InlineData("call me back at four forty five")]
    [InlineData("three fifty pm works for me")]
    public void Scan_DigitWordThenTensWordAsClockTime_IsNotAnAmount(string text)
    {
        Assert.DoesNotContain(SpokenNumbers.Scan(text), n => n.Value >= 100);
    }

    [Theory]
    [InlineData("30 to 20")] // a falling pair is not a range
    [InlineData("5, 40")] // too far apart for a spoken "five, six"
    [InlineData("3 and 4")] // "and" needs "between"
    [InlineData("2 3")] // digits back to back are no spoken range
    [InlineData("five, maybe forty")] // too far apart for a widened estimate
    [InlineData("twenty, maybe ten")] // a falling pair is not a range
    public void Parse_NotARange_GivesTwoNumbers(string text)
    {
        var numbers = SpokenNumbers.Parse(text);

        Assert.Equal(2, numbers.Count);
        Assert.All(numbers, n => Assert.False(n.IsRange));
    }

    [Theory]
    [InlineData("about 40", true)]
    [InlineData("roughly 50", true)]
    [InlineData("maybe 60", true)]
    [InlineData("around 70", true)]
    [InlineData("I'd say 25", true)]
    [InlineData("50 or so", true)]
    [InlineData("a thousand, give or take", true)]
    [InlineData("forty-odd", true)]
    [InlineData("40", false)]
    [InlineData("exactly forty", false)]
    public void Parse_Hedge_MarksApproximateWithLowerConfidence(string text, bool approximate)
    {
        var number = Assert.Single(SpokenNumbers.Parse(text));

        Assert.Equal(approximate, number.IsApproximate);
        Assert.Equal(approximate, number.Confidence < 1);
    }

    [Theory]
    [InlineData("it's $40 a seat", NumberKind.Price)]
    [InlineData("forty dollars a month", NumberKind.Price)]
    [InlineData("like 40 bucks", NumberKind.Price)]
    [InlineData("ten grand a year", NumberKind.Price)]
    [InlineData("12 per user", NumberKind.Price)]
    [InlineData("in 2024", NumberKind.Year)]
    [InlineData("since 2019", NumberKind.Year)]
    [InlineData("2026 was rough", NumberKind.Year)]
    [InlineData("by twenty twenty-six", NumberKind.Year)]
    [InlineData("back in the 90s", NumberKind.Year)]
    [InlineData("at 2pm", NumberKind.Time)]
    [InlineData("at 2 pm", NumberKind.Time)]
    [InlineData("10:30 works", NumberKind.Time)]
    [InlineData("tuesday at 10", NumberKind.Time)]
    [InlineData("thursday at ten am", NumberKind.Time)]
    [InlineData("at nine a.m.", NumberKind.Time)]
    [InlineData("four o'clock", NumberKind.Time)]
    [InlineData("the 15th", NumberKind.Ordinal)]
    [InlineData("the thirty first", NumberKind.Ordinal)]
    [InlineData("March 3", NumberKind.Date)]
    [InlineData("3 March", NumberKind.Date)]
    [InlineData("12/15", NumberKind.Date)]
    [InlineData("three weeks", NumberKind.Duration)]
    [InlineData("two years ago", NumberKind.Duration)]
    [InlineData("a 30-day trial", NumberKind.Duration)]
    [InlineData("two more months", NumberKind.Duration)]
    [InlineData("a couple of days", NumberKind.Duration)]
    [InlineData("30% more", NumberKind.Percent)]
    [InlineData("thirty percent", NumberKind.Percent)]
    [InlineData("call 555-123-4567", NumberKind.Phone)]
    [InlineData("it's (555) 123-4567", NumberKind.Phone)]
    [InlineData("five five five one two one two", NumberKind.Phone)]
    [InlineData("SOC 2 report", NumberKind.Identifier)]
    [InlineData("Q4 budget", NumberKind.Identifier)]
    [InlineData("Dynamics 365", NumberKind.Identifier)]
    [InlineData("three times a week", NumberKind.Frequency)]
    [InlineData("2x faster", NumberKind.Frequency)]
    public void Scan_NumberThatIsNotACount_GivesItsKind(string text, NumberKind expected)
    {
        var numbers = SpokenNumbers.Scan(text);

        Assert.Contains(numbers, n => n.Kind == expected);
        Assert.Empty(SpokenNumbers.Parse(text));
    }

    [Theory]
    [InlineData("the one that matters")]
    [InlineData("no one else uses it")]
    [InlineData("this one is better")]
    [InlineData("a month or so")]
    [InlineData("hundreds of them")]
    [InlineData("a handful")]
    [InlineData("dozens a week")]
    public void Parse_NoCount_GivesNothing(string text)
    {
        Assert.Empty(SpokenNumbers.Parse(text));
    }

    [Fact]
    public void Parse_SeveralNumbers_GivesEachWithItsSpan()
    {
        const string Text = "about 20 people at the firm, the twelve of us send 40 proposals and 20 contracts a month";

        var numbers = SpokenNumbers.Parse(Text);

        Assert.Equal(["20", "twelve", "40", "20"], numbers.Select(n => Text[n.Start..n.End]));
        Assert.Equal([20.0, 12, 40, 20], numbers.Select(n => n.Value));
    }

    [Fact]
    public void Parse_CountNextToNonCounts_KeepsOnlyTheCount()
    {
        const string Text = "since 2021 we've sent 45 a week, it costs $30 a seat, call me at 3pm";

        var number = Assert.Single(SpokenNumbers.Parse(Text));

        Assert.Equal(45, number.Value);
        Assert.Equal("45", Text[number.Start..number.End]);
    }

    [Fact]
    public void Parse_PeopleCountAfterTime_StaysACount()
    {
        Assert.Equal(10, Assert.Single(SpokenNumbers.Parse("we're at 10 people now")).Value);
    }

    [Fact]
    public void Parse_YearSizedCount_StaysACount()
    {
        Assert.Equal(2000, Assert.Single(SpokenNumbers.Parse("we do about 2000 a year")).Value);
    }

    [Fact]
    public void Parse_CorrectionToPronoun_IsNotACorrection()
    {
        var number = Assert.Single(SpokenNumbers.Parse("twenty people, no one else"));

        Assert.Equal(20, number.Value);
        Assert.False(number.IsCorrected);
    }
}
