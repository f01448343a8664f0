using VoiceAnalytics.Core.Analysis.Sales.Deal.Timeline;

namespace VoiceAnalytics.Tests.Analysis.Sales.Deal;

// A date's sentence in a turn speech-to-text left without punctuation. Calls start on Thursday 1 October 2026.
public sealed class SpokenSentenceTests
{
    private const string Unpunctuated =
        "we decide everything together me and my partner and honestly the whole team is excited about the templates i'll play with the editor tonight";

    [Fact]
    public void Around_PunctuatedTurn_LeavesTheSentencesAlone() =>
        Assert.Null(SpokenSentence.Around("We decide together. I'll play with it tonight", 39, 46));

    [Fact]
    public void Around_UnpunctuatedTurn_ReachesWholeWordsNearTheDate()
    {
        var date = Unpunctuated.IndexOf("tonight", StringComparison.Ordinal);

        var sentence = SpokenSentence.Around(Unpunctuated, date, date + 7);

        Assert.NotNull(sentence);
        Assert.Equal(Unpunctuated.Length, sentence.Value.End);
        Assert.True(sentence.Value.Start > Unpunctuated.IndexOf("decide", StringComparison.Ordinal));
        Assert.Equal(' ', Unpunctuated[sentence.Value.Start - 1]);
    }

    [Fact]
    public void Extract_DecisionWordFarFromTheDateInAnUnpunctuatedTurn_DoesNotDateTheDecision() =>
        Assert.NotEqual(TimelineBuckets.ThisWeek, DealCall.Extract(Unpunctuated).DecisionTimeline?.Value);

    [Theory]
    [InlineData("um we need to decide by next friday the whole team is excited about the templates honestly")]
    [InlineData("we need to decide by next Friday. the whole team is excited about the templates honestly")]
    public void Extract_DecisionWordBesideTheDate_StillDatesTheDecision(string line) =>
        Assert.Equal(TimelineBuckets.ThisMonth, DealCall.Extract(line).DecisionTimeline?.Value);
}
