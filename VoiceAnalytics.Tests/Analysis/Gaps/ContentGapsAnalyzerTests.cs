using VoiceAnalytics.Core.Analysis;
using VoiceAnalytics.Core.Analysis.Gaps;
using VoiceAnalytics.Tests.Analysis.Objections;

namespace VoiceAnalytics.Tests.Analysis.Gaps;

public sealed class ContentGapsAnalyzerTests
{
    [Fact]
    public void Properties_Always_DescribeAFanOutAnalyzerVersion1()
    {
        var sut = CreateSut();

        Assert.Equal("content_gaps", sut.Name);
        Assert.Equal(1, sut.Version);
        Assert.Equal(AnalyzerStage.FanOut, sut.Stage);
        Assert.Equal(typeof(ContentGapReport), sut.ResultType);
    }

    [Fact]
    public void Analyze_ZeroResultsAndToolErrors_AreCountedApart()
    {
        var call = new CallScript()
            .User("Can I stamp a watermark on drafts?")
            .Search("draft watermark", total: 0)
            .Search("watermark documents", total: 3)
            .SearchError("watermark drafts", "Knowledge search timed out after 8 seconds.");

        var report = Analyze(call);

        Assert.Equal(3, report.TotalSearches);
        Assert.Equal(1, report.FailedSearches);
        Assert.Equal(1, report.SearchErrors);
        Assert.Equal(0.333, report.CoverageRate);
        Assert.Equal(["no_results", "tool_error"], report.FailedQueries.Select(f => f.Reason));
        Assert.Equal("draft watermark", report.FailedQueries[0].Evidence.Quote);
        Assert.Equal(0, report.FailedQueries[0].ResultCount);
        Assert.Equal(2, report.FailedQueries[0].Occurrences);
    }

    [Theory]
    [InlineData("""{"results": []}""", false, "no_results")]
    [InlineData("""{"is_error": true, "error": "index offline"}""", false, "tool_error")]
    [InlineData("No results found for that query.", false, "no_results")]
    [InlineData("An internal error occurred", true, "tool_error")]
    public void Analyze_SearchOutputShapes_AreRead(string output, bool isError, string reason)
    {
        var call = new CallScript().User("Where are the audit logs?").Tool("unleash_search_knowledge", """{"query": "audit logs"}""", output, isError);

        Assert.Equal(reason, Assert.Single(Analyze(call).FailedQueries).Reason);
    }

    [Fact]
    public void Analyze_SearchWithResults_IsNoGap()
    {
        var call = new CallScript().User("Does it connect to Slack?").Search("slack integration", total: 2).Agent("Yes, there's a Slack integration.");

        var report = Analyze(call);

        Assert.Equal(0, report.FailedSearches);
        Assert.Empty(report.FailedQueries);
        Assert.Empty(report.UnansweredQuestions);
        Assert.Equal(1.0, report.CoverageRate);
    }

    [Fact]
    public void Analyze_DeflectedQuestion_IsUnansweredWithTheDeflection()
    {
        var call = new CallScript()
            .User("Can clients pay a deposit while they sign?")
            .Agent("Let me look into that.")
            .Agent("I'm not certain about that one, so let me have someone follow up with you.")
            .User("Hmm, that's a shame.");

        var question = Assert.Single(Analyze(call).UnansweredQuestions);

        Assert.Equal("Can clients pay a deposit while they sign?", question.Question);
        Assert.Equal("payments", question.Topic);
        Assert.Equal("deflected", question.Reason);
        Assert.True(question.UserDissatisfied);
        Assert.Equal(0.85, question.Confidence);
        Assert.StartsWith("I'm not certain", question.Deflection?.Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_AnsweredQuestion_IsNotUnanswered()
    {
        var call = new CallScript().User("Is there an Android app?").Agent("Yes, there's an app for Android and iOS.");

        Assert.Empty(Analyze(call).UnansweredQuestions);
    }

    [Fact]
    public void Analyze_CallEndsOnAQuestion_IsUnansweredWithNoReply()
    {
        var call = new CallScript().Agent("Hi, how can I help?").User("quick one, can I reuse a signed form as a template?");

        Assert.Equal("no_reply", Assert.Single(Analyze(call).UnansweredQuestions).Reason);
    }

    [Fact]
    public void Analyze_HelpRequestWithoutAQuestionMark_CountsAsTheQuestion()
    {
        var call = new CallScript()
            .User("I've been trying to figure out how to add a second signer and I can't find the option.")
            .Agent("I'm having trouble pulling that article up right now.");

        var question = Assert.Single(Analyze(call).UnansweredQuestions);
        Assert.Equal("troubleshooting", Assert.Single(Analyze(call).Recommendations).ContentType);
        Assert.Contains("second signer", question.Question, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_SameQuestionAskedAgain_IsARepeat()
    {
        var call = new CallScript()
            .User("How do I add a second signer to a template?")
            .Agent("You can add roles in the template editor.")
            .User("Sorry, how can I add another signer to the template?");

        var repeat = Assert.Single(Analyze(call).RepeatedQuestions);

        Assert.Equal("Sorry, how can I add another signer to the template?", repeat.Question);
        Assert.Equal("How do I add a second signer to a template?", repeat.FirstAsked.Quote);
        Assert.True(repeat.Similarity >= 0.5);
    }

    [Fact]
    public void Analyze_DifferentQuestionsWithSharedWords_AreNotRepeats()
    {
        var call = new CallScript().User("Does it connect to Slack?").Agent("Yes.").User("Does it connect to Gmail?");

        Assert.Empty(Analyze(call).RepeatedQuestions);
    }

    [Theory]
    [InlineData("Can I send one renewal notice to three hundred tenants?", "bulk_send")]
    [InlineData("Is there an Android app for signing?", "mobile")]
    [InlineData("How does the HubSpot sync work?", "integrations")]
    [InlineData("Are you SOC 2 certified?", "security")]
    [InlineData("Can I remove your logo and use our own branding?", "branding")]
    [InlineData("What does the cheapest plan include?", "pricing")]
    [InlineData("What's the weather like?", "other")]
    public void Classify_Question_GivesItsMostSpecificTopic(string question, string topic)
    {
        Assert.Equal(topic, TopicVocabulary.Classify(question));
    }

    [Fact]
    public void Analyze_GapsAcrossTopics_AreRankedAndRecommended()
    {
        var call = new CallScript()
            .User("Can documents go out in French?")
            .Search("french language signing", total: 0)
            .Agent("I couldn't confirm French support.")
            .User("And how much is the Business plan?")
            .Agent("It's priced per seat.");

        var report = Analyze(call);

        Assert.Equal(["localization"], report.MissingDocumentation);
        Assert.Equal("localization", report.Topics[0].Topic);
        Assert.Equal(1, report.Topics[0].Priority);
        Assert.False(report.Topics.Single(t => t.Topic == "pricing").IsGap);
        Assert.Equal(["failed_search", "unanswered_question"], report.Recommendations.Select(r => r.Source));
        Assert.Equal([1, 2], report.Recommendations.Select(r => r.Priority));
    }

    [Fact]
    public void Analyze_UserReactsBadlyToAFailedSearch_IsHighImpact()
    {
        var call = new CallScript()
            .User("Is there a template for a catering order?")
            .Search("catering order template", total: 0)
            .Agent("I couldn't find one in our library.")
            .User("You know what, forget it.");

        Assert.Equal("high", Assert.Single(Analyze(call).FailedQueries).Impact);
    }

    private static ContentGapsAnalyzer CreateSut() => new();

    private static ContentGapReport Analyze(CallScript call) => CreateSut().Analyze(AnalysisInput.ForSession(call.Build()));
}
