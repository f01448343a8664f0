using VoiceAnalytics.Core.Analysis.Text.Dates;
using Xunit;

namespace VoiceAnalytics.Tests.Analysis.Text.Dates;

public sealed class DateGatesTests
{
    [Theory]
    [InlineData("the pilot starts in three weeks")]
    [InlineData("maybe in a couple of months")]
    [InlineData("we'd want it within 2 or 3 days")]
    [InlineData("we looked at this 10 years ago")]
    [InlineData("over the next several Months, I think")]
    [InlineData("a few weeks out, give or take")]
    [InlineData("in a\nweek")]
    [InlineData("within thirty days")]
    [InlineData("in forty five days")]
    [InlineData("in three wee\u212As")] // a Kelvin sign reads as "k" to a case-insensitive regex
    public void Duration_HoldsWhereADurationIs(string text)
    {
        Assert.True(DatePatterns.Duration().IsMatch(text));
        Assert.True(DateGates.MayHoldDuration(text));
    }

    [Theory]
    [InlineData("we send about 300 per month")]
    [InlineData("this year has been busy, every week a new fire")]
    [InlineData("today is fine, yesterday was not")]
    [InlineData("the weekend is out and the yearly review is due")]
    [InlineData("the end of the month")]
    public void Duration_RulesOutTextsWithoutACountBeforeAUnit(string text)
    {
        Assert.False(DatePatterns.Duration().IsMatch(text));
        Assert.False(DateGates.MayHoldDuration(text));
    }

    [Theory]
    [InlineData("we want to decide this week")]
    [InlineData("probably next Quarter")]
    [InlineData("by the end of the month")]
    [InlineData("sometime mid-year")]
    [InlineData("before quarter-end")]
    [InlineData("the week after next")]
    [InlineData("late this coming year")]
    [InlineData("last\tweekend")]
    [InlineData("i want this sorted before the weekend")]
    public void Period_HoldsWhereAPeriodGivesADate(string text)
    {
        Assert.True(HasDatedPeriod(text));
        Assert.True(DateGates.MayHoldPeriod(text));
    }

    [Theory]
    [InlineData("we send about 300 a month")]
    [InlineData("per year it's maybe 40 contracts")]
    [InlineData("every week, and the months are long")]
    [InlineData("our biweekly and yearly reviews")]
    [InlineData("we spent a weekend on the templates")]
    public void Period_RulesOutUnitsWithoutARelationEdgeOrPart(string text)
    {
        Assert.False(HasDatedPeriod(text));
        Assert.False(DateGates.MayHoldPeriod(text));
    }

    [Fact]
    public void NeverRulesOutADate_OnGeneratedSentences()
    {
        string[] words =
        [
            "in", "within", "inside", "of", "over", "the", "next", "about", "another", "a", "an", "one", "Two", "twelve",
            "3", "15", "1,000", "couple", "few", "several", "or", "to", "so", "day", "days", "Week", "weeks", "month",
            "months", "year", "years", "quarter", "weekend", "from", "now", "out", "away", "ago", "per", "this", "today",
            "end", "after", "mid", "early", "Late", "later", "coming", "last", "past", "following", "start", "very",
            "-", ",", ".", "\n", "x-a", "_a", "é", "-end", "mid-", "of-the",
        ];
        string[] counts = ["a", "an", "3", "two", "a couple of", "couple", "a few", "several", "within a", "in 2 or 3", "next"];
        string[] units = ["day", "days", "week", "Weeks", "month", "months", "year", "years", "quarter", "weekend"];
        var random = new Random(8);
        var (durations, periods) = (0, 0);
        for (var i = 0; i < 30_000; i++)
        {
            var length = random.Next(2, 9);
            var picked = Enumerable.Range(0, length).Select(_ => words[random.Next(words.Length)]).ToList();
            if (i % 2 == 0)
            {
                // Every other text holds a count and a unit somewhere, so that many of them hold a duration.
                picked.Insert(random.Next(picked.Count + 1), counts[random.Next(counts.Length)] + " " + units[random.Next(units.Length)]);
            }

            var text = string.Join(random.Next(4) == 0 ? "  " : " ", picked);
            if (DatePatterns.Duration().IsMatch(text))
            {
                durations++;
                Assert.True(DateGates.MayHoldDuration(text), text);
            }

            if (HasDatedPeriod(text))
            {
                periods++;
                Assert.True(DateGates.MayHoldPeriod(text), text);
            }
        }

        Assert.True(durations > 500 && periods > 500, $"only {durations} durations and {periods} periods generated");
    }

    // Only a period with a relation, edge or part gives a date ("a month" is a length), and "the weekend" (the coming one).
    private static bool HasDatedPeriod(string text) =>
        DatePatterns.Period().Matches(text).Any(m => m.Groups["rel"].Success || m.Groups["edge"].Success || m.Groups["part"].Success || m.Groups["after"].Success
            || (m.Groups["unit"].Value.Equals("weekend", StringComparison.OrdinalIgnoreCase) && m.Value.StartsWith("the", StringComparison.OrdinalIgnoreCase)));
}
