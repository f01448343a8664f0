using VoiceAnalytics.Core.Analysis.Sales.ProductFit;

namespace VoiceAnalytics.Tests.Analysis.Sales.ProductFit;

public sealed class FeatureRequestRecallTests
{
    [Theory]
    [InlineData("what about sending the agreement in portuguese for our crews?", "multi_language")]
    [InlineData("can it bill the remaining balance as a recurring payment every month?", "payment_collection")]
    [InlineData("you really should have a library of HR templates ready to go", "templates_library")]
    public void Extract_NewWaysToAsk_AreRequests(string userText, string feature)
    {
        var conversation = new TranscriptBuilder()
            .User(userText)
            .Agent("I couldn't confirm that, I'll pass it along to the product team.")
            .Conversation();

        Assert.Contains(feature, Requests(conversation));
    }

    [Fact]
    public void Extract_PraiseBeyondExpectations_IsNotAWishForBetter()
    {
        var conversation = new TranscriptBuilder()
            .User("do you keep an audit trail for each signature?")
            .Agent("Yes, every document has an audit trail with timestamps and IP addresses.")
            .User("oh, that's more detailed than I expected.")
            .Conversation();

        Assert.Empty(Requests(conversation));
    }

    [Fact]
    public void Extract_ConfirmedLaterInTheCall_IsNotARequest()
    {
        var conversation = new TranscriptBuilder()
            .User("we're a small studio trying to get our branding right on every proposal")
            .Agent("Nice. How many proposals a month?")
            .User("about twenty. and can the proposals use our brand colors?")
            .Agent("Yes, you can set brand colors and fonts in the theme settings.")
            .Conversation();

        Assert.Empty(Requests(conversation));
    }

    private static List<string> Requests(Core.Analysis.Text.Conversation conversation) =>
        [.. ProductFitExtractor.Extract(conversation).FeatureRequests.Select(r => r.Value)];
}
