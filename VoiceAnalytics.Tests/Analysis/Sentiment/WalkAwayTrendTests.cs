using VoiceAnalytics.Core.Analysis;
using VoiceAnalytics.Core.Analysis.Sentiment;
using VoiceAnalytics.Tests.Analysis.Quality;

namespace VoiceAnalytics.Tests.Analysis.Sentiment;

public sealed class WalkAwayTrendTests
{
    [Theory]
    [InlineData("we're probably not switching anything this year", true)]
    [InlineData("if it doesn't do that we stay with what we have", true)]
    [InlineData("honestly it's kind of a dead end for us", true)]
    [InlineData("I'm leaning the other way to be honest", true)]
    [InlineData("nah, not right now", true)]
    [InlineData("no thanks, I'll pass.", true)]
    [InlineData("I'll pass it to my boss once it lands", false)]
    [InlineData("we're switching this quarter, send the paperwork", false)]
    [InlineData("right now we use word", false)]
    public void WalkAway_ReadsTurningThePurchaseDown(string text, bool expected)
    {
        Assert.Equal(expected, WalkAwayCues.WalkAway().IsMatch(text));
    }

    [Fact]
    public void Analyze_WarmStartCalmlyTurningItDownWithThanks_IsDeclining()
    {
        var report = Analyze(Call("it's been great so far, really nice", "nah, we're probably not switching anything this year. thanks, bye"));

        Assert.True(report.EndScore > -0.15, "the closing thanks keeps the end score from reading as negative");
        Assert.Equal("declining", report.Trend);
    }

    [Fact]
    public void Analyze_TurningDownTheCallButBuyingInTheSameClose_IsNotDeclining()
    {
        // The walk-away phrase carries no complaint word, so only the commitment decides.
        var leaning = Analyze(Call("it's been great so far, really nice", "honestly I was leaning the other way. thanks, bye"));
        var report = Analyze(Call("it's been great so far, really nice", "honestly I was leaning the other way, but I'll just upgrade tonight. thanks, bye"));

        Assert.Equal("declining", leaning.Trend);

        Assert.NotEqual("declining", report.Trend);
    }

    [Fact]
    public void Analyze_ClearlyUnhappyStartThenTurningItDown_StaysStable()
    {
        // They held this view from the first word: nothing fell.
        var report = Analyze(Call("honestly not great, your editor crashed on me three times and I'm frustrated", "we're probably not switching anything this year. thanks, bye"));

        Assert.True(report.StartScore <= -0.12);
        Assert.Equal("stable", report.Trend);
    }

    private static TranscriptBuilder Call(string opening, string closing) => new TranscriptBuilder()
        .Agent("Hi, how's the trial going?")
        .User(opening)
        .Agent("What do you send most?")
        .User("service agreements, about thirty a month")
        .Agent("Who would use it?")
        .User("the three of us in the office")
        .Agent("Anything else before we wrap up?")
        .User(closing);

    private static SentimentReport Analyze(TranscriptBuilder builder) => new SentimentAnalyzer().Analyze(AnalysisInput.ForSession(builder.Build()));
}
