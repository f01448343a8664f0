using VoiceAnalytics.Core.Analysis;
using VoiceAnalytics.Core.Analysis.Objections;
using VoiceAnalytics.Core.Analysis.Sales.ProductFit.Tools;
using VoiceAnalytics.Core.Analysis.Text;

namespace VoiceAnalytics.Tests.Analysis.Objections;

public sealed class ObjectionsAndCompetitorsAnalyzerTests
{
    [Fact]
    public void Properties_Always_DescribeAFanOutAnalyzerVersion2()
    {
        var sut = CreateSut();

        Assert.Equal("objections_and_competitors", sut.Name);
        Assert.Equal(2, sut.Version);
        Assert.Equal(AnalyzerStage.FanOut, sut.Stage);
        Assert.Equal(typeof(ObjectionReport), sut.ResultType);
    }

    [Theory]
    [InlineData("Honestly the per-seat cost is out of our price range.")]
    [InlineData("Do you offer any kind of startup discount?")]
    [InlineData("My main hesitation is the budget. We only get new funds in the spring.")]
    [InlineData("For a two-person shop that's a lot for us to swallow every month.")]
    [InlineData("I'm not sure we could afford the Business tier.")]
    [InlineData("That's a fair bit more than we budgeted for this year.")]
    [InlineData("Is there a nonprofit rate for a small charity like ours?")]
    [InlineData("Enterprise? That's way more than we can spend.")]
    public void Analyze_PriceComplaint_GivesPricing(string said)
    {
        Assert.Equal(["pricing"], Categories(new CallScript().Agent("How's the trial?").User(said)));
    }

    [Theory]
    [InlineData("The price isn't a problem for us, and it's not expensive at all.")]
    [InlineData("Can I talk to someone about pricing for forty seats?")]
    public void Analyze_PriceWithoutComplaint_GivesNoObjection(string said)
    {
        Assert.Empty(Categories(new CallScript().Agent("How's the trial?").User(said)));
    }

    [Theory]
    [InlineData("Right now we're using DocuSign and it's expensive, so we're shopping around.")]
    [InlineData("We don't have a budget problem, my boss already approved it.")]
    [InlineData("The problem is it takes forever to chase signatures. Does it connect to Salesforce?")]
    [InlineData("I'm worried we're wasting time on paper. Can we sync with Google Drive?")]
    [InlineData("We're locked in on PandaDoc now, I'm sold. How do I upgrade?")]
    public void Analyze_PainPointIncumbentOrPraise_GivesNoObjection(string said)
    {
        Assert.Empty(Categories(new CallScript().Agent("How's the trial going?").User(said)));
    }

    [Fact]
    public void Analyze_ComplaintAboutTheIncumbentsPrice_IsNotAPricingObjection()
    {
        var call = new CallScript()
            .Agent("What do you use for signatures today?")
            .User("We use SignNow, but they've gotten really pricey lately.");

        Assert.Empty(Categories(call));
    }

    [Theory]
    [InlineData("Our legal folks require GDPR compliance before we sign anything.")]
    [InlineData("Is the data encrypted at rest? Our auditors won't let us go ahead without that.")]
    [InlineData("If it can't do SSO, that's a deal breaker for us.")]
    [InlineData("We'd need a signed BAA before anything goes live with patients.")]
    [InlineData("Our board will want to know the data is stored securely. Is it HIPAA compliant?")]
    public void Analyze_SecurityOrComplianceGate_GivesTrust(string said)
    {
        Assert.Equal(["trust"], Categories(new CallScript().Agent("Any other questions?").User(said)));
    }

    [Fact]
    public void Analyze_SecurityMentionWithoutGate_GivesNoObjection()
    {
        var call = new CallScript().Agent("Any other questions?").User("Our security team might have a few questions later on.");

        Assert.Empty(Categories(call));
    }

    [Theory]
    [InlineData("We signed a three-year contract with DocuSign last spring.")]
    [InlineData("We're tied into a company-wide Adobe agreement through next June.")]
    [InlineData("We just renewed Conga for another year in August.")]
    [InlineData("Everyone here gets Dropbox Sign through the district license, so we'd need a compelling reason to leave it.")]
    [InlineData("Better Proposals. It's fine. Thing is we're on an annual plan with them that runs till April, so I'm not ripping it out tomorrow.")]
    [InlineData("We've a DocuSign account, one licence that everybody shares. And the subscription is good until the middle of November.")]
    [InlineData("honestly our adobe contract is up end of november so thats when wed switch")]
    public void Analyze_LockedInToAnotherVendor_GivesCompetitor(string said)
    {
        Assert.Equal(["competitor"], Categories(new CallScript().Agent("What do you use today?").User(said)));
    }

    [Theory]
    [InlineData("Qwilr renews February twenty eighth, so I want to decide before that.")] // a renewal to beat is a reason to switch
    [InlineData("We're on Proposify month to month, no contract until anything.")] // nothing binds them
    [InlineData("Our DocuSign contract ended last year, so we're on paper now.")] // a past term
    public void Analyze_ContractThatDoesNotHoldTheSwitchBack_IsNotACompetitorObjection(string said)
    {
        Assert.DoesNotContain("competitor", Categories(new CallScript().Agent("What do you use today?").User(said)));
    }

    [Fact]
    public void Analyze_RenewalDate_IsNotALockIn()
    {
        var call = new CallScript().Agent("What do you use today?").User("Adobe Sign, and our plan renews in March, so we're looking now.");

        Assert.Empty(Categories(call));
    }

    [Theory]
    [InlineData("It's just not a good time, we're in the middle of a system migration.")]
    [InlineData("We can't take this on until after open enrollment wraps up.")]
    [InlineData("Maybe later in the year, honestly. Check back with us in the spring.")]
    [InlineData("We're not ready to make a change until the new fiscal year.")]
    [InlineData("Everything is on hold while we get through the audit.")]
    public void Analyze_NotNow_GivesTiming(string said)
    {
        Assert.Equal(["timing"], Categories(new CallScript().Agent("When would you like to start?").User(said)));
    }

    [Fact]
    public void Analyze_NoRushWithoutABlockedPeriod_IsNotTiming()
    {
        var call = new CallScript().Agent("When would you like to start?").User("There's no rush, we're just exploring options.");

        Assert.Empty(Categories(call));
    }

    [Fact]
    public void Analyze_ConnectedToolMisbehaving_GivesIntegration()
    {
        var call = new CallScript().Agent("How's it going?").User("Our HubSpot connector keeps failing and the deals never update.");

        Assert.Equal(["integration"], Categories(call));
    }

    [Fact]
    public void Analyze_DisappointedByAMissingIntegration_GivesIntegration()
    {
        var call = new CallScript()
            .User("Do you plug into NetSuite?")
            .Agent("I couldn't find a native NetSuite connector in our help center.")
            .User("Ugh, that's a real problem for our finance team.");

        Assert.Equal(["integration"], Categories(call));
    }

    [Fact]
    public void Analyze_WorkaroundAcceptedForAMissingIntegration_GivesNoObjection()
    {
        var call = new CallScript()
            .User("Can it talk to Xero?")
            .Agent("There's no native Xero connector, but Zapier can bridge the two.")
            .User("Sure, Zapier is fine for us.");

        Assert.Empty(Categories(call));
    }

    [Fact]
    public void Analyze_DisappointedByAMissingCapability_GivesFeatures()
    {
        var call = new CallScript()
            .User("Can signers use a kiosk mode in our lobby?")
            .Agent("I wasn't able to confirm a kiosk mode, so I don't want to promise that.")
            .User("Hmm, that's a letdown, our front desk setup depends on it.");

        var objection = Assert.Single(CreateSut().Analyze(AnalysisInput.ForSession(call.Build())).Objections);
        Assert.Equal("features", objection.Category);
        Assert.Equal("outstanding", objection.Status);
    }

    [Fact]
    public void Analyze_UserSaysACapabilityIsMissingAndMinds_GivesFeatures()
    {
        var call = new CallScript().Agent("How's the editor?").User("It doesn't support conditional fields, which is a real headache and a problem for us.");

        Assert.Equal(["features"], Categories(call));
    }

    [Theory]
    [InlineData("Unfortunately that slot isn't available, would ten work?")]
    [InlineData("I'm sorry, that time isn't available. Would another day work?")]
    public void Analyze_UnavailableMeetingSlot_IsNotAMissingCapability(string agentSays)
    {
        var call = new CallScript()
            .User("Friday at nine works.")
            .Agent(agentSays)
            .User("Ugh, fine, ten then.");

        Assert.Empty(Categories(call));
    }

    [Theory]
    [InlineData("My crew isn't very tech-savvy, so getting them to adopt anything new is tough.")]
    [InlineData("Anything over ten grand goes through a formal RFP with three bids.")]
    public void Analyze_AdoptionOrProcurementHurdle_GivesOther(string said)
    {
        Assert.Equal(["other"], Categories(new CallScript().Agent("Anything holding you back?").User(said)));
    }

    [Fact]
    public void Analyze_AnsweredAndAccepted_IsResolved()
    {
        var call = new CallScript()
            .User("The Business plan looks steep for a team of four.")
            .Agent("The Starter plan covers a team that size for less.")
            .User("Oh, that's great to hear.");

        var objection = Assert.Single(CreateSut().Analyze(AnalysisInput.ForSession(call.Build())).Objections);
        Assert.Equal("resolved", objection.Status);
        Assert.Equal("concern", objection.Severity);
        Assert.Equal("Oh, that's great to hear.", objection.Resolution?.Quote);
    }

    [Fact]
    public void Analyze_DealBreaker_IsABlockerRankedFirst()
    {
        var call = new CallScript()
            .User("It feels a bit expensive.")
            .Agent("I understand.")
            .User("And if it can't do single sign-on, that's a deal breaker.");

        var objections = CreateSut().Analyze(AnalysisInput.ForSession(call.Build())).Objections;

        Assert.Equal(["trust", "pricing"], objections.Select(o => o.Category));
        Assert.Equal("blocker", objections[0].Severity);
        Assert.Equal(1, objections[0].Priority);
        Assert.Equal("m2", objections[0].Evidence.ItemId);
    }

    [Fact]
    public void Analyze_ComparisonQuestion_IsAComparisonRequestButAStatementIsNot()
    {
        var call = new CallScript()
            .User("We're comparing you against a couple of other vendors.")
            .Agent("Happy to help.")
            .User("So what makes you better than Adobe Sign for contracts?");

        var report = CreateSut().Analyze(AnalysisInput.ForSession(call.Build()));

        var request = Assert.Single(report.ComparisonRequests);
        Assert.Equal("So what makes you better than Adobe Sign for contracts?", request.Value);
        Assert.Contains("comparison", report.BattlecardTriggers);
    }

    [Theory]
    [InlineData("We'd have to rebuild hundreds of documents from scratch.", "migration_effort")]
    [InlineData("All of our existing proposal templates live in Word.", "existing_templates")]
    [InlineData("Retraining forty agents is a real cost for us.", "retraining")]
    [InlineData("Paying for both tools during the overlap would hurt.", "switching_cost")]
    public void Analyze_SwitchingBarrier_IsNamedWithAMitigation(string said, string kind)
    {
        var report = CreateSut().Analyze(AnalysisInput.ForSession(new CallScript().Agent("What would switching involve?").User(said).Build()));

        Assert.Contains(report.SwitchingBarriers, b => b.Value == kind && b.Evidence?.Quote == said);
        Assert.Contains(report.BarrierMitigations, m => m.Barrier == kind);
        Assert.Contains("barrier:" + kind, report.BattlecardTriggers);
    }

    [Fact]
    public void Analyze_CompetitorMentions_ComeFromTheSharedDetector()
    {
        var session = new CallScript().Agent("What do you use today?").User("We use DocuSign for everything.").Build();

        var report = CreateSut().Analyze(AnalysisInput.ForSession(session));

        Assert.Equal(CompetitorDetector.Detect(new Conversation(session)), report.CompetitorMentions);
    }

    [Fact]
    public void Analyze_EmptyTranscript_GivesAnEmptyReport()
    {
        var report = CreateSut().Analyze(AnalysisInput.ForSession(new CallScript().Build()));

        Assert.Empty(report.Objections);
        Assert.Empty(report.Categories);
        Assert.Empty(report.BattlecardTriggers);
    }

    private static ObjectionsAndCompetitorsAnalyzer CreateSut() => new();

    private static IReadOnlyList<string> Categories(CallScript call) =>
        CreateSut().Analyze(AnalysisInput.ForSession(call.Build())).Categories;
}
