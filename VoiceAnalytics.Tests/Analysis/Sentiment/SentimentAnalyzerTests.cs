using VoiceAnalytics.Core.Analysis;
using VoiceAnalytics.Core.Analysis.Sentiment;
using VoiceAnalytics.Core.Analysis.Sentiment.EmotionSigns;
using VoiceAnalytics.Core.Contracts;
using VoiceAnalytics.Tests.Analysis.Quality;

namespace VoiceAnalytics.Tests.Analysis.Sentiment;

public sealed class SentimentAnalyzerTests
{
    [Fact]
    public void Properties_Always_DescribeAFanOutSentimentAnalyzerVersion2()
    {
        var sut = CreateSut();

        Assert.Equal("sentiment", sut.Name);
        Assert.Equal(2, sut.Version);
        Assert.Equal(AnalyzerStage.FanOut, sut.Stage);
        Assert.Equal(typeof(SentimentReport), sut.ResultType);
    }

    [Fact]
    public void Analyze_UpbeatUserThroughout_IsPositiveAndStable()
    {
        var report = Analyze(new TranscriptBuilder()
            .Agent("Hi Mia, how is the trial treating you?")
            .User("oh it's been fantastic so far, the team loves it")
            .Agent("Great to hear. What do you send most?")
            .User("mostly service agreements, about fifty a month")
            .Agent("Got it. Anything else?")
            .User("no, that's perfect. thanks a ton, bye!"));

        Assert.Equal("positive", report.Overall);
        Assert.Equal("stable", report.Trend);
        Assert.InRange(report.Score, 0.13, 1);
    }

    [Fact]
    public void Analyze_SkepticalStartDelightedEnd_IsImproving()
    {
        var report = Analyze(new TranscriptBuilder()
            .Agent("Hi Omar, how's the trial going?")
            .User("honestly I'm skeptical, I'm not convinced this is worth the money")
            .Agent("Fair enough. What would you need to see?")
            .User("a working integration with our billing system")
            .Agent("That exists, let me walk you through it.")
            .User("okay, I'll try it")
            .Agent("Does that help?")
            .User("wow, that was way easier than I thought. thank you so much!"));

        Assert.Equal("improving", report.Trend);
        Assert.True(report.EndScore > report.StartScore);
    }

    [Fact]
    public void Analyze_StrainedStartWarmEnd_IsImproving()
    {
        var report = Analyze(new TranscriptBuilder()
            .Agent("Hi Ray, how's the trial going?")
            .User("it's been a week, honestly I'm a little overwhelmed")
            .Agent("Sorry to hear it. What do you send most?")
            .User("insurance applications, about thirty five a week")
            .Agent("Templates would cover those.")
            .User("okay, and it plugs into outlook?")
            .Agent("It does.")
            .User("perfect, that's exactly what I needed. thanks so much!"));

        Assert.Equal("improving", report.Trend);
    }

    [Fact]
    public void Analyze_LukewarmStartClosingWithPraiseBeyondExpectations_IsImproving()
    {
        var report = Analyze(new TranscriptBuilder()
            .Agent("Hi Sam, how's the trial going?")
            .User("it's okay, I haven't had much time with it")
            .Agent("What do you send most?")
            .User("service agreements, about thirty a month")
            .Agent("Would a walkthrough help?")
            .User("yes, Tuesday works")
            .Agent("Booked. Anything else?")
            .User("no, that was a lot more helpful than I expected. thanks, bye"));

        Assert.Equal("improving", report.Trend);
    }

    [Fact]
    public void Analyze_DelightedStartClosingWithPraiseBeyondExpectations_StaysStable()
    {
        var report = Analyze(new TranscriptBuilder()
            .Agent("Hi Sam, how's the trial going?")
            .User("it's been fantastic, the team loves it")
            .Agent("What do you send most?")
            .User("service agreements, about thirty a month")
            .Agent("Would a walkthrough help?")
            .User("yes, Tuesday works")
            .Agent("Booked. Anything else?")
            .User("no, that was actually really helpful. thanks, bye"));

        Assert.Equal("stable", report.Trend);
    }

    /// <summary>
    /// The same warm close after two openings: a start that describes today's mess is why they called, not a mood the
    /// call lifted (stable); a start that voices the user's own feelings is one (improving).
    /// </summary>
    [Theory]
    [InlineData("our intake paperwork is a mess, everything is printed and scanned, it's clunky and slow", "stable")]
    [InlineData("honestly I'm skeptical and a bit frustrated, every tool promises the same thing", "improving")]
    public void Analyze_OpeningThenWarmClose_TrendReadsTheMoodNotTheDescription(string opening, string expected)
    {
        var report = Analyze(new TranscriptBuilder()
            .Agent("Hi Dana, what brings you to PandaDoc?")
            .User(opening)
            .Agent("What do you send most?")
            .User("consent forms, about two hundred a month")
            .Agent("Does your team use a CRM?")
            .User("no, just email")
            .Agent("I can have someone walk you through templates.")
            .User("that's great, thank you so much, this was really helpful"));

        Assert.Equal(expected, report.Trend);
    }

    [Fact]
    public void Analyze_StartDescribingTodaysToolEndingDisappointed_IsDeclining()
    {
        // Against a start that only described the old tool, the closing letdown is a fall.
        var report = Analyze(new TranscriptBuilder()
            .Agent("Hi Ray, how do you send contracts today?")
            .User("we type them in word, it's clunky and a hassle")
            .Agent("How many a month?")
            .User("about forty")
            .Agent("Which CRM do you use?")
            .User("pentana. does it connect to that?")
            .Agent("Not today, I'm afraid.")
            .User("that's a real problem for us. honestly this is pointless then"));

        Assert.Equal("declining", report.Trend);
    }

    [Fact]
    public void Analyze_FriendlyStartAngryEnd_IsNegativeAndDeclining()
    {
        var report = Analyze(new TranscriptBuilder()
            .Agent("Hi Lena, how's the trial?")
            .User("it's okay so far")
            .Agent("What are you working on?")
            .User("I need to send a lease today")
            .Agent("I couldn't find a template for that.")
            .User("that's annoying, I already told you it's a lease")
            .Agent("Sorry, let me look again.")
            .User("ugh, forget it, this is a waste of time"));

        Assert.Equal("negative", report.Overall);
        Assert.Equal("declining", report.Trend);
        Assert.Equal("empathetic", report.FollowUpTone);
        Assert.NotEmpty(report.FrustrationMarkers);
    }

    [Fact]
    public void Analyze_UserWhoObjectsToTheCallAtTheEnd_IsNegativeAndStable()
    {
        var report = Analyze(new TranscriptBuilder()
            .Agent("Hi, this is the onboarding assistant, do you have a minute?")
            .User("who is this? I only downloaded a checklist.")
            .Agent("I wanted to see how the trial is going.")
            .User("I'm not interested. Please take me off your list."));

        Assert.Equal("negative", report.Overall);
        Assert.Equal("stable", report.Trend);
    }

    [Fact]
    public void Analyze_NegativeStartThatOnlyStopsComplaining_IsStable()
    {
        var report = Analyze(new TranscriptBuilder()
            .Agent("Hi, how's it going?")
            .User("not well, the upload keeps failing and I'm annoyed")
            .Agent("Let me help with that.")
            .User("okay, send me the steps")
            .Agent("Done. Anything else?")
            .User("no. bye"));

        Assert.Equal("stable", report.Trend);
    }

    [Fact]
    public void Analyze_UpsetStartPoliteOkayEnd_StaysStable()
    {
        // The complaint stops and the user closes with a plain "okay, thanks": polite, not a change of mind.
        var report = Analyze(new TranscriptBuilder()
            .Agent("Hi, how's it going?")
            .User("honestly I'm frustrated, the import keeps failing")
            .Agent("Let me look at that with you.")
            .User("sure, it's the customer list")
            .Agent("Fixed. Anything else?")
            .User("okay thanks"));

        Assert.InRange(report.EndScore, 0.15, 0.3);
        Assert.Equal("stable", report.Trend);
    }

    [Fact]
    public void Analyze_UpsetStartWarmEnd_IsImproving()
    {
        var report = Analyze(new TranscriptBuilder()
            .Agent("Hi, how's it going?")
            .User("honestly I'm frustrated, the import keeps failing")
            .Agent("Let me look at that with you.")
            .User("sure, it's the customer list")
            .Agent("Fixed. Anything else?")
            .User("no, that's great, it works now. thank you so much"));

        Assert.Equal("improving", report.Trend);
    }

    [Fact]
    public void Analyze_MeanClearlyPastTheNegativeEdge_IsNegativeWhateverTheModelSays()
    {
        // Two complaints and a polite close: the mean is past the negative band edge by about half the margin scale,
        // which the mean decides (the model, weighing the polite close, would say neutral).
        var report = Analyze(new TranscriptBuilder()
            .Agent("So, how's it going?")
            .User("frustrating, the templates keep breaking")
            .Agent("What do you send most?")
            .User("mostly contracts")
            .Agent("We don't have an offline mode yet.")
            .User("that's a problem")
            .Agent("Anything else?")
            .User("thanks"));

        Assert.InRange(SentimentLabels.CallMargin(report.Score), 0.4, 0.6);
        Assert.Equal("negative", report.Overall);
    }

    [Fact]
    public void Analyze_WarmStartEndingOnAMildProblem_IsDeclining()
    {
        // A call that opens happily and ends on a concern declines even when the user stays calm about it.
        var report = Analyze(new TranscriptBuilder()
            .Agent("Hi, how's the trial going?")
            .User("it's been great so far, really nice")
            .Agent("What do you send most?")
            .User("service agreements, about thirty a month")
            .Agent("We don't connect to that billing tool yet.")
            .User("hm, that's an issue for us"));

        Assert.InRange(report.EndScore, -0.2, -0.15);
        Assert.Equal("declining", report.Trend);
    }

    [Fact]
    public void Analyze_ComplaintsAnsweringWhatTheyUseToday_WeighLessThanComplaintsAboutTheCall()
    {
        var aboutToday = Analyze(new TranscriptBuilder().Agent("What are you using today?").User("spreadsheets, and it's clunky and slow"));
        var aboutCall = Analyze(new TranscriptBuilder().Agent("How was the setup?").User("spreadsheets, and it's clunky and slow"));

        Assert.True(aboutToday.Score > aboutCall.Score);
    }

    [Fact]
    public void Analyze_NoUserTurns_IsNeutralAndStable()
    {
        var report = Analyze(new TranscriptBuilder().Agent("Hello? Are you there?"));

        Assert.Equal("neutral", report.Overall);
        Assert.Equal("stable", report.Trend);
        Assert.Equal(0, report.Score);
        Assert.Empty(report.Turns);
        Assert.Equal(4, report.Segments.Count);
    }

    [Fact]
    public void Analyze_SameQuestionAskedAgain_IsAFrustrationMarker()
    {
        var report = Analyze(new TranscriptBuilder()
            .Agent("Hi, how can I help?")
            .User("can I export the signed contract as a PDF file?")
            .Agent("You can share documents by link.")
            .User("right, but can I export the signed contract as a PDF file?"));

        var marker = Assert.Single(report.FrustrationMarkers, m => m.Kind == "repeated_question");
        Assert.Equal("item_3", marker.Evidence.ItemId);
        Assert.True(report.Turns[1].Score < report.Turns[0].Score);
    }

    [Fact]
    public void Analyze_TwoQuestionsInOneTurn_AreNotARepeat()
    {
        var report = Analyze(new TranscriptBuilder()
            .Agent("Which CRM do you use?")
            .User("we use the CRM from our vendor. does it sync contacts with the CRM, or does the CRM sync need a plugin?"));

        Assert.DoesNotContain(report.FrustrationMarkers, m => m.Kind == "repeated_question");
        Assert.True(report.Turns[0].Score >= 0);
    }

    [Theory]
    [InlineData("I'm confused about where the signature fields went", "confusion")]
    [InlineData("hmm, I guess we'll see, I'm on the fence", "hesitation")]
    [InlineData("it's my call and we're ready to move this month", "confidence")]
    [InlineData("I can't wait to roll this out, this is a game changer!", "excitement")]
    [InlineData("the import keeps failing and I'm fed up", "frustration")]
    public void Analyze_EmotionCue_IsReadWithItsTurn(string userText, string emotion)
    {
        var report = Analyze(new TranscriptBuilder().Agent("How's it going?").User(userText));

        var reading = Assert.Single(report.Emotions, e => e.Emotion == emotion);
        Assert.NotEqual("none", reading.Intensity);
        Assert.Equal("item_1", Assert.Single(reading.Evidence).ItemId);
        Assert.Equal(emotion, report.DominantEmotion);
    }

    [Fact]
    public void Analyze_NegatedEmotionCue_IsNotRead()
    {
        var report = Analyze(new TranscriptBuilder().Agent("Any questions?").User("no, I'm not confused at all"));

        Assert.Equal("none", report.Emotions.Single(e => e.Emotion == "confusion").Intensity);
    }

    [Fact]
    public void Analyze_FiveEmotions_AreAlwaysReported()
    {
        var report = Analyze(new TranscriptBuilder().Agent("Hi").User("hello"));

        Assert.Equal(["excitement", "frustration", "confusion", "confidence", "hesitation"], report.Emotions.Select(e => e.Emotion));
    }

    [Fact]
    public void Analyze_EightUserTurns_SplitsTwoPerSegment()
    {
        var builder = new TranscriptBuilder();
        for (var i = 0; i < 8; i++)
        {
            builder.Agent("Next question?").User($"answer number {i}");
        }

        var report = Analyze(builder);

        Assert.Equal(["opening", "discovery", "discussion", "closing"], report.Segments.Select(s => s.Segment));
        Assert.All(report.Segments, s => Assert.Equal(2, s.TurnCount));
    }

    [Fact]
    public void Analyze_SearchFindsNothingThenUserSours_NamesTheTrigger()
    {
        var report = Analyze(new TranscriptBuilder()
            .Agent("How can I help?")
            .User("great timing, I love the editor so far")
            .Agent("Let me check that.")
            .Search(found: false)
            .Agent("I couldn't find anything on that.")
            .User("that's disappointing, honestly it's a real problem for us"));

        var shift = Assert.Single(report.Triggers);
        Assert.Equal("down", shift.Direction);
        Assert.Equal("search_no_results", shift.Cause);
        Assert.Equal("item_6", shift.ItemId);
    }

    [Fact]
    public void Analyze_TurnsWithTimestamps_GiveOffsetsFromTheCallStart()
    {
        var report = Analyze(new TranscriptBuilder()
            .Spoken("assistant", "Hi there, how is it going?", 1, 3)
            .Spoken("user", "it's going great, thanks!", 2, 2));

        var turn = Assert.Single(report.Turns);
        Assert.Equal(6, turn.OffsetSeconds);
        Assert.Equal("positive", turn.Label);
        Assert.Contains(report.KeyMoments, m => m.ItemId == turn.ItemId);
    }

    [Fact]
    public void Analyze_ManyFollowUpQuestions_IsAnEnthusiasmMarker()
    {
        var report = Analyze(new TranscriptBuilder()
            .Agent("Any questions?")
            .User("does it work with Pipedrive? can we brand the emails? and how do reminders work?"));

        Assert.Contains(report.EnthusiasmMarkers, m => m.Kind == "follow_up_questions");
    }

    [Fact]
    public void Analyze_ConfidentUser_HasHighUserConfidence()
    {
        var report = Analyze(new TranscriptBuilder().Agent("Who decides?").User("definitely me, it's my decision and my budget"));

        Assert.Equal("high", report.UserConfidence.Level);
    }

    private static SentimentAnalyzer CreateSut() => new();

    private static SentimentReport Analyze(TranscriptBuilder builder) => Analyze(builder.Build());

    private static SentimentReport Analyze(SessionPayload session) => CreateSut().Analyze(AnalysisInput.ForSession(session));
}
