using VoiceAnalytics.Core.Analysis.Sentiment.Terms;
using VoiceAnalytics.Core.Analysis.Text.Words;

namespace VoiceAnalytics.Tests.Analysis.Sentiment;

public sealed class SentimentScorerTests
{
    private static double Score(string text) => SentimentScorer.Score(text).Score;

    [Theory]
    [InlineData("honestly that was way more useful than I expected")]
    [InlineData("okay, the setup is actually really easy")]
    [InlineData("I'm actually kind of excited about it now")]
    public void Score_PraiseBeyondExpectations_IsSurprised(string text) => Assert.True(SentimentScorer.Score(text).Surprised);

    [Theory]
    [InlineData("the setup is really easy")]
    [InlineData("actually, is it easy to export?")]
    [InlineData("yeah actually that would help")]
    [InlineData("it actually costs more than I expected")]
    public void Score_PlainPraiseOrSurpriseOutsideAStatement_IsNotSurprised(string text) => Assert.False(SentimentScorer.Score(text).Surprised);

    [Fact]
    public void Score_ComplaintAboutAThing_DescribesIt()
    {
        var hits = SentimentScorer.Score("the old editor is clunky").Hits;

        Assert.True(Assert.Single(hits).Describes);
    }

    [Theory]
    [InlineData("I'm frustrated")]
    [InlineData("the editor is great")]
    [InlineData("the editor is not great")]
    public void Score_FeelingOrVerdict_DoesNotDescribe(string text) =>
        Assert.DoesNotContain(SentimentScorer.Score(text).Hits, h => h.Describes);

    [Theory]
    [InlineData("sorry the line is really bad im on the train")]
    [InlineData("the internet at two of our clinics is terrible")]
    [InlineData("the reception down here is awful, you keep cutting out")]
    public void Score_ComplaintAboutTheConnection_WeighsLittle(string text) => Assert.True(Score(text) > -0.3);

    [Theory]
    [InlineData("the editor is really bad")]
    [InlineData("the templates are terrible")]
    public void Score_ComplaintAboutTheProduct_StaysNegative(string text) => Assert.True(Score(text) < -0.4);

    [Fact]
    public void Score_FeelingBesideABadLine_StillCounts() =>
        Assert.True(Score("I'm so frustrated, the line is bad") < -0.4);

    [Theory]
    [InlineData("That's alright, it's not your fault.")]
    [InlineData("I had hoped this would cover the permits.")]
    [InlineData("I'm afraid that won't work for our board.")]
    public void Score_PoliteDisappointment_IsNegative(string text) => Assert.True(Score(text) < 0);

    [Theory]
    [InlineData("hi, I'm okay, a little overwhelmed, it's our busiest month")]
    [InlineData("look, I'm under the gun here, the renewal charges this weekend")]
    [InlineData("I'll be honest, I'm a wee bit sceptical about all this")]
    [InlineData("i don't really trust these computer things")]
    [InlineData("so i'm not real sure i even need it")]
    public void Score_StrainOrWarinessOfTheSpeaker_IsANegativeFeeling(string text)
    {
        var result = SentimentScorer.Score(text);

        Assert.True(result.Score < 0);
        Assert.DoesNotContain(result.Hits, h => h.Describes);
    }

    [Theory]
    [InlineData("they don't trust a screen, they want to sign in ink")]
    [InlineData("we're a nonprofit and we are drowning in paper")]
    public void Score_OthersDistrustOrWorkload_IsNoStrainOfTheSpeaker(string text) => Assert.Equal(0, Score(text));

    [Fact]
    public void Score_PlainPraise_IsPositive() => Assert.True(Score("The new templates look wonderful.") > 0.3);

    [Fact]
    public void Score_NoSentimentWords_IsZeroWithoutHits()
    {
        var result = SentimentScorer.Score("We have nine offices and send invoices on Fridays.");

        Assert.Equal(0, result.Score);
        Assert.Empty(result.Hits);
    }

    [Theory]
    [InlineData("I'm not happy with the signing flow.")]
    [InlineData("the mobile view isn't great for our reps")]
    [InlineData("we never really loved the old editor")]
    public void Score_NegatedPraise_IsNegative(string text) => Assert.True(Score(text) < 0);

    [Theory]
    [InlineData("no don't bother")]
    [InlineData("nah not interested")]
    public void Score_NoBeforeATermWithItsOwnNegator_StaysNegative(string text) => Assert.True(Score(text) < 0);

    [Theory]
    [InlineData("no that's everything, thanks so much")]
    [InlineData("no I think we're all set, you've been really helpful")]
    public void Score_AnswerNoBeforeANewClause_DoesNotTurnThePraise(string text) => Assert.True(Score(text) > 0.3);

    [Theory]
    [InlineData("no help at all with the import")]
    [InlineData("no, it's not great")]
    public void Score_NoThatNegatesItsOwnClause_StillTurnsIt(string text) => Assert.True(Score(text) < 0);

    [Theory]
    [InlineData("no bother, thanks a million")]
    [InlineData("no problem thanks so much")]
    [InlineData("not bad, really helpful actually")]
    public void Score_NegatorSpentOnAnEarlierTerm_DoesNotTurnTheNextOne(string text) => Assert.True(Score(text) > 0.3);

    [Fact]
    public void Score_NegatorBeforeCoordinatedPraise_StillTurnsBoth() =>
        Assert.True(Score("it was not very helpful or useful") < 0);

    [Theory]
    [InlineData("this solves our biggest headache")]
    [InlineData("that would get rid of the hassle with the scans")]
    [InlineData("the reminders fix the problem we have with late signatures")]
    public void Score_ComplaintRemovedByAVerb_IsPositive(string text) => Assert.True(Score(text) > 0);

    [Theory]
    [InlineData("it doesn't solve our problem at all")]
    [InlineData("that won't fix the problem")]
    public void Score_NegatedRemoval_LeavesTheComplaint(string text) => Assert.True(Score(text) < 0);

    [Theory]
    [InlineData("I'm not convinced it's worth the money.")]
    [InlineData("honestly I don't see the point of switching.")]
    [InlineData("yeah no, that's not going to fly with our auditors.")]
    public void Score_UnpersuadedUser_IsNegative(string text) => Assert.True(Score(text) < 0);

    [Theory]
    [InlineData("ok that actually sounds painless")]
    [InlineData("the setup was seamless")]
    public void Score_EaseWithoutTheWordEasy_IsPositive(string text) => Assert.True(Score(text) > 0);

    [Theory]
    [InlineData("Please take me off your list.", true)]
    [InlineData("Stop calling me.", true)]
    [InlineData("Take me through the setup.", false)]
    [InlineData("This is frustrating.", false)]
    public void Score_ObjectionToTheCall_MarksRefusal(string text, bool refuses) =>
        Assert.Equal(refuses, SentimentScorer.Score(text).RefusesContact);

    [Fact]
    public void Score_NegatedComplaint_IsMildlyPositive()
    {
        var score = Score("honestly the setup was not difficult at all");

        Assert.InRange(score, 0.01, 0.4);
    }

    [Fact]
    public void Score_Intensifier_StrengthensTheTerm() =>
        Assert.True(Score("the editor is super helpful") > Score("the editor is helpful"));

    [Theory]
    [InlineData("the import screen was a bit confusing", "the import screen was confusing")]
    [InlineData("the plan is kind of pricey for us", "the plan is pricey for us")]
    public void Score_Downtoner_WeakensTheComplaint(string softened, string plain) =>
        Assert.True(Score(softened) > Score(plain));

    [Fact]
    public void Score_But_MovesWeightToTheSecondClause()
    {
        Assert.True(Score("the import is clunky but the reports are excellent") > 0);
        Assert.True(Score("the reports are excellent but the import is clunky") < 0);
    }

    [Fact]
    public void Score_SentenceOpeningWithBut_OutweighsThePreviousSentence() =>
        Assert.True(Score("The dashboard is nice. But the exports are painfully slow.") < 0);

    [Fact]
    public void Score_Thanks_IsMildAndEffusiveThanksIsStronger()
    {
        var plain = Score("ok, thank you");
        var effusive = Score("ok, thank you so much");

        Assert.InRange(plain, 0.05, 0.3);
        Assert.True(effusive > plain);
    }

    [Fact]
    public void Score_PositiveWordOpeningTheReply_WeighsMore() =>
        Assert.True(Score("Perfect, send it over tomorrow.") > Score("Send it over tomorrow, that is perfect."));

    [Theory]
    [InlineData("Great. And can the forms go out in Spanish?")]
    [InlineData("Okay, good. The next thing is the approval step.")]
    [InlineData("Perfect. I'll forward the invite to my manager.")]
    public void Score_BareVerdictReceiptingTheAnswer_IsOnlyMildlyPositive(string text) =>
        Assert.InRange(Score(text), 0.01, 0.3);

    [Theory]
    [InlineData("Perfect, this is exactly what we need.")]
    [InlineData("Great tool. The templates save us hours.")]
    public void Score_VerdictThatSaysMoreThanAReceipt_KeepsItsWeight(string text) => Assert.True(Score(text) > 0.4);

    [Theory]
    [InlineData("ugh, it logged me out in the middle of a contract")]
    [InlineData("I already told you we don't use a CRM")]
    [InlineData("this is getting really frustrating")]
    [InlineData("you know what, forget it, I'll do it by hand")]
    [InlineData("that's way more than we can spend, this isn't going to work for us")]
    public void Score_FrustrationCues_AreNegative(string text) => Assert.True(Score(text) < -0.3);

    [Fact]
    public void Score_ExclamationWithoutComplaint_ReadsAsEnthusiasm() => Assert.True(Score("Hello there!") > 0);

    [Fact]
    public void Score_CapitalizedWordInsideSentence_IsANameNotAnOpinion() =>
        Assert.Empty(SentimentScorer.Score("we moved off Great Plains last spring").Hits);

    [Fact]
    public void Score_CapitalizedFirstPerson_IsTheSpeakerNotAName() => Assert.True(Score("Honestly, I'm thrilled with it") > 0.3);

    [Fact]
    public void Score_DecliningAnOffer_IsNearlyNeutral() => Assert.InRange(Score("Nah, I'm good, just browsing."), -0.1, 0.1);

    [Fact]
    public void Score_ComplaintAboutAPastTool_WeighsLess() =>
        Assert.True(Score("we tried another vendor last year and it was awful") > Score("the editor is awful"));

    [Fact]
    public void Score_AnswerAboutTodaysProcess_SoftensDescriptionsButNotFeelings()
    {
        var text = "spreadsheets and email, it's messy and I'm worried about errors";
        var words = SpeechTokenizer.Words(text);

        var asAnswer = SentimentScorer.Score(text, words, describesStatusQuo: true);
        var plain = SentimentScorer.Score(text, words);

        Assert.True(asAnswer.Score > plain.Score);
        Assert.True(asAnswer.Score < 0);
    }

    [Fact]
    public void Score_RightNowComplaint_IsSoftened() =>
        Assert.True(Score("right now everything is on paper and it's a mess") > Score("everything is on paper and it's a mess"));

    [Fact]
    public void Score_WishedComparative_TellsOfALack() => Assert.True(Score("we'd need the reporting to be a lot better") < 0);

    [Fact]
    public void Score_Hypothetical_WeighsLessThanAFact() =>
        Assert.True(Score("if the sync breaks, that would be terrible") > Score("the sync is terrible"));

    [Fact]
    public void Score_BeatingExpectations_StrengthensThePraise() =>
        Assert.True(Score("the walkthrough was more useful than I expected") > Score("the walkthrough was useful"));

    [Theory]
    [InlineData("well, we have nine offices")]
    [InlineData("we send like forty quotes")]
    [InlineData("good morning, there is no rush on our side")]
    [InlineData("we'd like to see the audit trail as well")]
    public void Score_AmbiguousWordsOutOfContext_CarryNoSentiment(string text) => Assert.Equal(0, Score(text));

    [Theory]
    [InlineData("it has been going well")]
    [InlineData("I really like the dashboard")]
    [InlineData("I'm pretty much sold on it")]
    public void Score_AmbiguousWordsInContext_ArePositive(string text) => Assert.True(Score(text) > 0.2);

    [Fact]
    public void Score_QuestionAboutQuality_WeighsLessThanTheStatement() =>
        Assert.True(Score("is the editor any good?") < Score("the editor is good."));

    [Fact]
    public void Score_TypographicApostrophe_ReadsLikeAscii() =>
        Assert.Equal(Score("it isn't great"), Score("it isn\u2019t great"), 6);
}
