using VoiceAnalytics.Core.Analysis.Sentiment.Terms;

namespace VoiceAnalytics.Tests.Analysis.Sentiment;

public sealed class SarcasmScoringTests
{
    private static double Score(string text) => SentimentScorer.Score(text).Score;

    [Theory]
    [InlineData("oh wonderful, another password reset email")]
    [InlineData("Oh fantastic. More forms to fill in.")]
    public void Score_InterjectedPraiseBeforeARepetition_IsNegative(string text) => Assert.True(Score(text) < 0);

    [Fact]
    public void Score_InterjectedPraiseGreetingANewlyNamedThing_IsNegative() =>
        Assert.True(Score("oh lovely, a survey popup") < 0);

    [Fact]
    public void Score_PraiseAfterIronyInTheSameSentence_IsIronicToo() =>
        Assert.True(Score("oh great, another outage, exactly what we needed") < Score("oh great, another outage"));

    [Theory]
    [InlineData("oh great a robot. do you have people?")]
    [InlineData("oh wonderful an AI assistant.")]
    public void Score_InterjectedPraiseGreetingABareNameWithoutAComma_IsNegative(string text) => Assert.True(Score(text) < 0);

    [Theory]
    [InlineData("spent all morning fixing the template. thrilled.")]
    [InlineData("the signing link broke twice today. delighted.")]
    public void Score_BareFeelingOfJoyAfterOwnComplaint_IsNegative(string text) => Assert.True(Score(text) < 0);

    [Fact]
    public void Score_InterjectedPraiseWithoutAClauseBreak_StaysPositive() =>
        Assert.True(Score("oh nice a shared inbox would help") > 0);

    [Fact]
    public void Score_JustPraiseClosingTheSentence_IsNegative() =>
        Assert.True(Score("so now the link expired on the client. just terrific.") < 0);

    [Theory]
    [InlineData("the export drops every signature. lovely.")]
    [InlineData("you can't import from our old system. cool. super.")]
    public void Score_BareVerdictAfterOwnStatement_IsNegative(string text) => Assert.True(Score(text) < 0);

    [Theory]
    [InlineData("Oh, it's going great. Another portal to log into.")]
    [InlineData("Wonderful. More paperwork for the front desk.")]
    public void Score_PraiseClosingItsSentenceBeforeARepetition_IsNegative(string text) => Assert.True(Score(text) < 0);

    [Theory]
    [InlineData("Great. Another question, can it send reminders?")]
    [InlineData("Perfect. More importantly, it keeps the audit log.")]
    [InlineData("Nice. Another team could use it too?")]
    public void Score_PraiseBeforeTheUsersNextPoint_StaysPositive(string text) => Assert.True(Score(text) > 0);

    [Theory]
    [InlineData("Okay. Great. What comes after that?")]
    [InlineData("Wonderful, that's exactly the workflow we want.")]
    [InlineData("does it export to csv? nice.")]
    [InlineData("oh great, that was quick")]
    public void Score_SincerePraise_StaysPositive(string text) => Assert.True(Score(text) > 0);
}
