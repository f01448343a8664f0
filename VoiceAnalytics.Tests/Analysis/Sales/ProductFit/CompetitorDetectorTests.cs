using VoiceAnalytics.Core.Analysis.Sales.ProductFit.Tools;

namespace VoiceAnalytics.Tests.Analysis.Sales.ProductFit;

public sealed class CompetitorDetectorTests
{
    [Theory]
    [InlineData("we're on DocuSign at the moment", "docusign", CompetitorContexts.CurrentTool)]
    [InlineData("we used to be on hello sign", "dropbox_sign", CompetitorContexts.PastTool)]
    [InlineData("we dropped Proposify a year ago", "proposify", CompetitorContexts.PastTool)]
    [InlineData("we don't use Qwilr anymore", "qwilr", CompetitorContexts.PastTool)]
    [InlineData("we're also looking at Better Proposals", "better_proposals", CompetitorContexts.Considering)]
    [InlineData("we've been evaluating Zoho Sign", "zoho_sign", CompetitorContexts.Considering)]
    [InlineData("how do you stack up against acrobat sign?", "adobe_sign", CompetitorContexts.Comparison)]
    [InlineData("is this cheaper than SignNow?", "signnow", CompetitorContexts.Comparison)]
    [InlineData("our legal team uses Ironclad for the big deals", "ironclad", CompetitorContexts.Mentioned)] // another department's tool
    [InlineData("my brother's firm uses Conga", "conga", CompetitorContexts.Mentioned)]
    [InlineData("I read a blog post about Jotform", "jotform", CompetitorContexts.Mentioned)]
    public void Detect_CompetitorNamed_GivesItsContext(string userText, string competitor, string context)
    {
        var mention = Assert.Single(CompetitorDetector.Detect(TranscriptBuilder.FromUser(userText)));

        Assert.Equal(competitor, mention.Competitor);
        Assert.Equal(context, mention.Context);
    }

    [Theory]
    [InlineData("we're on SignNow and honestly it's clunky", "negative")]
    [InlineData("we left DocuSign because they kept raising the price", "negative")]
    [InlineData("we use Proposify and we love it, it works well", "positive")]
    [InlineData("we use Qwilr for proposals", "neutral")]
    public void Detect_UserVoicesAttitude_GivesSentiment(string userText, string sentiment) =>
        Assert.Equal(sentiment, Assert.Single(CompetitorDetector.Detect(TranscriptBuilder.FromUser(userText))).Sentiment);

    [Fact]
    public void Detect_TwoCompetitorsInOneSentence_KeepsEachSentimentApart()
    {
        var mentions = CompetitorDetector.Detect(TranscriptBuilder.FromUser("we left Adobe Sign because it was buggy, and DocuSign we use now"));

        Assert.Equal("negative", mentions.Single(m => m.Competitor == "adobe_sign").Sentiment);
        Assert.Equal("neutral", mentions.Single(m => m.Competitor == "docusign").Sentiment);
    }

    [Fact]
    public void Detect_SameCompetitorTwice_OneMentionWithStrongestContext()
    {
        var mention = Assert.Single(CompetitorDetector.Detect(TranscriptBuilder.FromUser(
            "is PandaDoc faster than DocuSign?",
            "because our DocuSign renewal is due next month")));

        Assert.Equal(CompetitorContexts.CurrentTool, mention.Context);
        Assert.Equal("because our DocuSign renewal is due next month", mention.Evidence.Quote);
    }

    [Fact]
    public void Detect_AgentNamesCompetitor_Ignored()
    {
        var conversation = new TranscriptBuilder()
            .Agent("Are you coming from DocuSign or Adobe Sign?")
            .User("neither, we just started")
            .Conversation();

        Assert.Empty(CompetitorDetector.Detect(conversation));
    }

    // Lower-case speech-to-text: a name that is also a common phrase counts after a verb of trying or buying.
    [Theory]
    [InlineData("we trialed sign now last year it was fine", "signnow")]
    [InlineData("legal looked at ironclad for a bit", "ironclad")]
    [InlineData("so i looked at iron clad once", "ironclad")]
    [InlineData("our counsel wanted us to buy ironclad but it was too much", "ironclad")]
    [InlineData("we tested better proposals but it didn't stick", "better_proposals")]
    [InlineData("we also looked at propose ify last year", "proposify")]
    public void Detect_LowerCaseNameAfterTrialVerb_IsCompetitor(string userText, string competitor) =>
        Assert.Equal(competitor, Assert.Single(CompetitorDetector.Detect(TranscriptBuilder.FromUser(userText))).Competitor);

    [Theory]
    [InlineData("we want to send better proposals")]
    [InlineData("we looked at the contract and it is ironclad")]
    [InlineData("i tested it and they can sign now from the phone")]
    [InlineData("we need an ironclad agreement")]
    [InlineData("can they sign now or later?")]
    [InlineData("we use Adobe Photoshop for the designs")]
    public void Detect_OrdinaryWords_NoCompetitor(string userText) =>
        Assert.Empty(CompetitorDetector.Detect(TranscriptBuilder.FromUser(userText)));

    [Fact]
    public void Detect_NullConversation_Throws() =>
        Assert.Throws<ArgumentNullException>(() => CompetitorDetector.Detect(null!));
}
