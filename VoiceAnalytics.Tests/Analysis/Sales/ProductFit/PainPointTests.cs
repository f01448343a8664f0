using VoiceAnalytics.Core.Analysis.Sales.ProductFit;

namespace VoiceAnalytics.Tests.Analysis.Sales.ProductFit;

public sealed class PainPointTests
{
    [Theory]
    [InlineData("our coordinators retype every order by hand", "manual_process")]
    [InlineData("getting a signature back takes forever", "slow_turnaround")]
    [InlineData("the CRM sync is flaky and deals don't update", "integration_gap")]
    [InlineData("our current vendor is way too expensive", "cost")]
    [InlineData("the old system is clunky and confusing", "usability")]
    [InlineData("we keep sending contracts with typos", "errors")]
    [InlineData("we have no visibility into who has signed", "visibility")]
    [InlineData("we lose deals while quotes sit in someone's inbox", "slow_turnaround")]
    public void Extract_UserVoicesFrustration_GivesCategoryAndCapability(string userText, string category)
    {
        var pain = Assert.Single(ProductFitExtractor.Extract(TranscriptBuilder.FromUser(userText)).PainPoints);

        Assert.Equal(category, pain.Category);
        Assert.False(string.IsNullOrWhiteSpace(pain.Capability));
        Assert.False(string.IsNullOrWhiteSpace(pain.Description));
        Assert.Equal(userText, pain.Evidence.Quote);
    }

    [Theory]
    [InlineData("chasing signatures takes us about two days per deal", "takes us about two days", "time")]
    [InlineData("we lose like 5 hours a week retyping forms", "lose like 5 hours", "time")]
    [InlineData("they're raising our price by twenty percent, it's too expensive", "twenty percent", "money")]
    [InlineData("it's too expensive at $400 a month", "$400", "money")]
    public void Extract_QuantifiedLoss_GivesImpact(string userText, string impact, string kind)
    {
        var pain = ProductFitExtractor.Extract(TranscriptBuilder.FromUser(userText)).PainPoints[0];

        Assert.Equal(impact, pain.Impact);
        Assert.Equal(kind, pain.ImpactKind);
    }

    [Theory]
    [InlineData("honestly it's not slow at all")]
    [InlineData("your business plan looks expensive for three people")]
    public void Extract_NegatedOrAboutPandaDocPricing_NoPainPoint(string userText) =>
        Assert.Empty(ProductFitExtractor.Extract(TranscriptBuilder.FromUser(userText)).PainPoints);
}
