using VoiceAnalytics.Core.Analysis;
using VoiceAnalytics.Core.Analysis.Sentiment;
using VoiceAnalytics.Tests.Analysis.Quality;

namespace VoiceAnalytics.Tests.Analysis.Sentiment;

public sealed class CreditedHelpTrendTests
{
    [Theory]
    [InlineData("thank you so much, you've been a big help")]
    [InlineData("wonderful, this was really helpful")]
    [InlineData("nope that's it, you saved my evening. bye")]
    [InlineData("thanks, that actually helped")]
    [InlineData("thank you very good help")]
    public void Score_CreditingTheHelp_CreditsHelp(string text) => Assert.True(SentimentScorer.Score(text).CreditsHelp);

    [Theory]
    [InlineData("thanks so much, have a good day")]
    [InlineData("is the template library helpful for leases?")]
    [InlineData("honestly that was not helpful")]
    [InlineData("oh great, very helpful, exactly what I needed")]
    [InlineData("that would be helpful")]
    public void Score_ThanksQuestionsNegationsIronyOrWishes_DoNotCreditHelp(string text) => Assert.False(SentimentScorer.Score(text).CreditsHelp);

    [Fact]
    public void Analyze_FlatStartThenClosingThatCreditsTheHelp_IsImproving()
    {
        var report = Analyze(Call("hi, I'm the office manager at a dental clinic", "thank you so much, you've been really helpful. bye"));

        Assert.True(report.StartScore <= 0.15);
        Assert.Equal("improving", report.Trend);
    }

    [Fact]
    public void Analyze_FlatStartThenPoliteThanks_StaysStable()
    {
        var report = Analyze(Call("hi, I'm the office manager at a dental clinic", "thank you so much, have a good day. bye"));

        Assert.Equal("stable", report.Trend);
    }

    [Fact]
    public void Analyze_WarmStartThenCreditingTheHelp_StaysStable()
    {
        // They liked it from the first word: crediting the help at the end is no change of mind.
        var report = Analyze(Call("it's been great so far, I really love the editor", "thank you so much, you've been really helpful. bye"));

        Assert.True(report.StartScore > 0.15);
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
