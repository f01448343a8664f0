using VoiceAnalytics.Core.Analysis.Sentiment.Terms;

namespace VoiceAnalytics.Tests.Analysis.Sentiment;

public sealed class ChallengeQuestionTests
{
    [Theory]
    [InlineData("so why should we move forty reps over to this?")]
    [InlineData("honestly, how does that even help a firm our size?")]
    [InlineData("why would anyone sign up at that price?")]
    public void Score_ChallengingQuestion_IsNegative(string text)
    {
        Assert.True(SentimentScorer.Score(text).Score < 0, text);
    }

    [Theory]
    [InlineData("why does the template lose its formatting when I upload it?")]
    [InlineData("how would we set up the approval step?")]
    [InlineData("what does the business plan include?")]
    public void Score_GenuineQuestion_IsNotNegative(string text)
    {
        Assert.True(SentimentScorer.Score(text).Score >= 0, text);
    }
}
