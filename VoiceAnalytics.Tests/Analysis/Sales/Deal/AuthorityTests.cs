using VoiceAnalytics.Core.Analysis.Sales.Deal.People;

namespace VoiceAnalytics.Tests.Analysis.Sales.Deal;

public sealed class AuthorityTests
{
    [Theory]
    [InlineData("it's entirely up to me which tool we use")]
    [InlineData("I have final say on software for the office")]
    [InlineData("that's my decision to make, nobody else's")]
    [InlineData("I'm the one who signs off on purchases here")]
    [InlineData("I don't need anybody's permission for this")]
    [InlineData("I can approve this myself")]
    [InlineData("I'm the one who makes the call on software")]
    public void Extract_UserDecidesAlone_IsDecisionMaker(string line) =>
        Assert.Equal(AuthorityLevels.DecisionMaker, DealCall.Extract(line).BudgetAuthority?.Value);

    [Theory]
    [InlineData("honestly the decision isn't mine, our VP of sales makes that call")]
    [InlineData("it's not my call in the end")]
    [InlineData("I'll put together a recommendation for my director")]
    [InlineData("our managing director decides on all vendors")]
    [InlineData("it's really up to the owner")]
    [InlineData("I don't have the budget authority for something like this")]
    public void Extract_SomeoneElseDecides_IsInfluencer(string line) =>
        Assert.Equal(AuthorityLevels.Influencer, DealCall.Extract(line).BudgetAuthority?.Value);

    [Theory]
    [InlineData("anything over five hundred a month needs sign-off from our controller")]
    [InlineData("I'll have to get the green light from finance first")]
    [InlineData("the purchase has to be approved by the school board")]
    [InlineData("I'd have to run it past my partners before we commit")]
    [InlineData("we can't just buy software on our own here")]
    public void Extract_SignOffNeeded_IsNeedsApproval(string line) =>
        Assert.Equal(AuthorityLevels.NeedsApproval, DealCall.Extract(line).BudgetAuthority?.Value);

    [Theory]
    [InlineData("okay, i need to get this approved by my VP of operations, it's his budget")]
    [InlineData("I must ask our principal. She decide the budget.")]
    [InlineData("our general manager must approve, it is his budget")]
    public void Extract_BudgetHolderMustSignOff_IsNeedsApproval(string line) =>
        Assert.Equal(AuthorityLevels.NeedsApproval, DealCall.Extract(line).BudgetAuthority?.Value);

    [Theory]
    [InlineData("it's his chequebook, I'll put it in front of him next week")]
    [InlineData("honestly it's her budget, not mine")]
    public void Extract_BudgetHolderWithoutSignOff_IsInfluencer(string line) =>
        Assert.Equal(AuthorityLevels.Influencer, DealCall.Extract(line).BudgetAuthority?.Value);

    [Fact]
    public void Extract_BudgetHolderButUserOnlyRecommends_InfluencerWins() =>
        Assert.Equal(
            AuthorityLevels.Influencer,
            DealCall.Extract("he is the one who decides about the budget, I only recommend, and he has to approve it").BudgetAuthority?.Value);

    [Fact]
    public void Extract_ClientSigningTheContract_IsNoDecider() =>
        Assert.Equal(
            AuthorityLevels.NeedsApproval,
            DealCall.Extract("when the client signs the contract we ask a deposit", "our general manager must approve, it is his budget").BudgetAuthority?.Value);

    [Fact]
    public void Extract_RecommendsAndSomeoneApproves_InfluencerWins() =>
        Assert.Equal(
            AuthorityLevels.Influencer,
            DealCall.Extract("I'd recommend it to our COO, and then finance has to approve the spend").BudgetAuthority?.Value);

    [Fact]
    public void Extract_OwnsTheBusinessOnly_IsDecisionMakerWithLowerConfidence()
    {
        var authority = DealCall.Extract("I'm the owner of a small bakery with two locations").BudgetAuthority!;

        Assert.Equal(AuthorityLevels.DecisionMaker, authority.Value);
        Assert.True(authority.Confidence < 0.7);
    }

    [Fact]
    public void Extract_NothingAboutTheDecision_IsNull() =>
        Assert.Null(DealCall.Extract("we mostly send proposals and a few NDAs").BudgetAuthority);

    [Theory]
    [InlineData("we still have some budget left for this year", AuthorityLevels.BudgetAvailable)]
    [InlineData("our budget is pretty tight right now", AuthorityLevels.BudgetConstrained)]
    [InlineData("I'm not sure we can afford the business plan, honestly we can't afford much", AuthorityLevels.BudgetConstrained)]
    public void Extract_BudgetTalk_GivesBudgetStatus(string line, string expected) =>
        Assert.Equal(expected, DealCall.Extract(line).BudgetStatus?.Value);

    [Theory]
    [InlineData("I write the checks around here, so let's just get going")]
    [InlineData("I sign off on software purchases up to about two grand")]
    [InlineData("I can buy tools under a certain amount on my own")]
    [InlineData("nah, I don't need to ask anyone about this")]
    [InlineData("I can sign for it without checking with anybody")]
    [InlineData("the studio is mine, and I decide what we use")]
    [InlineData("I'm the head stylist and owner here")]
    public void Extract_SpendingAuthorityInOtherWords_IsDecisionMaker(string line) =>
        Assert.Equal(AuthorityLevels.DecisionMaker, DealCall.Extract(line).BudgetAuthority?.Value);

    [Theory]
    [InlineData("I'm drafting the recommendation, but our COO has the ultimate say")]
    [InlineData("I send them the comparison and they'll decide")]
    [InlineData("the final decision rests with our managing partner")]
    [InlineData("our executive director signs every vendor contract")]
    public void Extract_SomeoneElseDecidesInOtherWords_IsInfluencer(string line) =>
        Assert.Equal(AuthorityLevels.Influencer, DealCall.Extract(line).BudgetAuthority?.Value);

    [Theory]
    [InlineData("anything above a few hundred a month goes to our treasurer for approval")]
    [InlineData("new software has to go through purchasing first")]
    [InlineData("I'd need both co-owners to agree before we commit")]
    [InlineData("I must first ask my supervisor")]
    [InlineData("it needs a yes from the partners, they vote on every tool")]
    [InlineData("our treasurer, Linda, signs off on it")]
    [InlineData("our director would never approve the enterprise tier")]
    [InlineData("I can't just buy it, there's a process")]
    public void Extract_SignOffInOtherWords_IsNeedsApproval(string line) =>
        Assert.Equal(AuthorityLevels.NeedsApproval, DealCall.Extract(line).BudgetAuthority?.Value);

    [Theory]
    [InlineData("its my shop so thats my call really")]
    [InlineData("i own the place so ill decide")]
    [InlineData("yes, is my bakery, I decide.")]
    [InlineData("if the price is right just charge it on my company card")]
    [InlineData("i could buy it for the team on my own")]
    [InlineData("its just me here nobody else to answer to")]
    public void Extract_SpokenSelfDecision_IsDecisionMaker(string line) =>
        Assert.Equal(AuthorityLevels.DecisionMaker, DealCall.Extract(line).BudgetAuthority?.Value);

    [Theory]
    [InlineData("my husband and i make these decisions together")]
    [InlineData("we both have to say yes before we spend anything")]
    [InlineData("neither one of us signs a contract without the other")]
    [InlineData("the partners vote on new software every spring")]
    public void Extract_JointDecision_IsNeedsApproval(string line) =>
        Assert.Equal(AuthorityLevels.NeedsApproval, DealCall.Extract(line).BudgetAuthority?.Value);

    [Theory]
    [InlineData("our owner approves anything we spend so")]
    [InlineData("my business partner has to okay it first")]
    [InlineData("compliance aside legal wont sign off unless it has an audit trail")]
    [InlineData("a purchase like that goes up to our regional director")]
    [InlineData("the trustees meet next month about it")]
    [InlineData("i think i can convince my cfo on it")]
    public void Extract_SomeoneMustApprove_IsNeedsApproval(string line) =>
        Assert.Equal(AuthorityLevels.NeedsApproval, DealCall.Extract(line).BudgetAuthority?.Value);

    [Theory]
    [InlineData("the director runs the place and she decides what we buy")]
    [InlineData("i only suggest tools, the office manager picks")]
    public void Extract_SpokenSomeoneElseDecides_IsInfluencer(string line) =>
        Assert.Equal(AuthorityLevels.Influencer, DealCall.Extract(line).BudgetAuthority?.Value);

    [Fact]
    public void Extract_SignsAloneButWillConsult_IsDecisionMaker() =>
        Assert.Equal(
            AuthorityLevels.DecisionMaker,
            DealCall.Extract("i can pay for it myself but i'll check with my wife before march").BudgetAuthority?.Value);

    [Fact]
    public void Extract_ThresholdNotReached_IsDecisionMaker() =>
        Assert.Equal(
            AuthorityLevels.DecisionMaker,
            DealCall.Extract("software is my budget. anything above 20k goes to the board, and we're nowhere near that").BudgetAuthority?.Value);

    [Theory]
    [InlineData("anything over five thousand dollars has to go to our board for approval, and I'd like to stay under that if I can")]
    [InlineData("anything over ten grand needs the CFO's sign off, we're hoping to stay well under that")]
    [InlineData("purchases above two thousand need our director's approval, ideally we stay below that")]
    public void Extract_StayingUnderTheLimitAsAWish_IsNeedsApproval(string line) =>
        Assert.Equal(AuthorityLevels.NeedsApproval, DealCall.Extract(line).BudgetAuthority?.Value);

    [Fact]
    public void Extract_StayingUnderTheLimitAsAFact_IsDecisionMaker() =>
        Assert.Equal(
            AuthorityLevels.DecisionMaker,
            DealCall.Extract("anything over ten grand needs the CFO's sign off, and this is well under that").BudgetAuthority?.Value);

    [Theory]
    [InlineData("I started this business trial because we need approval workflows.")]
    [InlineData("we need an approval workflow for discounts on our quotes")]
    [InlineData("honestly we need approval steps built into the templates")]
    public void Extract_ApprovalAsAFeatureNeeded_IsNoSignOff(string line) =>
        Assert.Null(DealCall.Extract(line).BudgetAuthority);

    [Fact]
    public void Extract_ApprovalFeatureBesideOwnDecision_IsDecisionMaker() =>
        Assert.Equal(
            AuthorityLevels.DecisionMaker,
            DealCall.Extract("we need approval workflows, and it's my call what we buy").BudgetAuthority?.Value);

    [Fact]
    public void Extract_ThresholdExceeded_IsNeedsApproval() =>
        Assert.Equal(
            AuthorityLevels.NeedsApproval,
            DealCall.Extract("i can approve things under two grand, past that it goes to our CEO and this is past that").BudgetAuthority?.Value);

    [Fact]
    public void Extract_DocumentNeedsApproval_IsNotPurchaseApproval() =>
        Assert.Null(DealCall.Extract("our quotes have to be approved by a manager before they go out").BudgetAuthority);

    [Theory]
    [InlineData("I'm the only one who decides anything at the office")]
    [InlineData("it's my bakery, so whatever works for me works")]
    [InlineData("I run the floor and I decide these things")]
    [InlineData("software for the team is basically my call")]
    [InlineData("I don't have to run it by anybody, which is nice")]
    [InlineData("it's a one man design shop, so no committee")]
    public void Extract_SoleDeciderByBusinessOrCall_IsDecisionMaker(string line) =>
        Assert.Equal(AuthorityLevels.DecisionMaker, DealCall.Extract(line).BudgetAuthority?.Value);

    [Theory]
    [InlineData("that wouldn't be my decision, I'd hand it to our director")]
    [InlineData("I'm putting a recommendation together for the group")]
    [InlineData("I'll show the regional lead, she'd make the call")]
    [InlineData("I can pass it along but it's her checkbook")]
    [InlineData("final approval is with the purchasing committee")]
    public void Extract_OtherDeciderByRoleOrMoney_IsInfluencer(string line) =>
        Assert.Equal(AuthorityLevels.Influencer, DealCall.Extract(line).BudgetAuthority?.Value);

    [Theory]
    [InlineData("I'd need the nod from the other owners before we spend")]
    [InlineData("anything over two grand needs our treasurer's okay")]
    [InlineData("I'd need my supervisor to okay it first")]
    [InlineData("the front office handles all purchases for us")]
    [InlineData("the members vote on anything we spend")]
    [InlineData("it's not my decision alone")]
    [InlineData("our security team won't approve a tool without single sign-on")]
    public void Extract_SignOffByNodOkayOrVote_IsNeedsApproval(string line) =>
        Assert.Equal(AuthorityLevels.NeedsApproval, DealCall.Extract(line).BudgetAuthority?.Value);

    [Theory]
    [InlineData("just me.", AuthorityLevels.DecisionMaker)]
    [InlineData("nope, only me, I keep it simple", AuthorityLevels.DecisionMaker)]
    [InlineData("not me, that's above my pay grade", AuthorityLevels.Influencer)]
    public void Extract_ShortAnswerToWhoDecides_GivesTheLevel(string answer, string level) =>
        Assert.Equal(level, DealCall.On().Assistant("Who makes the final decision on a purchase like this?").User(answer).Extract().BudgetAuthority?.Value);

    [Fact]
    public void Extract_MeAndSomeoneElseAnsweringWhoDecides_IsNotSole() =>
        Assert.Null(DealCall.On().Assistant("Who makes the decision on this?").User("me and my sister mostly").Extract().BudgetAuthority);

    [Fact]
    public void Extract_JustMeAnsweringWhoWouldUseIt_IsNotAnAuthorityAnswer() =>
        Assert.Null(DealCall.On().Assistant("Who would be sending the documents?").User("just me.").Extract().BudgetAuthority);

    [Theory]
    [InlineData("I have the authority to buy it")]
    [InlineData("I am the one who decide")]
    [InlineData("it's me who decides on tools")]
    [InlineData("I'm the one holding the budget")]
    [InlineData("the budget is mine")]
    [InlineData("we're a small team, I make those decisions")]
    public void Extract_SelfDecisionInOtherWords_IsDecisionMaker(string line) =>
        Assert.Equal(AuthorityLevels.DecisionMaker, DealCall.Extract(line).BudgetAuthority?.Value);

    [Theory]
    [InlineData("our CFO will have the last word")]
    [InlineData("honestly it depends on my manager")]
    [InlineData("it's not me who decides")]
    public void Extract_SomeoneElsesWord_IsInfluencer(string line) =>
        Assert.Equal(AuthorityLevels.Influencer, DealCall.Extract(line).BudgetAuthority?.Value);

    [Theory]
    [InlineData("we decide as a committee")]
    [InlineData("my director has to sign the PO")]
    [InlineData("I would need a purchase order from procurement")]
    [InlineData("I'll discuss it with my business partner")]
    [InlineData("let me talk it over with the owner")]
    public void Extract_CommitteePurchaseOrderOrConsult_IsNeedsApproval(string line) =>
        Assert.Equal(AuthorityLevels.NeedsApproval, DealCall.Extract(line).BudgetAuthority?.Value);

    [Theory]
    [InlineData("it depends on the price")]
    [InlineData("I'll discuss it with the team")]
    [InlineData("it's not a team decision, honestly")]
    public void Extract_NoApproverNamed_IsNull(string line) =>
        Assert.Null(DealCall.Extract(line).BudgetAuthority);

    [Theory]
    [InlineData("Who makes the final decision?", "ultimately the owner, I'm just the office manager", AuthorityLevels.Influencer)]
    [InlineData("Who makes the final decision?", "that would be our COO", AuthorityLevels.Influencer)]
    [InlineData("Who would approve the purchase?", "our controller", AuthorityLevels.NeedsApproval)]
    [InlineData("Who else is involved in the decision?", "my manager and the finance people", AuthorityLevels.NeedsApproval)]
    [InlineData("Who makes the decision?", "my business partner and I", AuthorityLevels.NeedsApproval)]
    [InlineData("Who else is involved in the decision?", "nobody, it's only me", AuthorityLevels.DecisionMaker)]
    public void Extract_RoleNamedAnsweringWhoDecides_GivesTheLevel(string asked, string answer, string level) =>
        Assert.Equal(level, DealCall.On().Assistant(asked).User(answer).Extract().BudgetAuthority?.Value);

    [Theory]
    [InlineData("Who would be sending the documents?", "our office manager")]
    [InlineData("Who makes the final decision?", "the pricing page would help me decide")]
    public void Extract_RoleNotAnsweringWhoDecides_IsNull(string asked, string answer) =>
        Assert.Null(DealCall.On().Assistant(asked).User(answer).Extract().BudgetAuthority);

    [Theory]
    [InlineData("honestly the buck stops with me on software")]
    [InlineData("stuff like this ends up on my desk anyway")]
    [InlineData("I manage the marketing budget for our region")]
    [InlineData("we wouldn't need approval from anybody for that")]
    [InlineData("I won't need anyone's okay, it's a small spend")]
    [InlineData("I'll be making the call after the trial")]
    [InlineData("around here I hold the purse strings")]
    public void Extract_DecisionComesToTheUser_IsDecisionMaker(string line) =>
        Assert.Equal(AuthorityLevels.DecisionMaker, DealCall.Extract(line).BudgetAuthority?.Value);

    [Theory]
    [InlineData("our head of IT would need to okay it first")]
    [InlineData("I'd need the controller's sign-off for a yearly plan")]
    [InlineData("it also needs a signature from our executive director")]
    [InlineData("a purchase like that has to clear the finance committee")]
    [InlineData("procurement will have to get involved once it's over a thousand")]
    [InlineData("anything new goes in front of the management team every month")]
    [InlineData("first I'd have to submit a software request to IT")]
    public void Extract_ApproverMustAct_IsNeedsApproval(string line) =>
        Assert.Equal(AuthorityLevels.NeedsApproval, DealCall.Extract(line).BudgetAuthority?.Value);

    [Theory]
    [InlineData("in the end our VP picks the tool, I just test them")]
    [InlineData("I'm collecting details for my director, she wants a short list")]
    [InlineData("our COO asked me to look at a few options")]
    [InlineData("if it was my call we'd have switched already")]
    [InlineData("the call is with our managing partner in the end")]
    public void Extract_SomeoneElseChooses_IsInfluencer(string line) =>
        Assert.Equal(AuthorityLevels.Influencer, DealCall.Extract(line).BudgetAuthority?.Value);

    [Theory]
    [InlineData("the homeowner picks option A or option B on the bid")]
    [InlineData("our customers have to approve the quote before we start work")]
    [InlineData("we need the tenant's signature on every renewal")]
    [InlineData("I don't think the buck stops anywhere in this company")]
    [InlineData("the decision is with me and I'm still thinking it over")]
    public void Extract_ChoiceOrSignOffOutsideThePurchase_IsNull(string line) =>
        Assert.Null(DealCall.Extract(line).BudgetAuthority);

    [Theory]
    [InlineData("I'm the office manager, I don't get to choose, the owner does")]
    [InlineData("honestly i only bring them options, nothing more")]
    [InlineData("i just sort of take it up to our director and wait")]
    [InlineData("if it loses data I won't be able to make the case for it")]
    [InlineData("I'd be the one pitching it, so I need the details right")]
    [InlineData("I compare the tools. The decision makes our managing director.")]
    public void Extract_UserOnlyPreparesTheChoice_IsInfluencer(string line) =>
        Assert.Equal(AuthorityLevels.Influencer, DealCall.Extract(line).BudgetAuthority?.Value);

    [Theory]
    [InlineData("I just take them to the post office every Friday")]
    [InlineData("we just bring it to the client for signature")]
    public void Extract_CarryingDocumentsSomewhere_IsNoDecider(string line) =>
        Assert.Null(DealCall.Extract(line).BudgetAuthority);

    [Theory]
    [InlineData("I am the director, I can sign the order form by myself")]
    [InlineData("no need to check with anybody, we just go")]
    [InlineData("Sounds good. I decide on software for the whole office.")]
    [InlineData("let me see the pricing and I'll make up my mind this week")]
    public void Extract_SelfDecisionInPlainWords_IsDecisionMaker(string line) =>
        Assert.Equal(AuthorityLevels.DecisionMaker, DealCall.Extract(line).BudgetAuthority?.Value);

    [Fact]
    public void Extract_DecidingOnAPlanLater_IsNotASelfDecision() =>
        Assert.Null(DealCall.Extract("let me think before I decide on a plan").BudgetAuthority);

    [Theory]
    [InlineData("the editor works for us. how can we pay for three seats?")]
    [InlineData("right, so how do I upgrade my account then")]
    public void Extract_AskingHowToPay_IsDecisionMaker(string line) =>
        Assert.Equal(AuthorityLevels.DecisionMaker, DealCall.Extract(line).BudgetAuthority?.Value);

    [Fact]
    public void Extract_AskingHowToPay_LosesToASignOff() =>
        Assert.Equal(
            AuthorityLevels.NeedsApproval,
            DealCall.Extract("our treasurer has to approve any spend. how do we pay for it once she says yes").BudgetAuthority?.Value);

    [Fact]
    public void Extract_NotKnowingHowToPay_IsNoAuthority() =>
        Assert.Null(DealCall.Extract("not sure how do I pay for this with our budget frozen").BudgetAuthority);

    // A denial only says who does not decide; with a sign-off the user must get, the user needs approval.
    [Theory]
    [InlineData("honestly, I'm not the one who decides. our board has to approve any new spending over five hundred dollars")]
    [InlineData("it's not my call, I'd need sign-off from our controller first")]
    [InlineData("it isn't up to me, the partners vote on anything like this")]
    [InlineData("I can't make the final decision, it has to be approved by the school board")]
    public void Extract_DenialWithSignOff_IsNeedsApproval(string line) =>
        Assert.Equal(AuthorityLevels.NeedsApproval, DealCall.Extract(line).BudgetAuthority?.Value);

    [Fact]
    public void Extract_NotMeAnswerWithSignOff_IsNeedsApproval() =>
        Assert.Equal(
            AuthorityLevels.NeedsApproval,
            DealCall.On().Assistant("Who would sign off on the purchase?")
                .User("not me unfortunately, the partners vote on new software so I'd need their sign off").Extract().BudgetAuthority?.Value);

    // Naming the decider or the user's recommending role stays influencer, sign-off or not; so does a refused approval
    // ("won't approve without SSO"), which is a requirement, not a sign-off to get.
    [Theory]
    [InlineData("it's not my call, our COO decides, and legal has to approve the vendor")]
    [InlineData("not my decision. I'll recommend it, but procurement has to approve new vendors")]
    [InlineData("I'm not the decision maker, and IT won't approve anything without SSO")]
    [InlineData("it's not my call in the end")]
    public void Extract_DenialWithNamedDeciderOrNoSignOff_IsInfluencer(string line) =>
        Assert.Equal(AuthorityLevels.Influencer, DealCall.Extract(line).BudgetAuthority?.Value);

    // Authority said without "decide" or "approve": whose money pays, whose call it is by name, what a sign-off is
    // given as, a group that must all agree, and waiting for the next budget.
    [Theory]
    [InlineData("its my outfit, it comes out of my own pocket")]
    [InlineData("the budget for sales tools sits with me")]
    [InlineData("i dont gotta run it by nobody")]
    [InlineData("there's no committee to convince, it's a small shop")]
    public void Extract_OwnMoneyOrNobodyToAsk_IsDecisionMaker(string line) =>
        Assert.Equal(AuthorityLevels.DecisionMaker, DealCall.Extract(line).BudgetAuthority?.Value);

    [Theory]
    [InlineData("spending is really Ruth's call")]
    [InlineData("honestly that's the managing partner's decision")]
    [InlineData("I don't hold the purse strings here")]
    [InlineData("its not really my money")]
    [InlineData("the cto have the final word")]
    [InlineData("i only make the comparison and give recommendation to him")]
    [InlineData("my job is to bring her a recommendation")]
    [InlineData("our team lead, she pays for all the team software")]
    [InlineData("i just kinda tell her what i like")]
    public void Extract_SomeoneElseHoldsTheMoneyOrCall_IsInfluencer(string line) =>
        Assert.Equal(AuthorityLevels.Influencer, DealCall.Extract(line).BudgetAuthority?.Value);

    [Theory]
    [InlineData("a purchase request needs a stamp from my department head")]
    [InlineData("any payment must have signature of our cfo")]
    [InlineData("the payment i cannot do myself")]
    [InlineData("the three of us have to be on board before the firm spends anything")]
    [InlineData("none of us commits firm money alone")]
    [InlineData("we need wait the new budget in january")]
    [InlineData("it would have to come out of next year's budget")]
    [InlineData("that's the managing partner's call, not mine. I'll need the managing partner's sign-off on the spend")]
    public void Extract_SignOffTokenGroupOrBudgetCycle_IsNeedsApproval(string line) =>
        Assert.Equal(AuthorityLevels.NeedsApproval, DealCall.Extract(line).BudgetAuthority?.Value);

    [Theory]
    [InlineData("the lease needs a signature from the tenant")]
    [InlineData("that was on today's call with the vendor")]
    [InlineData("i can't do it myself, i'm not technical")]
    public void Extract_DocumentSignatureOrPhoneCall_IsNoAuthority(string line) =>
        Assert.Null(DealCall.Extract(line).BudgetAuthority);
}
