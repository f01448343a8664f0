using VoiceAnalytics.Core.Analysis.Sales.ProductFit;

namespace VoiceAnalytics.Tests.Analysis.Sales.ProductFit;

public sealed class FeatureRequestTests
{
    [Theory]
    [InlineData("is there an iphone app my crew can use?", "mobile_app")]
    [InlineData("I need to send the same waiver to two hundred parents at the same time", "bulk_send")]
    [InlineData("can we put our logo and our colors on the signing page?", "custom_branding")]
    [InlineData("our drivers need to sign in places with no cell service", "offline_signing")]
    [InlineData("we need single sign on through Azure AD", "sso")]
    [InlineData("our auditors require an audit log for every document", "audit_trail")]
    [InlineData("can emails come from our own domain?", "custom_domain")]
    [InlineData("half our tenants only read Vietnamese, can it be translated?", "multi_language")]
    [InlineData("can the parents read the signing page in their own language", "multi_language")]
    [InlineData("many of our tenants need it in their native language", "multi_language")]
    [InlineData("can the form skip questions based on their answers?", "conditional_logic")]
    [InlineData("we'd want customers to pay a deposit when they sign", "payment_collection")]
    [InlineData("managers need to approve quotes before they're sent, is that possible?", "approval_workflows")]
    [InlineData("do you have pre-built templates for leases?", "templates_library")]
    [InlineData("I need a dashboard of win rates by rep", "analytics")]
    [InlineData("we need it completely white labeled", "white_label")]
    [InlineData("does the plan include API keys for our developers?", "api_access")]
    [InlineData("I can't figure out how to send consent forms to parents in bulk", "bulk_send")]
    public void Extract_AskedAndNotConfirmed_IsARequest(string userText, string feature)
    {
        var conversation = new TranscriptBuilder()
            .User(userText)
            .Agent("Good question, I'm not sure about that one, I'll pass it along to the team.")
            .Conversation();

        Assert.Contains(feature, Requests(conversation));
    }

    [Fact]
    public void Extract_NeedOnTheOtherSideOfBut_NotARequest()
    {
        var conversation = new TranscriptBuilder()
            .User("I'd need my GM to okay it, but if I show him the audit trail I think he'll go for it.")
            .Agent("Sounds like a plan.")
            .Conversation();

        Assert.DoesNotContain("audit_trail", Requests(conversation));
    }

    [Fact]
    public void Extract_NeedInTheSameClauseAfterBut_IsARequest()
    {
        var conversation = new TranscriptBuilder()
            .User("the editor is nice, but our auditors need an audit log for every document.")
            .Agent("Good to know, I'll note that down.")
            .Conversation();

        Assert.Contains("audit_trail", Requests(conversation));
    }

    [Fact]
    public void Extract_SearchRestatingANamedCapability_AddsOnlyThatCapability()
    {
        var conversation = new TranscriptBuilder()
            .User("what about the job site, they sign on my ipad but there's no signal in half these basements")
            .Agent("Let me check.")
            .Search("offline signing mobile app no internet", found: 0)
            .Agent("I couldn't confirm that signing works fully offline.")
            .Conversation();

        var requests = Requests(conversation);

        Assert.Contains("offline_signing", requests);
        Assert.DoesNotContain("mobile_app", requests);
    }

    [Fact]
    public void Extract_AgentConfirmsItExists_NotARequest()
    {
        var conversation = new TranscriptBuilder()
            .User("can I send one contract to a whole list of people at once?")
            .Agent("Let me check.")
            .Search("bulk send contract to many recipients", found: 2)
            .Agent("Yes, bulk send lets you send one template to many recipients.")
            .Conversation();

        Assert.Empty(Requests(conversation));
    }

    [Fact]
    public void Extract_SearchForItFoundNothing_IsARequestWithHighConfidence()
    {
        var conversation = new TranscriptBuilder()
            .User("can our agents sign while offline at open houses?")
            .Agent("Let me check.")
            .Search("offline signing open house", found: 0)
            .Agent("Hmm, I'm not finding anything on that.")
            .Conversation();

        var request = Assert.Single(ProductFitExtractor.Extract(conversation).FeatureRequests);

        Assert.Equal("offline_signing", request.Value);
        Assert.True(request.Confidence >= 0.85);
        Assert.Equal("can our agents sign while offline at open houses?", request.Evidence!.Quote);
    }

    [Fact]
    public void Extract_ExistingFeatureCalledLacking_IsARequest()
    {
        var conversation = new TranscriptBuilder()
            .User("the reporting is too basic for us, can it show conversion rates by rep?")
            .Agent("Yes, there are reports on document status, and more analytics on higher plans.")
            .User("we'd need it to be much better than that honestly")
            .Conversation();

        Assert.Equal(["analytics"], Requests(conversation));
    }

    [Fact]
    public void Extract_VagueAskRestatedBySearch_IsARequest()
    {
        var conversation = new TranscriptBuilder()
            .User("can the agreement hide the rush fee part unless they tick the rush option?")
            .Agent("Let me look.")
            .Search("conditional sections hide content", found: 0)
            .Agent("I couldn't find a way to do that.")
            .Conversation();

        Assert.Equal(["conditional_logic"], Requests(conversation));
    }

    [Fact]
    public void Extract_SearchDerivedRequest_QuotesTheSentenceClosestToTheQuery()
    {
        var conversation = new TranscriptBuilder()
            .User("hi. so the rush fee part should vanish when they skip the rush option. can it do that?")
            .Agent("Let me look.")
            .Search("conditional sections rush fee option", found: 0)
            .Agent("I couldn't find a way to do that.")
            .Conversation();

        var request = Assert.Single(ProductFitExtractor.Extract(conversation).FeatureRequests);

        Assert.Equal("so the rush fee part should vanish when they skip the rush option.", request.Evidence!.Quote);
    }

    [Theory]
    [InlineData("we don't need SSO, we're three people")]
    [InlineData("we read the analytics page yesterday")]
    [InlineData("where is the signed copy on the dashboard?")]
    [InlineData("how does that translate to per-seat pricing?")]
    public void Extract_NotAnAsk_NoRequest(string userText) =>
        Assert.Empty(Requests(TranscriptBuilder.FromUser(userText)));

    [Fact]
    public void Extract_NoAgentReply_StillARequestWithLowerConfidence()
    {
        var conversation = new TranscriptBuilder().User("do you have a mobile app?").Conversation();

        var request = Assert.Single(ProductFitExtractor.Extract(conversation).FeatureRequests);

        Assert.Equal("mobile_app", request.Value);
        Assert.True(request.Confidence < 0.8);
    }

    // The user's own logo in a turn that asks to remove PandaDoc's brand is part of the white-label ask.
    [Fact]
    public void Extract_OwnLogoInWhiteLabelAsk_IsNotABrandingRequest()
    {
        var conversation = new TranscriptBuilder()
            .User("can we remove the branding completely so it looks like our own software, our logo, our name, nothing else?")
            .Agent("Good question, I'm not sure about that one, I'll pass it along to the team.")
            .Conversation();

        Assert.Equal(["white_label"], Requests(conversation));
    }

    private static List<string> Requests(Core.Analysis.Text.Conversation conversation) =>
        [.. ProductFitExtractor.Extract(conversation).FeatureRequests.Select(e => e.Value)];
}
