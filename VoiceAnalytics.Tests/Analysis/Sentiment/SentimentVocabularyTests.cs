using VoiceAnalytics.Core.Analysis.Sentiment.Terms;

namespace VoiceAnalytics.Tests.Analysis.Sentiment;

public sealed class SentimentVocabularyTests
{
    private static double Score(string text) => SentimentScorer.Score(text).Score;

    [Theory]
    [InlineData("yeah whatever.")]
    [InlineData("look, don't bother with the recap")]
    [InlineData("okay I'm done.")]
    [InlineData("sorry, gotta run. whatever.")]
    public void Score_DismissalOrLeaving_IsNegative(string text) => Assert.True(Score(text) < 0);

    [Theory]
    [InlineData("I didn't ask for a call, I only wanted the trial.")]
    [InlineData("this is the third call this week.")]
    [InlineData("why are you calling me on a Sunday?")]
    public void Score_ObjectionToBeingCalled_IsNegative(string text) => Assert.True(Score(text) < 0);

    [Theory]
    [InlineData("oh deadly, and can it send reminders too?")]
    [InlineData("ah that's class. what about the mobile app?")]
    [InlineData("Sick. Does it export to CSV as well?")]
    public void Score_SlangApprovalOpeningTheReply_IsPositive(string text) => Assert.True(Score(text) > 0.05);

    [Theory]
    [InlineData("I can spend ten grand without asking anyone")]
    [InlineData("two of the team are on sick leave this week")]
    [InlineData("we fly business class to the client sites")]
    public void Score_SlangApprovalWordsInsideASentence_CarryNoSentiment(string text) => Assert.Equal(0, Score(text));

    [Theory]
    [InlineData("we send our proposals through better proposals today")]
    [InlineData("that's a good bit more than our old plan")]
    public void Score_NamesAndQuantitiesWithAPraiseWord_AreNotPraise(string text) => Assert.True(Score(text) <= 0);

    [Fact]
    public void Score_ComplaintAboutThePhoneLine_IsOnlyMild() => Assert.True(Score("sorry, really bad signal here on the train") > -0.3);

    [Fact]
    public void Score_AskingForACallBack_IsNotAnObjection() =>
        Assert.True(Score("could you call me again next week?") >= 0);

    [Fact]
    public void Score_WhateverInsideAClause_IsNotADismissal() =>
        Assert.Equal(0, Score("send it to whatever address is on file"));

    [Theory]
    [InlineData("this is the third time I'm asking about the export")]
    [InlineData("what's the point of a template library then?")]
    [InlineData("the new editor is mediocre at best")]
    [InlineData("honestly that pricing kills it for a shop our size")]
    public void Score_FrustrationWithoutFeelingWords_IsNegative(string text) => Assert.True(Score(text) < 0);

    [Theory]
    [InlineData("the quote came back at twice what we budgeted")]
    [InlineData("that is a lot more than we were expecting for four users")]
    [InlineData("per seat it's out of our range")]
    public void Score_PriceShock_IsNegative(string text) => Assert.True(Score(text) < 0);

    [Fact]
    public void Score_LessOfAComplaint_IsPositive() =>
        Assert.True(Score("setting it up was way less painful than I feared") > 0);

    [Theory]
    [InlineData("I'm a lot less excited about it than last week")]
    [InlineData("the team is less enthusiastic about the rollout now")]
    public void Score_LessOfAPraise_IsNegative(string text) => Assert.True(Score(text) < 0);

    [Theory]
    [InlineData("honestly I've had better mornings")]
    [InlineData("we've seen better, to be fair")]
    public void Score_HadBetterWithNothingCompared_IsNegative(string text) => Assert.True(Score(text) < 0);

    [Fact]
    public void Score_BeenBetterThanSomething_StaysPositive() =>
        Assert.True(Score("onboarding has been better than the last vendor") > 0);

    [Theory]
    [InlineData("have a great weekend")]
    [InlineData("have a really good one")]
    public void Score_PartingWish_WeighsLikeThanks(string text) => Assert.True(Score(text) < 0.3);

    [Fact]
    public void Score_HaveAGreatThingThatIsNoWish_StaysPraise() =>
        Assert.True(Score("they have a great editor") > 0.5);

    [Fact]
    public void Score_GrudgingThanks_IsNegative() => Assert.True(Score("alright. thanks I guess.") < 0);

    [Fact]
    public void Score_VerdictWithThanks_IsAPoliteCloseNotPraise() =>
        Assert.True(Score("great thanks, talk soon") < Score("great, this was really useful"));

    [Fact]
    public void Score_HolidayGreeting_IsNeutral() => Assert.Equal(0, Score("happy holidays"));

    [Theory]
    [InlineData("sign me up, what's the next step")]
    [InlineData("that would help a lot with the backlog")]
    [InlineData("it's a relief to hear that")]
    public void Score_CommitmentOrRelief_IsPositive(string text) => Assert.True(Score(text) > 0);

    [Fact]
    public void Score_ComplaintAboutAnotherProduct_WeighsLess() =>
        Assert.True(Score("jotform is so clunky for this") > Score("the editor is so clunky for this"));

    [Fact]
    public void Score_PraiseInThePastThenNowWithoutBut_CountsLittle() =>
        Assert.True(Score("we were so excited about the demo and now we feel pretty let down") < 0);

    [Fact]
    public void Score_RightNowAfterThePast_IsNoTurn() =>
        Assert.True(Score("we were so excited about the demo and right now it still looks good") > 0);

    [Fact]
    public void Score_PraiseInThePastBeforeAndNow_CountsLittle() =>
        Assert.True(Score("I was thrilled with the demo but now I'm pretty annoyed") < 0);
}
