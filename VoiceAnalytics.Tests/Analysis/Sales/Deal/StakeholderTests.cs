namespace VoiceAnalytics.Tests.Analysis.Sales.Deal;

public sealed class StakeholderTests
{
    [Theory]
    [InlineData("our general counsel will want to review the terms", "legal")]
    [InlineData("I'd have to loop in our IT director", "it")]
    [InlineData("the trustees vote on anything over ten thousand", "board")]
    [InlineData("my co-founder and I decide these things together", "founder")]
    [InlineData("our accounts team would need to approve the spend", "finance_team")]
    [InlineData("the boss wants to see a demo first", "manager")]
    [InlineData("our VP of operations has to sign off", "operations")]
    [InlineData("our head of sales will join the call", "sales_manager")]
    [InlineData("our CIO asked about single sign-on", "it")]
    [InlineData("my business partner has to agree before we spend money", "partner")]
    [InlineData("procurement will need a W-9 and a security questionnaire", "procurement")]
    [InlineData("HR will review the offer letter templates", "hr")]
    [InlineData("the chief financial officer approves every contract", "cfo")]
    [InlineData("I'll forward the pricing to our COO", "coo")]
    [InlineData("our tech guy will set it up", "it")]
    [InlineData("the branch manager will want a walkthrough", "manager")]
    [InlineData("my principal approves all purchases", "manager")]
    [InlineData("our compliance officer needs to see the security docs", "legal")]
    [InlineData("our office manager will be the one setting everyone up", "manager")]
    [InlineData("our regional VP wants a demo first", "manager")]
    [InlineData("my team lead has to approve any new tools", "manager")]
    [InlineData("our sysadmin has to whitelist it", "it")]
    [InlineData("the purchasing department needs a W-9", "procurement")]
    [InlineData("the guys in accounting will have questions", "finance_team")]
    [InlineData("I'll have to check with the folks in finance", "finance_team")]
    [InlineData("someone from legal reads every contract we sign", "legal")]
    [InlineData("my director needs to see the numbers", "manager")]
    [InlineData("my wife is my business partner so she has a say", "partner")]
    [InlineData("the head of our legal team reads every contract", "legal")]
    [InlineData("the department head would have to approve it", "manager")]
    [InlineData("the directors meet quarterly and approve spend", "manager")]
    [InlineData("our head of IT would want to look at it", "it")]
    [InlineData("somebody in purchasing will want the invoice terms", "procurement")]
    [InlineData("in the end the final decision is with legal.", "legal")]
    [InlineData("I have to run it past our compliance.", "legal")]
    public void Extract_RoleInvolvedInTheDecisionOrRollout_IsAStakeholder(string line, string role) =>
        Assert.Contains(role, DealCall.Extract(line).Stakeholders.Select(s => s.Value));

    // Raw speech-to-text drops the capitals: "hr" is never a pronoun, and "an" never comes before the pronoun "it".
    [Theory]
    [InlineData("i need our cfo to approve and our it lead and hr director will be involved in the rollout", "hr")]
    [InlineData("i'll send my notes to our vp of hr and they'll decide", "hr")]
    [InlineData("anything new has to go through procurement and an it security review", "it")]
    public void Extract_LowerCaseDepartmentTitle_IsAStakeholder(string line, string role) =>
        Assert.Contains(role, DealCall.Extract(line).Stakeholders.Select(s => s.Value));

    [Theory]
    [InlineData("is it security you're worried about or the price")]
    [InlineData("the hr paperwork will have to be signed by everyone")]
    public void Extract_LowerCasePronounOrHrDocuments_NoStakeholder(string line) =>
        Assert.Empty(DealCall.Extract(line).Stakeholders);

    [Theory]
    [InlineData("I'm the CFO here, so the numbers are on me")]
    [InlineData("as the practice manager I handle all the paperwork")]
    [InlineData("we don't need legal involved for something this small")]
    [InlineData("our attorneys and paralegals would all use it, so ten of us")]
    [InlineData("is an e-signature even legal in Texas for titles?")]
    [InlineData("Brightline Partners sends us most of our referrals")]
    [InlineData("our HR paperwork is a mess right now")]
    [InlineData("it works on any phone, you just tap to sign")]
    [InlineData("the finance industry is heavily regulated")]
    [InlineData("I used to work in procurement before this job")]
    [InlineData("the realtor board gives us a free signing tool")]
    [InlineData("our bookkeeper does everything in Sage. What I need to know is if they can sign on their phone")]
    [InlineData("people in finance love spreadsheets")]
    [InlineData("And compliance-wise, we're regulated, so we need to show exactly when the client received and signed everything.")]
    [InlineData("The other thing we need to review is our compliance.")]
    public void Extract_OwnRoleUsersOrLookalikes_AreNotStakeholders(string line) =>
        Assert.Empty(DealCall.Extract(line).Stakeholders);

    [Fact]
    public void Extract_OwnTitleAndAColleagueWithTheSameKindOfTitle_KeepsTheColleague()
    {
        var deal = DealCall.Extract("I'm the ops manager here", "our director of operations has to approve it though");

        Assert.Equal(["operations"], deal.Stakeholders.Select(s => s.Value));
    }

    [Fact]
    public void Extract_SameRoleTwice_IsListedOnceWithEvidence()
    {
        var deal = DealCall.Extract("our CFO will want to see the pricing", "I'll send the quote to our CFO tonight");

        var cfo = Assert.Single(deal.Stakeholders);
        Assert.Equal("our CFO will want to see the pricing", cfo.Evidence?.Quote);
    }

    [Theory]
    [InlineData("I'll pass my notes to our VP of HR and she decides", "hr")]
    [InlineData("the call is our VP of operations', not mine, she decides", "operations")]
    [InlineData("our VP ops will run the rollout", "operations")]
    [InlineData("our director of human resources has to approve it", "hr")]
    public void Extract_TitleWithADepartment_IsTheDepartmentNotAManager(string line, string role)
    {
        var deal = DealCall.Extract(line);

        Assert.Equal([role], deal.Stakeholders.Select(s => s.Value));
    }

    [Fact]
    public void Extract_BareTitleAfterTheSameTitleWithADepartment_IsTheSamePerson()
    {
        var deal = DealCall.Extract("our VP of operations owns the budget for this", "what do I need to send so the VP can approve it?");

        Assert.Equal(["operations"], deal.Stakeholders.Select(s => s.Value));
    }

    [Fact]
    public void Extract_BareTitleWithoutAnEarlierDepartment_IsAManager()
    {
        var deal = DealCall.Extract("our VP will want to approve it", "and our director of operations has to sign off too");

        Assert.Equal(["manager", "operations"], deal.Stakeholders.Select(s => s.Value).Order());
    }

    [Fact]
    public void Extract_AssistantMentionsARole_DoesNotCount() =>
        Assert.Empty(DealCall.On().Assistant("Would your CFO want to join the call?").User("maybe, I'm not sure").Extract().Stakeholders);

    [Theory]
    [InlineData("the c t o wants a look at the API docs first", "cto")]
    [InlineData("honestly my g m decides what we spend on software", "manager")]
    [InlineData("our it people must review any vendor that touches patient data", "it")]
    [InlineData("I need to pass this along to the it department before anything happens", "it")]
    [InlineData("everything has to go past accounting and they approve the spend", "finance_team")]
    [InlineData("our regional director will roll it out to the other offices", "manager")]
    [InlineData("I'll show my business partner tonight", "partner")]
    [InlineData("the controller handles every purchase over a grand", "finance_team")]
    public void Extract_SpelledTitlesLowerCaseItModifiedTitlesAndMoreVerbs_AreStakeholders(string line, string role) =>
        Assert.Contains(role, DealCall.Extract(line).Stakeholders.Select(s => s.Value));

    [Theory]
    [InlineData("our treasurer will never sign off on a monthly plan", "finance_team")]
    [InlineData("the superintendent. it's her budget, not mine", "manager")]
    public void Extract_RoleThatWithholdsApprovalOrIsNamedAloneThenReferredTo_IsAStakeholder(string line, string role) =>
        Assert.Contains(role, DealCall.Extract(line).Stakeholders.Select(s => s.Value));

    [Theory]
    [InlineData("I'd show it to her and it could work for the whole team")]
    [InlineData("honestly I don't have to run it past our controller for this")]
    [InlineData("can you make it work in our portal?")]
    public void Extract_PronounItOrAUserNegatedCheck_AreNotStakeholders(string line) =>
        Assert.Empty(DealCall.Extract(line).Stakeholders);

    [Theory]
    [InlineData("me and my brother run the shop and we decide on stuff like this together")]
    [InlineData("we both have to agree before anything gets bought")]
    [InlineData("neither of us buys software without the other")]
    public void Extract_JointDecision_AddsPartner(string line) =>
        Assert.Contains("partner", DealCall.Extract(line).Stakeholders.Select(s => s.Value));

    [Fact]
    public void Extract_BoardVotes_IsNotPartner() =>
        Assert.DoesNotContain("partner", DealCall.Extract("the board votes on every purchase over a thousand").Stakeholders.Select(s => s.Value));

    [Theory]
    [InlineData("past ten grand it gets kicked up to the cfo", "cfo")]
    [InlineData("any new software has to go through purchasing first", "procurement")]
    [InlineData("our tech guy can probably build that for us", "it")]
    [InlineData("thats gonna be a long conversation with the controller", "finance_team")]
    [InlineData("our budget committee will balk at a yearly contract", "finance_team")]
    [InlineData("the gm holds the purse strings so hell want a look at it", "manager")]
    [InlineData("our executive director would want the numbers first", "manager")]
    [InlineData("i split it fifty fifty with the other owner so he gets a vote", "partner")]
    [InlineData("my brother is partner in the business and he decides the spending", "partner")]
    public void Extract_SpokenInvolvement_IsAStakeholder(string line, string role) =>
        Assert.Contains(role, DealCall.Extract(line).Stakeholders.Select(s => s.Value));

    [Fact]
    public void Extract_RoleNamedInAnswerToWhoApproves_IsAStakeholderWithoutAVerb()
    {
        var signals = DealCall.On().Assistant("Who signs off on a purchase like this?").User("probably our controller honestly").Extract();

        Assert.Contains("finance_team", signals.Stakeholders.Select(s => s.Value));
    }

    [Theory]
    [InlineData("we email the bids to the owners and they approve the change orders")]
    [InlineData("our channel partners keep asking why we still fax")]
    [InlineData("our Salesforce partner recommended a different tool")]
    public void Extract_OwnersTheUserSellsToOrPartnerFirms_AreNotStakeholders(string line) =>
        Assert.Empty(DealCall.Extract(line).Stakeholders);

    [Theory]
    [InlineData("I'll need to run it by finance though", "finance_team")]
    [InlineData("the two partners would have to sign off", "partner")]
    [InlineData("the bursar's office must approve the budget", "finance_team")]
    [InlineData("first I have to show the plant director, he decides", "manager")]
    [InlineData("I'll mention it to our commercial director so she's aware", "manager")]
    [InlineData("it's me and my co-founder, we build scheduling software", "founder")]
    [InlineData("my partner and I started the shop ten years ago", "partner")]
    [InlineData("my sister and I, we're fifty fifty partners.", "partner")]
    public void Extract_CoOwnersCountsAndMoreDepartmentsAndVerbs_AreStakeholders(string line, string role) =>
        Assert.Contains(role, DealCall.Extract(line).Stakeholders.Select(s => s.Value));

    [Theory]
    [InlineData("our partner agreements have to be approved every year")]
    [InlineData("our partner charities have to approve the schedule")]
    [InlineData("we're partners with a few local banks and they refer clients")]
    public void Extract_PartnerAsAKindOfThingOrFirm_IsNotAStakeholder(string line) =>
        Assert.Empty(DealCall.Extract(line).Stakeholders);

    [Theory]
    [InlineData("I'd have to get our CFO on board", "cfo")]
    [InlineData("our legal team has to read the terms first", "legal")]
    [InlineData("the owner is worried about cost", "ceo")]
    [InlineData("our general manager likes the idea", "manager")]
    [InlineData("the managing partner will sign", "partner")]
    [InlineData("can I add my office manager to the meeting?", "manager")]
    public void Extract_StanceObligationOrBudgetOfARole_IsAStakeholder(string line, string role) =>
        Assert.Contains(role, DealCall.Extract(line).Stakeholders.Select(s => s.Value));

    [Theory]
    [InlineData("our hr person will need to sign off", "hr")]
    [InlineData("our hr manager has to approve it", "hr")]
    [InlineData("our head of legal has to approve it", "legal")]
    [InlineData("our procurement manager has to approve it", "procurement")]
    [InlineData("the head of school has to approve it", "manager")]
    [InlineData("the dean has to approve it", "manager")]
    [InlineData("our finance guy has to approve it", "finance_team")]
    public void Extract_MoreTitles_MapToTheirLabel(string line, string role) =>
        Assert.Equal([role], DealCall.Extract(line).Stakeholders.Select(s => s.Value));

    [Theory]
    [InlineData("we send hr documents to every new hire and our team has to approve them")]
    [InlineData("our clients are worried about cost")]
    public void Extract_NoRoleInvolved_IsNoStakeholder(string line) =>
        Assert.Empty(DealCall.Extract(line).Stakeholders);

    [Theory]
    [InlineData("I pick the vendor, then accounting pays the invoice once it's approved", "finance_team")]
    [InlineData("the contract has to go through legal either way", "legal")]
    [InlineData("our compliance won't accept a tool that stores data abroad", "legal")]
    [InlineData("legal will not accept a vendor without a signed DPA", "legal")]
    [InlineData("the village board votes on every purchase", "board")]
    [InlineData("our water board has to approve new software", "board")]
    [InlineData("it's our managing broker who decides on tools", "manager")]
    [InlineData("the principal broker signs off on anything we buy", "manager")]
    public void Extract_DepartmentClauseAcceptanceBoardsAndBrokers_AreStakeholders(string line, string role) =>
        Assert.Contains(role, DealCall.Extract(line).Stakeholders.Select(s => s.Value));

    [Theory]
    [InlineData("our founder decides, and she is a lawyer so she will have questions", "legal")]
    [InlineData("my boss signs off, he's an accountant by training", "finance_team")]
    [InlineData("once a proposal is accepted the board in our project tool updates", "board")]
    public void Extract_TitleSaidOfSomeoneOrAcceptedByNobody_AddsNoRole(string line, string role) =>
        Assert.DoesNotContain(role, DealCall.Extract(line).Stakeholders.Select(s => s.Value));

    // Involvement said as choosing, a sign-off's token, giving the money or the role's stance; a negation of the user
    // ("not me, the board") leaves the role involved; acronyms spelled out by speech-to-text.
    [Theory]
    [InlineData("The one who chooses is the general manager of the hotel", "manager")]
    [InlineData("a purchase request needs a stamp from my department head", "manager")]
    [InlineData("any payment must have signature of our cee eff oh", "cfo")]
    [InlineData("for the money is not me the board of the clinic they give the money", "board")]
    [InlineData("For our head of IT this is important", "it")]
    [InlineData("our IT company say we cannot use any system without BAA", "it")]
    [InlineData("my district manager wants all six stores on something digital", "manager")]
    public void Extract_ChoosingTokenMoneyOrStance_IsStakeholder(string line, string role) =>
        Assert.Contains(role, DealCall.Extract(line).Stakeholders.Select(s => s.Value));

    [Theory]
    [InlineData("vendor contracts need signatures from the department head and the vendor", "manager")]
    [InlineData("the owner picks alternate A or alternate B", "ceo")]
    public void Extract_DocumentSignatureOrBidChoice_AddsNoRole(string line, string role) =>
        Assert.DoesNotContain(role, DealCall.Extract(line).Stakeholders.Select(s => s.Value));
}
