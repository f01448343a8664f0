using VoiceAnalytics.Core.Analysis.Sales.ProductFit;

namespace VoiceAnalytics.Tests.Analysis.Sales.ProductFit;

public sealed class IntegrationNeedsTests
{
    [Theory]
    [InlineData("our pipeline lives in Salesforce, so it has to sync", "salesforce")]
    [InlineData("can it push the signed copy into sales force?", "salesforce")]
    [InlineData("we run the agency on hub spot", "hubspot")]
    [InlineData("everything gets saved to our google drive", "google_drive")]
    [InlineData("the team chats in slack all day, a ping there would be nice", "slack")]
    [InlineData("we track jobs on monday.com, can it connect?", "monday")]
    [InlineData("does it connect to monday?", "monday")]
    [InlineData("our ops data sits in Microsoft Dynamics", "microsoft_dynamics")]
    [InlineData("we keep contracts in Box and that's not changing", "box")]
    [InlineData("our engineers want to hit your API from our portal", "api")]
    [InlineData("we'd wire it up with webhooks", "api")]
    [InlineData("our bookkeeping is in quick books", "quickbooks")]
    [InlineData("we take card payments with stripe", "stripe")]
    [InlineData("it should save into one drive", "onedrive")]
    [InlineData("files go to share point for retention", "sharepoint")]
    [InlineData("we run our pipeline in pipedrive", "pipedrive")]
    [InlineData("deals are in Zoho CRM", "zoho_crm")]
    [InlineData("my notes are all in notion", "notion")]
    [InlineData("I send everything from gmail", "gmail")]
    [InlineData("our whole office is on outlook", "outlook")]
    [InlineData("we could glue things together with zapier", "zapier")]
    [InlineData("our dropbox holds every client folder", "dropbox")]
    public void Extract_UserNamesTool_ListsIt(string userText, string expected) =>
        Assert.Contains(expected, Needs(userText));

    [Theory]
    [InlineData("we don't use Salesforce, so skip that part", "salesforce")]
    [InlineData("we had HubSpot a few years ago but we dropped it", "hubspot")]
    [InlineData("we're not on slack, we use teams", "slack")]
    [InlineData("we were on Pipedrive, but we're moving to HubSpot, so forget Pipedrive", "pipedrive")]
    [InlineData("we don't pay for zapier anymore", "zapier")]
    [InlineData("our accountant uses QuickBooks, we never touch it", "quickbooks")]
    [InlineData("hubspot? nope, we're way too small for that", "hubspot")]
    [InlineData("no zoho crm, no pipedrive, just a notebook", "zoho_crm")]
    public void Extract_ToolDismissed_LeavesItOut(string userText, string dismissed) =>
        Assert.DoesNotContain(dismissed, Needs(userText));

    [Theory]
    [InlineData("please cut me some slack, I'm new at this")]
    [InlineData("let's talk Monday at 3")]
    [InlineData("can you check the box for me")]
    [InlineData("we use Dropbox Sign for signatures")]
    [InlineData("the rapid growth has been crazy, capital is tight")]
    public void Extract_WordIsNotATool_FindsNothing(string userText) => Assert.Empty(Needs(userText));

    [Fact]
    public void Extract_ToolDoesNotSyncToday_StillANeed() =>
        Assert.Contains("salesforce", Needs("our current tool doesn't sync with Salesforce, which kills us"));

    [Fact]
    public void Extract_ToolNamedOnlyByAgent_LeavesItOut()
    {
        var conversation = new TranscriptBuilder()
            .Agent("Many teams connect tools like that through Zapier.")
            .User("okay, I'll look into that later")
            .Conversation();

        Assert.Empty(ProductFitExtractor.Extract(conversation).IntegrationNeeds);
    }

    [Fact]
    public void Extract_Need_CarriesConfidenceAndEvidence()
    {
        var need = Assert.Single(ProductFitExtractor.Extract(TranscriptBuilder.FromUser("hmm. does it integrate with HubSpot?")).IntegrationNeeds);

        Assert.Equal("hubspot", need.Value);
        Assert.InRange(need.Confidence, 0.85, 1.0);
        Assert.Equal("does it integrate with HubSpot?", need.Evidence!.Quote);
    }

    // A need denied after the tool and before the next one, a retraction, a bare "no" answer or a rejection
    // dismisses the tool; a sentence that denies a need does not ask for the tool named in it.
    [Theory]
    [InlineData("We got HubSpot for the marketing emails but I don't need this hooked up to that.")]
    [InlineData("i saw the zapier in your website but i not use zapier, no need.")]
    [InlineData("corporate is on salesforce but we can't get into it so we wouldn't connect it.")]
    [InlineData("Yes, so our CRM is sales force, no, sorry, ignore me, that was my last job.")]
    [InlineData("salesforce no, we're all encompass.")]
    [InlineData("We had it hooked up for a while and it broke every week, so I'm done with Zapier.")]
    [InlineData("and we don't need salesforce or anything, people always assume nonprofits use salesforce, we don't")]
    public void Extract_NeedDeniedOrToolRejected_IsLeftOut(string userText) =>
        Assert.Empty(ProductFitExtractor.Extract(TranscriptBuilder.FromUser(userText)).IntegrationNeeds);

    [Fact]
    public void Extract_NeedDeniedForTheNextToolOnly_KeepsTheFirst() =>
        Assert.Equal(["salesforce"], ProductFitExtractor.Extract(TranscriptBuilder.FromUser("we need salesforce, we don't need hubspot")).IntegrationNeeds.Select(n => n.Value));

    private static List<string> Needs(string userText) =>
        [.. ProductFitExtractor.Extract(TranscriptBuilder.FromUser(userText)).IntegrationNeeds.Select(e => e.Value)];
}
