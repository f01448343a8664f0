using VoiceAnalytics.Core.Analysis;
using VoiceAnalytics.Core.Analysis.Quality;

namespace VoiceAnalytics.Tests.Analysis.Quality;

public sealed class EndingDetectionTests
{
    [Fact]
    public void Analyze_BothSidesSayGoodbye_IsANaturalGoodbye()
    {
        var report = Analyze(Opening()
            .User("that covers it, thanks for the help")
            .Agent("My pleasure, take care!")
            .Closed("participant_disconnected"));

        Assert.True(report.NaturalEnding);
        Assert.Equal("goodbye", report.EndReason);
        Assert.NotNull(report.Ending.UserClosing);
        Assert.NotNull(report.Ending.AgentClosing);
    }

    [Fact]
    public void Analyze_TerseByeAfterTheAgentsFarewell_IsNatural()
    {
        var report = Analyze(Opening()
            .Agent("Thanks for calling, have a good day!")
            .User("yep, bye")
            .Closed("participant_disconnected"));

        Assert.True(report.NaturalEnding);
    }

    [Fact]
    public void Analyze_UserLeavesRightAfterBookingWithoutClosing_IsAHangUp()
    {
        var report = Analyze(Opening()
            .User("thursday at nine")
            .Agent("Booking it.")
            .Tool("book_sales_meeting", """{"success": true}""")
            .Agent("You're booked for Thursday at 9am. Anything else?")
            .User("no, I have to jump into a meeting")
            .Closed("participant_disconnected", "room disconnected"));

        Assert.False(report.NaturalEnding);
        Assert.Equal("hang-up", report.EndReason);
    }

    [Fact]
    public void Analyze_AgentQuestionLeftUnansweredAndIdleShutdown_IsATimeout()
    {
        var report = Analyze(Opening()
            .User("sorry, one second")
            .Agent("Sure. Are you still with me?")
            .Closed("user_initiated", "user away timeout"));

        Assert.False(report.NaturalEnding);
        Assert.Equal("timeout", report.EndReason);
    }

    [Fact]
    public void Analyze_CrashMidCall_IsAnError()
    {
        var report = Analyze(Opening().User("quick one, do you integrate with Monday?").Closed("error", "job crashed"));

        Assert.False(report.NaturalEnding);
        Assert.Equal("error", report.EndReason);
    }

    [Fact]
    public void Analyze_ThanksFollowedByANewQuestion_IsNotAClosing()
    {
        var report = Analyze(Opening()
            .User("thanks. oh, and does it work offline?")
            .Agent("Not offline, sorry. Bye!")
            .Closed("job_shutdown"));

        Assert.False(report.NaturalEnding);
    }

    [Fact]
    public void Analyze_UserFarewellIsTheLastWord_IsNatural()
    {
        var report = Analyze(Opening().User("great, thanks, bye!").Closed("participant_disconnected"));

        Assert.True(report.NaturalEnding);
        Assert.Equal(0.75, report.Ending.Confidence);
    }

    [Theory]
    [InlineData("no that's it thanks so much", "Thanks Marisol, have a great rest of your day!")]
    [InlineData("Perfect. Thank you so much, have a great day!", "You too, Lori.")]
    [InlineData("Great. I'll send the form over ahead of it. Thanks.", "Thanks Naomi, talk Monday.")]
    public void Analyze_AgentClosesWithAWellWishAReplyInKindOrFinalThanks_IsNatural(string user, string agent)
    {
        var report = Analyze(Opening().User(user).Agent(agent).Closed("job_shutdown", "agent ended the call"));

        Assert.True(report.NaturalEnding);
        Assert.NotNull(report.Ending.AgentClosing);
    }

    [Theory]
    [InlineData("byeee")]
    [InlineData("Alright. Later.")]
    [InlineData("You too.")]
    public void Analyze_UserSignsOffTersely_IsNatural(string user)
    {
        var report = Analyze(Opening().User("ok that covers it").Agent("Thanks for your time, have a great afternoon.").User(user)
            .Closed("participant_disconnected", "room disconnected"));

        Assert.True(report.NaturalEnding);
    }

    [Fact]
    public void Analyze_MaybeLaterIsADeclineNotAFarewell_IsNotNatural()
    {
        var report = Analyze(Opening().Agent("Would you like to book a demo?").User("maybe later")
            .Closed("participant_disconnected", "room disconnected"));

        Assert.False(report.NaturalEnding);
    }

    [Fact]
    public void Analyze_AgentThanksOnlyBeforeTheUsersLastTurn_IsNoAgentClosing()
    {
        var report = Analyze(Opening().User("we send about forty a month").Agent("Thanks, that helps.").User("ok thanks")
            .Closed("participant_disconnected", "room disconnected"));

        Assert.False(report.NaturalEnding);
        Assert.Null(report.Ending.AgentClosing);
    }

    private static TranscriptBuilder Opening() =>
        new TranscriptBuilder().Agent("Hi Sam, how's the trial going?").User("pretty good so far").Agent("What can I help with?");

    private static ConversationQualityReport Analyze(TranscriptBuilder builder) =>
        new ConversationQualityAnalyzer().Analyze(AnalysisInput.ForSession(builder.Build()));
}
