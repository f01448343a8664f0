using VoiceAnalytics.Core.Analysis;
using VoiceAnalytics.Core.Analysis.Quality;
using VoiceAnalytics.Core.Contracts;
using VoiceAnalytics.Core.Contracts.Metrics;
using VoiceAnalytics.Core.Contracts.TranscriptItems;

namespace VoiceAnalytics.Tests.Analysis.Quality;

public sealed class ConversationQualityAnalyzerTests
{
    [Fact]
    public void Properties_Always_DescribeAFanOutConversationQualityAnalyzerVersion3()
    {
        var sut = CreateSut();

        Assert.Equal("conversation_quality", sut.Name);
        Assert.Equal(3, sut.Version);
        Assert.Equal(AnalyzerStage.FanOut, sut.Stage);
        Assert.Equal(typeof(ConversationQualityReport), sut.ResultType);
    }

    [Fact]
    public void Analyze_InterruptedAgentMessages_AreCountedWithRateAndContext()
    {
        var report = Analyze(new TranscriptBuilder()
            .Agent("Hi, how's it going?")
            .User("fine")
            .Agent("PandaDoc can do a lot of things, for example", interrupted: true)
            .User("sorry, can it send in bulk?")
            .Agent("Yes it can, and you can also", interrupted: true)
            .User("ugh, this is frustrating, just answer the question")
            .Lasting(120));

        Assert.Equal(2, report.Interruptions);
        Assert.Equal(1.0, report.InterruptionDetails.PerMinute);
        Assert.False(report.InterruptionDetails.WithinTarget);
        Assert.Equal(["question", "frustration"], report.InterruptionDetails.Events.Select(e => e.Context));
        Assert.Equal(1, report.InterruptionDetails.Frustrated);
    }

    [Fact]
    public void Analyze_InterruptedMessagesWithoutInterruptionMetrics_CountFromTheTranscript()
    {
        var report = Analyze(new TranscriptBuilder()
            .Agent("Let me walk you through", interrupted: true)
            .User("wait, what about pricing?")
            .Lasting(60));

        Assert.Equal(1, report.Interruptions);
        Assert.Equal(InterruptionSources.Transcript, report.InterruptionDetails.Source);
        Assert.Null(report.InterruptionDetails.Backchannels);
    }

    [Fact]
    public void Analyze_InterruptionMetrics_CountIsTheLargestRunningTotalNotTheSum()
    {
        // One flagged message in the transcript; the model's running totals go 1, 2, 4 interruptions and 0, 3, 3
        // backchannels (sent out of order): the call had 4 and 3, where a sum would say 7 and 6.
        var session = new TranscriptBuilder()
            .Agent("Let me walk you through", interrupted: true)
            .User("wait, what about pricing?")
            .Agent("Sure.")
            .Lasting(240)
            .Build() with
        {
            Metrics =
            [
                Interruption(TranscriptBuilder.T0 + 5, interruptions: 1, backchannels: 0),
                Interruption(TranscriptBuilder.T0 + 90, interruptions: 4, backchannels: 3),
                Interruption(TranscriptBuilder.T0 + 40, interruptions: 2, backchannels: 3),
            ],
        };

        var report = Analyze(session);

        Assert.Equal(4, report.Interruptions);
        Assert.Equal(InterruptionSources.Metrics, report.InterruptionDetails.Source);
        Assert.Equal(3, report.InterruptionDetails.Backchannels);
        Assert.Equal(1.0, report.InterruptionDetails.PerMinute); // 4 in 4 minutes
        Assert.False(report.InterruptionDetails.WithinTarget);
        // The context of each interruption still comes from the transcript's flagged message.
        Assert.Equal("item_0", Assert.Single(report.InterruptionDetails.Events).AgentItemId);
    }

    [Fact]
    public void Analyze_UserQuestions_AreCountedWithEvidence()
    {
        var report = Analyze(new TranscriptBuilder()
            .Agent("How can I help today?")
            .User("is there a nonprofit rate. and I was wondering if you support SSO")
            .Agent("Yes to both. Would you like a call?")
            .User("sure"));

        Assert.Equal(2, report.UserQuestions);
        Assert.Equal(2, report.Questions.AgentQuestions);
        Assert.Equal(2, report.Questions.UserQuestionEvidence.Count);
        Assert.Equal("item_1", report.Questions.UserQuestionEvidence[0].ItemId);
    }

    [Fact]
    public void Analyze_StatementTheAgentAnswersYesOrNo_CountsAsAQuestion()
    {
        var report = Analyze(new TranscriptBuilder()
            .Agent("What do you use for your CRM?")
            .User("pipedrive. it works with pipedrive")
            .Agent("Yes, there's a Pipedrive integration.")
            .User("and text message reminders for the signers")
            .Agent("No, reminders go out by email only.")
            .User("okay thanks"));

        Assert.Equal(2, report.UserQuestions);
        Assert.Equal(["item_1", "item_3"], report.Questions.UserQuestionEvidence.Select(e => e.ItemId));
    }

    [Fact]
    public void Analyze_CourtesyOrLaterYes_CountsNoQuestion()
    {
        var report = Analyze(new TranscriptBuilder()
            .Agent("How's the trial going?")
            .User("sorry, I'm driving so it's a bit loud")
            .Agent("No problem, I'll keep it short. What documents do you send?")
            .User("mostly leases for our buildings")
            .Agent("Got it.")
            .Agent("Yes, leases are a common use.")
            .User("maybe forty a month?")
            .Agent("Yes, that fits the Business plan."));

        Assert.Equal(0, report.UserQuestions);
    }

    [Fact]
    public void Analyze_SpeakingTimestamps_GiveDeadAirTalkRatioAndMonologues()
    {
        var report = Analyze(new TranscriptBuilder()
            .Spoken("assistant", "Hi, how is the trial?", 0, 4)
            .Spoken("user", "good, we mostly send quotes", 1, 6)
            .Spoken("assistant", "Let me check that.", 5, 2)
            .Spoken("assistant", "Quotes work with pricing tables.", 1, 8)
            .Spoken("user", "great", 10, 2)
            .Lasting(100));

        var speaking = report.Speaking;
        Assert.True(speaking.HasTimestamps);
        Assert.Equal(15, speaking.DeadAirSeconds);
        Assert.Equal(15, speaking.DeadAirPercent);
        Assert.Equal(2, speaking.SilentGaps);
        Assert.Equal(8.0 / 14, speaking.TalkRatio!.Value, 2);
        Assert.Equal(11, speaking.LongestAgentMonologue!.Seconds);
        Assert.Equal(2, speaking.LongestAgentMonologue.ItemIds.Count);
        Assert.Equal(6, speaking.LongestUserMonologue!.Seconds);
        Assert.Contains(report.RedFlags, f => f.Code == "dead_air");
    }

    [Fact]
    public void Analyze_PayloadWithoutMessageMetrics_LeavesTimingNull()
    {
        var report = Analyze(new TranscriptBuilder().Agent("Hi").User("hello"));

        Assert.False(report.Speaking.HasTimestamps);
        Assert.Null(report.Speaking.DeadAirPercent);
        Assert.Null(report.Speaking.TalkRatio);
        Assert.Null(report.Components.Single(c => c.Name == "dead_air_percent").Score);
    }

    [Fact]
    public void Analyze_ConsecutiveAgentMessages_CountAsOneTurn()
    {
        var report = Analyze(new TranscriptBuilder()
            .Agent("Hi!")
            .User("hi, does it do payments?")
            .Agent("Let me check.")
            .Search(found: true)
            .Agent("Yes, through Stripe.")
            .User("nice"));

        Assert.Equal(2, report.TurnBalance.UserTurns);
        Assert.Equal(2, report.TurnBalance.AgentTurns);
        Assert.Equal(1, report.TurnBalance.Ratio);
        Assert.Equal("balanced", report.TurnBalance.Assessment);
    }

    [Fact]
    public void Analyze_AgentThatListens_CountsAcknowledgmentsBuildOnAndClarifications()
    {
        var report = Analyze(new TranscriptBuilder()
            .Agent("Hi, what brings you in?")
            .User("we send rental agreements to tenants every month")
            .Agent("Got it, rental agreements for your tenants. Just to confirm, is that every month?")
            .User("yes"));

        Assert.Equal(1, report.Listening.Acknowledgments);
        Assert.Equal(1, report.Listening.BuildOnResponses);
        Assert.Equal(1, report.Listening.Clarifications);
    }

    [Fact]
    public void Analyze_AgentCouldNotAnswer_LowersResolution()
    {
        var report = Analyze(new TranscriptBuilder()
            .Agent("Hi, how can I help?")
            .User("can the signing page be shown in Portuguese?")
            .Agent("Let me look.")
            .Search(found: false)
            .Agent("I couldn't find anything confirming that.")
            .User("okay"));

        Assert.Equal(1, report.AgentEffectiveness.QuestionsAsked);
        Assert.Equal(0, report.AgentEffectiveness.QuestionsResolved);
        Assert.Equal(0, report.AgentEffectiveness.ToolSuccessRate);
        Assert.Contains(report.RedFlags, f => f.Code == "tool_failures");
    }

    [Fact]
    public void Analyze_QuestionsAcrossTheCall_EachJudgedByTheRepliesBeforeTheUsersNextTurn()
    {
        var report = Analyze(new TranscriptBuilder()
            .Agent("Hi, how can I help?")
            .User("does it work with Salesforce?")
            .Agent("Yes, there's a native Salesforce integration.")
            .User("and can I sign on my phone?")
            .Agent("Good question.")
            .Agent("I'm not sure about the mobile app, to be honest.")
            .User("fine. what about bulk send?")
            .Agent("Bulk send is on the Business plan.")
            .User("last one, is there an API?"));

        Assert.Equal(4, report.AgentEffectiveness.QuestionsAsked);
        Assert.Equal(2, report.AgentEffectiveness.QuestionsResolved);
    }

    [Fact]
    public void Analyze_GoodCall_ScoresHighWithStrengths()
    {
        var report = Analyze(new TranscriptBuilder()
            .Agent("Hi Ana, how's the trial?")
            .User("it's been great, really smooth")
            .Agent("Great to hear. What do you send?")
            .User("proposals. does it track when clients open them?")
            .Agent("Yes, you get a notification when they open it.")
            .User("perfect, that's exactly what we need. thanks so much!")
            .Agent("You're welcome, Ana. Have a great day!")
            .User("you too, bye"));

        Assert.True(report.NaturalEnding);
        Assert.InRange(report.QualityScore, 7, 10);
        Assert.InRange(report.SatisfactionProxy, 6, 10);
        Assert.Contains(report.Strengths, s => s.Code == "natural_ending");
        Assert.Contains(report.Strengths, s => s.Code == "positive_sentiment");
        Assert.Equal("positive", report.Sentiment.Overall);
        Assert.True(report.Sentiment.MeetsTarget);
    }

    [Fact]
    public void Analyze_AbruptNegativeCall_HasRedFlagsAndRecommendations()
    {
        var report = Analyze(new TranscriptBuilder()
            .Agent("Hi, how's it going?")
            .User("not great, I'm stuck")
            .Agent("In the editor, open the panel and", interrupted: true)
            .User("ugh, I already told you the panel isn't there")
            .Closed("participant_disconnected"));

        Assert.False(report.NaturalEnding);
        Assert.Contains(report.RedFlags, f => f.Code == "abrupt_ending");
        Assert.Contains(report.RedFlags, f => f.Code == "negative_sentiment");
        Assert.NotEmpty(report.Recommendations);
        Assert.True(report.QualityScore < 7);
    }

    [Fact]
    public void Analyze_Components_HaveTheSpecTargets()
    {
        var report = Analyze(new TranscriptBuilder().Agent("Hi").User("hello, bye"));

        Assert.Equal(
            ["turn_balance", "question_engagement", "interruptions", "dead_air_percent", "natural_ending", "sentiment_progression", "satisfaction_proxy", "agent_effectiveness"],
            report.Components.Select(c => c.Name));
        Assert.All(report.Components.Where(c => c.Score is not null), c => Assert.InRange(c.Score!.Value, 0, 10));
    }

    private static ConversationQualityAnalyzer CreateSut() => new();

    private static InterruptionMetrics Interruption(double at, long interruptions, long backchannels) =>
        new() { Timestamp = at, NumInterruptions = interruptions, NumBackchannels = backchannels, NumRequests = interruptions + backchannels };

    private static ConversationQualityReport Analyze(TranscriptBuilder builder) => Analyze(builder.Build());

    private static ConversationQualityReport Analyze(SessionPayload session) => CreateSut().Analyze(AnalysisInput.ForSession(session));
}
