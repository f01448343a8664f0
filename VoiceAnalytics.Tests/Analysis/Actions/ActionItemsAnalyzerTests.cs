using VoiceAnalytics.Core.Analysis;
using VoiceAnalytics.Core.Analysis.Actions;
using VoiceAnalytics.Tests.Analysis.Objections;

namespace VoiceAnalytics.Tests.Analysis.Actions;

/// <summary>The calls start on Thursday 2026-10-01 (<see cref="CallScript.DefaultStart"/>).</summary>
public sealed class ActionItemsAnalyzerTests
{
    [Fact]
    public void Properties_Always_DescribeAFanOutAnalyzerVersion1()
    {
        var sut = CreateSut();

        Assert.Equal("action_items", sut.Name);
        Assert.Equal(1, sut.Version);
        Assert.Equal(AnalyzerStage.FanOut, sut.Stage);
        Assert.Equal(typeof(ActionItemsReport), sut.ResultType);
    }

    [Fact]
    public void Analyze_SuccessfulBooking_IsASalesFollowUpDueOnTheMeetingDate()
    {
        var call = new CallScript().User("Next Tuesday at 2 works.").Booking("next Tuesday", "2pm").Agent("You're booked for Tuesday at 2pm.");

        var item = Assert.Single(Analyze(call).Items);

        Assert.Equal(("sales_follow_up", "sales"), (item.Kind, item.Owner));
        Assert.Equal(new DateOnly(2026, 10, 6), item.DueDate);
        Assert.Equal("test-session-ai-1", item.Id);
        Assert.Equal("You're booked for Tuesday at 2pm.", item.Evidence.Quote);
    }

    [Fact]
    public void Analyze_PlainTextBookingConfirmation_CountsAsSuccess()
    {
        var call = new CallScript().Tool(
            "book_sales_meeting",
            """{"preferred_date": "2026-10-09"}""",
            "Meeting booked for Friday, October 9, 2026 at 10:00 AM with an account executive.",
            false);

        Assert.Equal(new DateOnly(2026, 10, 9), Assert.Single(Analyze(call).Items).DueDate);
    }

    [Fact]
    public void Analyze_FailedBookingThenEmailPromise_IsOneSalesFollowUp()
    {
        var call = new CallScript()
            .Booking("Friday", "9am", success: false)
            .Agent("Sorry, that didn't go through. I'll get an account executive to email you a few other times.");

        var report = Analyze(call);

        var item = Assert.Single(report.Items);
        Assert.Equal("sales", item.Owner);
        Assert.Equal(["sales"], report.Owners);
    }

    [Theory]
    [InlineData("I'll log that as a feature request for the product team.", "product_feedback", "product")]
    [InlineData("I'm going to open a support ticket so the team can dig into the logs.", "support_follow_up", "support")]
    [InlineData("Our support team will reach out tomorrow about the import.", "support_follow_up", "support")]
    [InlineData("I'll have sales send you the security package.", "document_to_share", "sales")]
    [InlineData("I'll make sure someone from sales reaches out by Tuesday.", "sales_follow_up", "sales")]
    [InlineData("I've flagged it for our product folks as a request.", "product_feedback", "product")]
    [InlineData("Our account executive will send over a quote this afternoon.", "document_to_share", "sales")]
    [InlineData("I'll email you the step-by-step setup guide right after this call.", "document_to_share", "support")]
    public void Analyze_AgentPromise_IsAFollowUpForThatTeam(string promise, string kind, string owner)
    {
        var item = Assert.Single(Analyze(new CallScript().User("Okay.").Agent(promise)).Items);

        Assert.Equal((kind, owner), (item.Kind, item.Owner));
    }

    [Fact]
    public void Analyze_OfferAccepted_IsAFollowUp()
    {
        var call = new CallScript()
            .Agent("Want me to have our onboarding team reach out to help with the import?")
            .User("Yes, that would help a lot.");

        Assert.Equal(["support"], Analyze(call).Owners);
    }

    [Theory]
    [InlineData("No thanks, I'm fine on my own.")]
    [InlineData("Nah, we'll figure it out.")]
    public void Analyze_OfferDeclined_IsNoFollowUp(string answer)
    {
        var call = new CallScript().Agent("Would you like me to have support give you a call?").User(answer);

        Assert.DoesNotContain("support", Analyze(call).Owners);
    }

    [Fact]
    public void Analyze_OfferLeftUnanswered_IsNoFollowUp()
    {
        var call = new CallScript().User("This is taking forever.").Agent("Would you like me to have support call you back today?");

        Assert.Empty(Analyze(call).Items);
    }

    [Fact]
    public void Analyze_AcceptedMeetingOfferCoveredByABooking_IsOneItem()
    {
        var call = new CallScript()
            .Agent("Would you like to talk with one of our API specialists?")
            .User("Sure, Monday at ten.")
            .Booking("Monday", "10am");

        var item = Assert.Single(Analyze(call).Items);
        Assert.Equal(new DateOnly(2026, 10, 5), item.DueDate);
    }

    [Theory]
    [InlineData("I'll loop in our finance director on Monday.", 2026, 10, 5)]
    [InlineData("Let me check with my business partner first.", 0, 0, 0)]
    [InlineData("We'll send over our current contract templates tonight.", 2026, 10, 1)]
    [InlineData("I'm going to try the bulk send feature tomorrow.", 2026, 10, 2)]
    [InlineData("I'll run it by the board at the end of the month.", 2026, 10, 31)]
    [InlineData("I will get the signed paperwork over to you by Friday.", 2026, 10, 2)]
    public void Analyze_UserCommitment_IsOwnedByTheUserWithItsDate(string said, int year, int month, int day)
    {
        var item = Assert.Single(Analyze(new CallScript().Agent("Anything else?").User(said)).Items);

        Assert.Equal(("user_commitment", "user"), (item.Kind, item.Owner));
        Assert.Equal(year == 0 ? null : new DateOnly(year, month, day), item.DueDate);
    }

    [Theory]
    [InlineData("I'd probably run it by my boss at some point.")]
    [InlineData("I'll need my CFO to approve anything like this.")]
    [InlineData("Will I get an invoice every month?")]
    [InlineData("I'll be honest, it's been a rough week.")]
    public void Analyze_HedgeNeedOrQuestion_IsNoCommitment(string said)
    {
        Assert.Empty(Analyze(new CallScript().Agent("Anything else?").User(said)).Items);
    }

    [Fact]
    public void Analyze_DemoRequest_IsForSales()
    {
        var item = Assert.Single(Analyze(new CallScript().User("Could your team give us a live demo of the approval flow?")).Items);

        Assert.Equal(("demo_request", "sales"), (item.Kind, item.Owner));
    }

    [Fact]
    public void Analyze_DocumentRequest_IsADocumentToShare()
    {
        var item = Assert.Single(Analyze(new CallScript().User("Can you email me a case study from a law firm?")).Items);

        Assert.Equal(("document_to_share", "sales"), (item.Kind, item.Owner));
    }

    [Fact]
    public void Analyze_SeveralItems_AreOrderedWithOwnersAndTheNextDueDate()
    {
        var call = new CallScript()
            .User("Friday at 3 works.")
            .Booking("this Friday", "3pm")
            .Agent("Done, you're booked for Friday at 3pm.")
            .User("Great. I'll forward the invite to our COO today.");

        var report = Analyze(call);

        Assert.Equal(["sales_follow_up", "user_commitment"], report.Items.Select(i => i.Kind));
        Assert.Equal(["sales", "user"], report.Owners);
        Assert.Equal(new DateOnly(2026, 10, 1), report.NextDueDate);
        Assert.Equal("high", report.Items[1].Priority);
    }

    [Theory]
    [InlineData("Thursday", 2026, 10, 8)]
    [InlineData("this Thursday", 2026, 10, 1)]
    [InlineData("next Monday", 2026, 10, 5)]
    [InlineData("this weekend", 2026, 10, 3)]
    [InlineData("next week", 2026, 10, 5)]
    [InlineData("in two weeks", 2026, 10, 15)]
    [InlineData("Dec 8th", 2026, 12, 8)]
    [InlineData("January 12", 2027, 1, 12)]
    [InlineData("day after tomorrow", 2026, 10, 3)]
    public void Resolve_RelativeDate_IsReadAgainstTheCallDate(string phrase, int year, int month, int day)
    {
        Assert.Equal(new DateOnly(year, month, day), DueDateResolver.Resolve(phrase, new DateOnly(2026, 10, 1)));
    }

    [Theory]
    [InlineData("ok ill send the list over to my office manager tomorrow")]
    [InlineData("i ll walk my partner through the trial account on friday")]
    [InlineData("im gonna pull our three worst templates so you can see them")]
    [InlineData("Sure. I'll show the board the pricing sheet at Monday's meeting.")]
    public void Analyze_UserCommitmentInSpokenSpelling_GivesUser(string said)
    {
        var call = new CallScript().Agent("Anything you'll do on your side before then?").User(said);

        Assert.Equal(["user"], Analyze(call).Owners);
    }

    [Theory]
    [InlineData("No, I'll figure it out on my own.")]
    [InlineData("Maybe. I'll look. Bye.")]
    [InlineData("honestly im ill today so lets keep it short")]
    public void Analyze_BrushOffOrNoCommitment_GivesNoUser(string said)
    {
        var call = new CallScript().Agent("Would you like help getting set up?").User(said);

        Assert.DoesNotContain("user", Analyze(call).Owners);
    }

    [Fact]
    public void Analyze_PromiseHandingToTwoTeams_GivesBothOwners()
    {
        var call = new CallScript().User("Okay.").Agent("I'll pass the request to our product team and have sales follow up with you by email.");

        Assert.Equal(["product", "sales"], Analyze(call).Owners);
    }

    [Theory]
    [InlineData("Would it help if I had our support team send you the import guide?", "I mean sure, send it.", "support")]
    [InlineData("Would you like me to have someone send over our security documentation?", "Yeah that would help.", "sales")]
    [InlineData("I could have sales email you the pricing instead.", "Grand, do that.", "sales")]
    public void Analyze_OfferAcceptedInOtherWords_IsAFollowUpForTheTeamOrTheDocument(string offer, string answer, string owner)
    {
        var call = new CallScript().User("Hmm.").Agent(offer).User(answer);

        Assert.Equal([owner], Analyze(call).Owners);
    }

    [Theory]
    [InlineData("Thank you. Then I prepare the questions for the meeting.")]
    [InlineData("Okay, I do it today.")]
    [InlineData("The owner decides. I show him and we talk next week.")]
    [InlineData("I tell my assistant to upload the templates this week.")]
    public void Analyze_CommitmentInTheBarePresent_GivesUser(string said)
    {
        var call = new CallScript().Agent("Anything you'll do on your side?").User(said);

        Assert.Equal(["user"], Analyze(call).Owners);
    }

    [Theory]
    [InlineData("I do the quotes myself, about five a day.")]
    [InlineData("I'll keep it in mind.")]
    [InlineData("We'll decide after the holidays.")]
    [InlineData("Ill reach out if I need anything.")]
    [InlineData("I'll recommend it, but the owner decides.")]
    [InlineData("Great, I'll put it on my card.")]
    [InlineData("I'll keep poking at the trial for now.")]
    public void Analyze_DescriptionDecisionOrConditionalContact_GivesNoUser(string said)
    {
        var call = new CallScript().Agent("Anything else?").User(said);

        Assert.DoesNotContain("user", Analyze(call).Owners);
    }

    [Theory]
    [InlineData("Let me flag this to our product managers.", "product")]
    [InlineData("I'll raise that with our developers.", "product")]
    [InlineData("I'll note that down for the engineers.", "product")]
    [InlineData("Our product team will look into adding that.", "product")]
    [InlineData("Our support team will get in touch about the import issue.", "support")]
    [InlineData("Someone from our team will be in touch.", "sales")]
    [InlineData("You'll get an email from our sales team with next steps.", "sales")]
    [InlineData("You'll hear back from an account executive by Friday.", "sales")]
    public void Analyze_TeamFollowUpInOtherWords_GivesThatTeam(string said, string owner)
    {
        var call = new CallScript().User("Okay.").Agent(said);

        Assert.Equal([owner], Analyze(call).Owners);
    }

    [Theory]
    [InlineData("If you ever need help, our support team is available around the clock.")]
    [InlineData("The product team is always adding features.")]
    [InlineData("Our developers built the editor in house.")]
    public void Analyze_TeamDescribedWithoutAFollowUp_GivesNoOwner(string said)
    {
        var call = new CallScript().User("Okay.").Agent(said);

        Assert.Empty(Analyze(call).Owners);
    }

    [Theory]
    [InlineData("I'm going to trial it with two of the reps this week.")]
    [InlineData("We're going to pilot it with the sales team next month.")]
    [InlineData("Me and my partner will go over it this weekend.")]
    [InlineData("Yes, I can send it over tomorrow.")]
    [InlineData("I'll draft the template list and send it to you.")]
    public void Analyze_UserCommitmentInOtherWords_GivesUser(string said)
    {
        var call = new CallScript().Agent("What are the next steps on your side?").User(said);

        Assert.Equal(["user"], Analyze(call).Owners);
    }

    [Theory]
    [InlineData("Maybe I'll look into it someday, who knows.")]
    [InlineData("Sounds good, I'll keep an eye out for the email.")]
    [InlineData("I'll try it at some point down the road.")]
    [InlineData("I can send from my phone too, right?")]
    [InlineData("I can do the contracts myself most days.")]
    public void Analyze_HedgeWaitingOrAbility_GivesNoUser(string said)
    {
        var call = new CallScript().Agent("What are the next steps on your side?").User(said);

        Assert.DoesNotContain("user", Analyze(call).Owners);
    }

    [Theory]
    [InlineData("Our CFO has the final say, I will recommend it to him.")]
    [InlineData("I'll recommend it if the numbers work.")]
    [InlineData("I'll put a recommendation to our COO when the contract is closer to ending.")]
    [InlineData("I'll finish out the trial before I decide.")]
    [InlineData("nah i'll poke around. ok bye")]
    public void Analyze_RecommendationTrialOrBarePoking_GivesNoUser(string said)
    {
        var call = new CallScript().Agent("What are the next steps on your side?").User(said);

        Assert.DoesNotContain("user", Analyze(call).Owners);
    }

    [Theory]
    [InlineData("I'll put the recommendation together and send it over.")]
    [InlineData("sweet. i own the agency so i'll just buy it today. thanks")]
    [InlineData("cool, doing it now. thanks, later")]
    [InlineData("ok ok that's helpful i'll still run it by my lawyer but ok")]
    [InlineData("Maybe later. I will contact you when the enrolment is closed.")]
    [InlineData("i'll rebuild the basic one tonight so the guys can use it tomorrow")]
    public void Analyze_WriteUpBuyOrOtherCommitmentVerbs_GivesUser(string said)
    {
        var call = new CallScript().Agent("What are the next steps on your side?").User(said);

        Assert.Equal(["user"], Analyze(call).Owners);
    }

    [Fact]
    public void Analyze_PokingAroundAtSomething_StaysACommitment()
    {
        var call = new CallScript().Agent("Anything else?").User("I'll poke around the trial some more and try those.");

        Assert.Equal(["user"], Analyze(call).Owners);
    }

    [Theory]
    [InlineData("I couldn't confirm that one. I can pass it to our product team as a request.", "Ah go on, do.", "product")]
    [InlineData("I can pass it along to our product team as feedback.", "Sure, pass it along. It'd be nice.", "product")]
    [InlineData("I can have our sales team follow up with you about the BAA specifically.", "I suppose. Thanks.", "sales")]
    public void Analyze_CanOfferAccepted_GivesTheTeam(string offer, string answer, string owner)
    {
        var call = new CallScript().User("Hmm.").Agent(offer).User(answer);

        Assert.Equal([owner], Analyze(call).Owners);
    }

    [Fact]
    public void Analyze_CanOfferAnsweredWithAComplaint_GivesNoOwner()
    {
        var call = new CallScript().User("Hmm.").Agent("I can pass it to our product team as a request.")
            .User("mate that's pretty basic. honestly we'll just stick with jotform");

        Assert.Empty(Analyze(call).Owners);
    }

    [Theory]
    [InlineData("the demo last week went really well")]
    [InlineData("I'm a lot less enthusiastic than I was after the demo.")]
    [InlineData("the team liked the demo doc i sent around")]
    [InlineData("I already have three emails asking me to book a demo.")]
    public void Analyze_DemoToldAboutNotAsked_GivesNoSales(string said)
    {
        var call = new CallScript().Agent("How's the trial going?").User(said);

        Assert.DoesNotContain("sales", Analyze(call).Owners);
    }

    [Theory]
    [InlineData("my co-founder also wants to see a demo.")]
    [InlineData("are they able to do a demo with our actual data after the holidays?")]
    public void Analyze_DemoAsked_GivesSales(string said)
    {
        var call = new CallScript().Agent("Anything else?").User(said);

        Assert.Contains("sales", Analyze(call).Owners);
    }

    private static ActionItemsAnalyzer CreateSut() => new();

    private static ActionItemsReport Analyze(CallScript call) => CreateSut().Analyze(AnalysisInput.ForSession(call.Build()));
}
