using VoiceAnalytics.Core.Analysis.Sales.ProductFit;

namespace VoiceAnalytics.Tests.Analysis.Sales.ProductFit;

/// <summary>Feature requests voiced the way people talk: statements the agent goes to look up, questions without a
/// question mark, a capability confirmed in one form and not in another, plain-language names for the enum.</summary>
public sealed class FeatureRequestSpokenTests
{
    [Fact]
    public void Extract_StatedNeedTheAgentSearchedAndCouldNotFind_IsARequest()
    {
        var conversation = new TranscriptBuilder()
            .User("right and the quebec office sends all its contracts in french too")
            .Search("French language documents", 0)
            .Agent("I couldn't find anything confirming French documents, I'll note it for the product team.")
            .Conversation();

        Assert.Contains("multi_language", Requests(conversation));
    }

    [Fact]
    public void Extract_StatedNeedTheAgentSearchedAndConfirmed_IsNotARequest()
    {
        var conversation = new TranscriptBuilder()
            .User("right and the quebec office sends all its contracts in french too")
            .Search("French language documents", 2)
            .Agent("Yes, documents and the signing page can be in French.")
            .Conversation();

        Assert.Empty(Requests(conversation));
    }

    [Fact]
    public void Extract_StatementSearchedWithResultsAndNoDenial_IsNotARequest()
    {
        var conversation = new TranscriptBuilder()
            .User("the old tool never showed us which clients opened the quote")
            .Search("document analytics opened viewed", 3)
            .Agent("PandaDoc shows when each recipient opened the document and the time on every page.")
            .Conversation();

        Assert.Empty(Requests(conversation));
    }

    [Fact]
    public void Extract_ConfirmedOnceButNotInTheRefinedForm_IsARequest()
    {
        var conversation = new TranscriptBuilder()
            .User("can members pay the joining fee inside the form?")
            .Search("collect payment in document", 2)
            .Agent("Yes, you can collect payments in a document through Stripe or Square.")
            .User("ok and after that bill them monthly on their card without us doing anything")
            .Search("recurring payments from document", 0)
            .Agent("I couldn't confirm recurring payments, so I won't promise that.")
            .Conversation();

        Assert.Contains("payment_collection", Requests(conversation));
    }

    [Fact]
    public void Extract_QuestionWithoutAMarkOpeningOnAnAuxiliary_IsARequest()
    {
        var conversation = new TranscriptBuilder()
            .User("could a partner okay every engagement letter first like an approval step")
            .Agent("I couldn't confirm an approval step, I'll pass that to the product team.")
            .Conversation();

        Assert.Contains("approval_workflows", Requests(conversation));
    }

    [Theory]
    [InlineData("the portal for our franchisees really has to sit on their own domain", "custom_domain")]
    [InlineData("the signing page can't show panda doc anywhere for our resellers", "white_label")]
    [InlineData("we'd want it to take the rent every month automatically, so charge them monthly", "payment_collection")]
    public void Extract_PlainLanguageForACapability_IsARequest(string userText, string feature)
    {
        var conversation = new TranscriptBuilder()
            .User(userText)
            .Agent("I couldn't confirm that, I'll pass it along to the product team.")
            .Conversation();

        Assert.Contains(feature, Requests(conversation));
    }

    private static List<string> Requests(Core.Analysis.Text.Conversation conversation) =>
        [.. ProductFitExtractor.Extract(conversation).FeatureRequests.Select(r => r.Value)];
}
