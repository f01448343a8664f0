using VoiceAnalytics.Core.Analysis.Sales.ProductFit;

namespace VoiceAnalytics.Tests.Analysis.Sales.ProductFit;

public sealed class CurrentToolTests
{
    [Theory]
    [InlineData("we're on docu sign right now", "docusign")]
    [InlineData("right now we're doing it all with docu sign and it's pricey", "docusign")]
    [InlineData("everything goes through hello sign today", "dropbox_sign")]
    [InlineData("we currently pay for Acrobat Sign", "adobe_sign")]
    [InlineData("we're looking to replace SignNow", "signnow")]
    [InlineData("our Qwilr subscription renews in June", "qwilr")]
    [InlineData("we switched to Proposify last year", "proposify")]
    [InlineData("we're locked in with Conga until March", "conga")]
    [InlineData("I write every proposal in ms word", "word")]
    [InlineData("we draft them in google docs", "google_docs")]
    public void Resolve_ToolInUseNamed_GivesIt(string userText, string expected) =>
        Assert.Equal(expected, Tool(TranscriptBuilder.FromUser(userText)));

    // Speech-to-text splits PandaDoc's name, and users on its free plan name the plan.
    [Theory]
    [InlineData("we already use pand a doc for the releases")]
    [InlineData("i've been on the free esign plan for a while for my contracts")]
    public void Resolve_AlreadyOnPandaDocBySplitNameOrFreePlan_GivesPandaDoc(string userText) =>
        Assert.Equal("pandadoc", Tool(TranscriptBuilder.FromUser(userText)));

    // Refusing to repeat a manual practice says it is today's; a practice already left is not.
    [Theory]
    [InlineData("we start Monday and I am not doing paper again", "manual")]
    [InlineData("i want every release signed digitally this time, not on paper", "manual")]
    [InlineData("we're not going back to paper again", null)]
    [InlineData("we don't print anything anymore, not this time either", null)]
    public void Resolve_RefusedRepeatOfManualPractice_GivesManual(string userText, string? expected) =>
        Assert.Equal(expected, Tool(TranscriptBuilder.FromUser(userText)));

    // Speech-to-text splits Adobe Sign's name the same way ('a dobe sign').
    [Theory]
    [InlineData("we use a dobe sign but is clunky")]
    [InlineData("right now it's a doby sign for the packets")]
    public void Resolve_ToolNamedBySplitName_GivesAdobeSign(string userText) =>
        Assert.Equal("adobe_sign", Tool(TranscriptBuilder.FromUser(userText)));

    [Theory]
    [InlineData("honestly it's all on paper")]
    [InlineData("clients print it, sign it and scan it back")]
    [InlineData("we get wet signatures at the closing table")]
    [InlineData("we email a PDF and they send it back signed")]
    [InlineData("we fax them, believe it or not")]
    [InlineData("nothing special, we just email them as attachments")]
    public void Resolve_OnlyManualWork_GivesManual(string userText) =>
        Assert.Equal("manual", Tool(TranscriptBuilder.FromUser(userText)));

    [Fact]
    public void Resolve_AuthoringToolAndPaper_PrefersTheNamedTool() =>
        Assert.Equal("google_docs", Tool(TranscriptBuilder.FromUser("we write them in Google Docs, print them and get wet signatures")));

    [Fact]
    public void Resolve_CompetitorInUseAndWord_PrefersTheCompetitor() =>
        Assert.Equal("docusign", Tool(TranscriptBuilder.FromUser("we draft in Word and send through DocuSign")));

    [Theory]
    [InlineData("we used to be on DocuSign, now it's all paper")]
    [InlineData("we tried Adobe Sign last year but dropped it. now we print everything")]
    [InlineData("we don't use HelloSign anymore, it's back to printing")]
    public void Resolve_FormerToolAndPaperToday_GivesManual(string userText) =>
        Assert.Equal("manual", Tool(TranscriptBuilder.FromUser(userText)));

    [Theory]
    [InlineData("my sister's company uses DocuSign")]
    [InlineData("we're also evaluating Qwilr")]
    [InlineData("is it cheaper than DocuSign?")]
    [InlineData("we use a tool called Dotloop")]
    [InlineData("can I upload a PDF?")]
    public void Resolve_NoToolInUseSaid_GivesNull(string userText) =>
        Assert.Null(Tool(TranscriptBuilder.FromUser(userText)));

    // The time word alone says the tool is today's ("at the moment it's X", "right now the process is X").
    [Theory]
    [InlineData("our intake right now is adobe sign and nobody likes it", "adobe_sign")]
    [InlineData("at the moment it's SignNow for the waivers and paper for the rest", "signnow")]
    [InlineData("we have to use DocuSign because of the parent company", "docusign")]
    public void Resolve_ToolNamedWithTimeOrObligation_GivesIt(string userText, string expected) =>
        Assert.Equal(expected, Tool(TranscriptBuilder.FromUser(userText)));

    // A planned use, an ended use or a vendor appointment is not today's tool.
    [Theory]
    [InlineData("a friend said we should just use Zoho Sign")]
    [InlineData("we'd like to use Qwilr eventually")]
    [InlineData("we stopped using HelloSign in the spring")]
    [InlineData("we've got a Proposify demo next week")]
    public void Resolve_PlannedEndedOrDemoedTool_GivesNull(string userText) =>
        Assert.Null(Tool(TranscriptBuilder.FromUser(userText)));

    [Fact]
    public void Resolve_ListAfterTheToolInUse_KeepsTheToolInUse() =>
        Assert.Equal("proposify", Tool(TranscriptBuilder.FromUser("I'm weighing you against Proposify, which is what we use, and Qwilr, which looks nicer.")));

    [Fact]
    public void Resolve_AnswerToWhatDoYouUseToday_NamesTheTool()
    {
        var conversation = new TranscriptBuilder()
            .Agent("And what are you using today?")
            .User("um. Jotform, mostly. it's clunky though.")
            .Conversation();

        var tool = ProductFitExtractor.Extract(conversation).CurrentTool;

        Assert.Equal("jotform", tool?.Value);
        Assert.True(tool!.Confidence >= 0.8);
    }

    [Theory]
    [InlineData("word pretty much, then we export a pdf", "word")]
    [InlineData("sign now, it was the cheapest thing we found", "signnow")]
    public void Resolve_LowerCaseToolOpensTheAnswer_NamesTheTool(string answer, string expected)
    {
        var conversation = new TranscriptBuilder().Agent("What are you using for these today?").User(answer).Conversation();

        Assert.Equal(expected, Tool(conversation));
    }

    [Fact]
    public void Resolve_AnswerToHowIsItDoneToday_NamesTheTool()
    {
        var conversation = new TranscriptBuilder().Agent("Okay, and how is that done today?").User("adobe sign, through the bank's portal, it works").Conversation();

        Assert.Equal("adobe_sign", Tool(conversation));
    }

    [Theory]
    [InlineData("my brother in law use DocuSign for his roofing business, we just print everything", "manual")]
    [InlineData("a buddy of mine says Jotform is great, right now we write it all in Word", "word")]
    public void Resolve_ToolOfSomeoneOutsideTheCompany_IsNotTheirs(string userText, string expected) =>
        Assert.Equal(expected, Tool(TranscriptBuilder.FromUser(userText)));

    [Theory]
    [InlineData("we're looking at replacements for Conga, it's just too heavy", "conga")]
    [InlineData("honestly we might just stay on Qwilr if this doesn't work out", "qwilr")]
    public void Resolve_ReplacingOrStayingOnATool_IsTheirToolToday(string userText, string expected) =>
        Assert.Equal(expected, Tool(TranscriptBuilder.FromUser(userText)));

    [Theory]
    [InlineData("we build it in an Excel template, save it as a PDF and email it")]
    [InlineData("we'd have to copy the names over by hand, that's my worry")]
    [InlineData("everything has to match our handwritten font")]
    public void Resolve_ManualWordsThatAreNotTheProcess_GiveNull(string userText) =>
        Assert.Null(Tool(TranscriptBuilder.FromUser(userText)));

    // A spoken "like" after a copula or use verb is a filler: the time word or verb before it still frames the tool.
    [Theory]
    [InlineData("right now it's like google docs exported to pdf and it looks janky", "google_docs")]
    [InlineData("we use like DocuSign for everything", "docusign")]
    public void Resolve_FillerLikeBetweenCueAndTool_GivesTheTool(string userText, string expected) =>
        Assert.Equal(expected, Tool(TranscriptBuilder.FromUser(userText)));

    [Theory]
    [InlineData("so it's like DocuSign but cheaper?")]
    [InlineData("is it something like DocuSign")]
    public void Resolve_LikeAsComparison_GivesNull(string userText) =>
        Assert.Null(Tool(TranscriptBuilder.FromUser(userText)));

    // Another department of the company using a tool does not make it the caller's tool.
    [Theory]
    [InlineData("we write quotes in Word. Our legal department uses DocuSign for their own contracts, but not for quotations.", "word")]
    [InlineData("corporate IT runs Ironclad, we just do it all on paper", "manual")]
    [InlineData("our team uses DocuSign for every contract", "docusign")]
    public void Resolve_AnotherDepartmentsTool_IsNotTheCallers(string userText, string expected) =>
        Assert.Equal(expected, Tool(TranscriptBuilder.FromUser(userText)));

    // "current", "all in" and the target of a switch frame today's tool; a bare "to sign now" stays a verb.
    [Theory]
    [InlineData("our current thing is Better Proposals which is fine I guess", "better_proposals")]
    [InlineData("the quotes for the clients. now is all in Adobe Sign, nobody likes it", "adobe_sign")]
    [InlineData("so then we switched to sign now, and honestly it's been fine", "signnow")]
    public void Resolve_CurrentAllInOrSwitchTarget_GivesTheTool(string userText, string expected) =>
        Assert.Equal(expected, Tool(TranscriptBuilder.FromUser(userText)));

    [Fact]
    public void Resolve_SignNowAsAVerbPhrase_GivesNoTool() =>
        Assert.Null(Tool(TranscriptBuilder.FromUser("the clients want to sign now, not next week")));

    // Paper pads are manual; a tool outside the enum the user left does not outvote today's manual steps.
    [Theory]
    [InlineData("at the minute i write the quotes out in the docket book and take a photo of it", "manual")]
    [InlineData("we write every quote in a carbon book and text a photo of it", "manual")]
    [InlineData("I was on HoneyBook for three years but I canceled in the summer and now I'm just emailing PDFs back and forth", "manual")]
    public void Resolve_PaperPadOrManualAfterALeftTool_IsManual(string userText, string expected) =>
        Assert.Equal(expected, Tool(TranscriptBuilder.FromUser(userText)));

    [Fact]
    public void Resolve_OutOfEnumToolStillInUse_StillBeatsManual() =>
        Assert.Null(Tool(TranscriptBuilder.FromUser("we make them in HoneyBook and email the PDFs")));

    // Answering "how do you do it today?" with a tool the user had, left or let lapse does not make it today's tool.
    [Theory]
    [InlineData("we had docu sign for two years but we stopped using it, now it's word and email", "word")]
    [InlineData("we had a DocuSign account for a while, it expired, now it's Word docs", "word")]
    [InlineData("Adobe Sign, but we let it lapse in June, so paper now", "manual")]
    [InlineData("we got rid of DocuSign, it was too pricey, now we just print and scan", "manual")]
    [InlineData("we were paying for Adobe Sign until last month, now it's just paper", "manual")]
    [InlineData("DocuSign is what the parent company uses, we use paper", "manual")]
    [InlineData("we moved off DocuSign to Zoho Sign last year", "zoho_sign")]
    [InlineData("we've had DocuSign for years", "docusign")]
    [InlineData("DocuSign is what we use for everything", "docusign")]
    public void Resolve_AnswerNamingAnEndedOrOthersTool_ReadsItsTense(string userText, string? expected)
    {
        var conversation = new TranscriptBuilder().Agent("How are you handling that today?").User(userText).Conversation();
        Assert.Equal(expected, Tool(conversation));
    }

    // Documents made "in" a tool today ("we do them in jot form"); a return to it counts, a plan does not.
    [Theory]
    [InlineData("we mostly just need the sign up forms, we do them in jot form", "jotform")]
    [InlineData("we tried Proposify, then we went back to doing quotes in Word", "word")]
    public void Resolve_DocumentsMadeInTool_GivesIt(string userText, string expected) =>
        Assert.Equal(expected, Tool(TranscriptBuilder.FromUser(userText)));

    // "before that X": the tool used before the one just named is a past one.
    [Fact]
    public void Resolve_ToolBeforeTheNamedOne_IsNotCurrent() =>
        Assert.Null(Tool(TranscriptBuilder.FromUser("dot loop the brokerage pays for it before that docu sign")));

    // Qwilr heard as the common word "Quill", said as a name, and a lower-case "better proposal" after a use verb.
    [Theory]
    [InlineData("We use Quill, the one with the web pages for proposals", "qwilr")]
    [InlineData("we been using better proposal its fine", "better_proposals")]
    public void Resolve_MisheardToolName_GivesIt(string userText, string expected) =>
        Assert.Equal(expected, Tool(TranscriptBuilder.FromUser(userText)));

    private static string? Tool(Core.Analysis.Text.Conversation conversation) => ProductFitExtractor.Extract(conversation).CurrentTool?.Value;
}
