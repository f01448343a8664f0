namespace VoiceAnalytics.Tests.Analysis.Sales.Sizing;

public sealed class TeamSizeTests
{
    [Theory]
    [InlineData("there are four of us who would use it", 4)] // usage cue after the count
    [InlineData("there's eight of us, and I can't figure out how to share templates", 8)] // "of us" already counts the speaker
    [InlineData("the paralegals would use it, so that's nine people", 9)] // usage cue before the count
    [InlineData("our office is about 15 people and we'd all use it", 15)] // "we'd all" takes the group just named
    [InlineData("we have 22 advisors. all of them would be using it.", 22)] // "all of them" in the next sentence
    [InlineData("we have 12 salespeople but they wouldn't touch it, only the 3 coordinators would use it", 3)] // negated
    [InlineData("we'd probably need 7 licenses to start", 7)] // seats
    [InlineData("A: How many people would be using PandaDoc? || U: probably around eleven", 11)] // answer to the question
    [InlineData("A: How many reps would be sending proposals? || U: somewhere between 8 and 12", 10)] // range midpoint
    [InlineData("A: Who would be sending these, and how many people is that? || U: two per location, so ten people", 10)] // summary beats the per-unit count
    [InlineData("A: Who on your team would use it? || U: me and my three assistants", 4)] // "me and my N" enumeration
    [InlineData("it'd be just me and my business partner using it", 2)] // singular enumeration
    [InlineData("A: Who would use it? || U: me, our office manager, and my bookkeeper", 3)] // list of singulars
    [InlineData("it's only me, I run the whole thing myself", 1)] // solo
    [InlineData("our marketing team is nine people", 9)] // group size
    [InlineData("we're a team of five designers", 5)] // "a team of N"
    [InlineData("we have 16 account managers", 16)] // a role count, weakest
    [InlineData("we'd have 6 brokers and 2 assistants using it", 8)] // joined roles add up
    [InlineData("twenty, no, twenty-five reps would use it", 25)] // self-correction in one breath
    [InlineData("eight people would use it. sorry, nine.", 9)] // correction after a pause
    [InlineData("only the leasing team would use it, that's twenty something people, let's say twenty five", 25)] // "let's say" settles a vaguer figure
    [InlineData("A: How many people would use it? || U: around eight, lets say nine", 9)] // without the apostrophe
    [InlineData("half a dozen of us would use it", 6)] // quantity words
    [InlineData("there's about fifty people in the company, but only the eleven recruiters would send anything", 11)] // seats, not headcount
    [InlineData("my office manager and I would both use it", 2)] // "... and I" list
    [InlineData("A: Who would use it? || U: my assistant, our two associates, and me", 4)] // longer list ending with "me"
    [InlineData("A: Who would use it? || U: five agents plus me", 6)] // "N roles plus me"
    [InlineData("A: Who would use it? || U: three bookers plus me", 4)] // an unknown plural in the list counts people
    [InlineData("A: Who would use it? || U: me and my two bookers", 3)] // "me and my N <unknown plural>"
    [InlineData("I'm an architect, a one-person firm", 1)] // a one-person organization is its only user
    [InlineData("honestly it'd just be me using it", 1)] // "just be me" is solo
    [InlineData("A: How many people would use it? || U: hmm seven eh no eight", 8)] // a filler inside a correction
    [InlineData("our team's 8 people", 8)] // possessive group
    [InlineData("we have three stores with about four people each who'd use it", 12)] // per place x places
    [InlineData("A: Who'd be sending? || U: the coordinators and the front desk, so nine people total", 9)] // "so ... total" sums seats
    [InlineData("A: How many people would use it? || U: fourteen or fifteen", 15)] // a range answer, midpoint rounded up
    [InlineData("the whole company would use it, so about 45 people", 45)] // everyone
    [InlineData("we have 50 reps and all of them would need it", 50)] // "all of them" with a modal
    [InlineData("we have like 20 people in sales", 20)] // a department's size
    [InlineData("we've got 12 in the office", 12)] // "N in the office"
    [InlineData("we have 30 reps, but we'd start with 5 of them", 5)] // "start with" looks forward
    [InlineData("we'd pilot it with 8 recruiters", 8)]
    [InlineData("the three paralegals and the two clerks, so five people", 5)] // joined across "the", and the stated total
    [InlineData("five adjusters plus three schedulers, all eight would need access", 8)] // "all N" sums the parts
    [InlineData("four underwriters and three LPNs, seven in all", 7)] // unknown plural joined to people
    [InlineData("me and the two dispatchers, three people", 3)] // an appositive total closes the list
    [InlineData("me and my office manager, two logins", 2)] // seats that restate the list
    [InlineData("A: How many staff would be sending them? || U: the scheduling desk, about seven staff", 7)] // a group's staff are the users
    [InlineData("A: Who would send them? || U: the intake desk at both sites, that's eleven people. the company's maybe ninety", 11)] // the group, not the company
    [InlineData("A: How many people would send them? || U: the two partners and three paralegals so five. hmm, one of them retires in june, so four", 4)] // a later total revises
    [InlineData("A: How many would be using it? || U: our closers are eleven, twelve, plus the two coordinators, call it fourteen", 14)] // "call it" sums up
    [InlineData("A: Who would be sending? || U: our sales floor is fourteen people but only the nine senior reps", 9)] // a whole narrowed by "but only"
    [InlineData("A: Who would be sending? || U: we are twelve in the office but not everybody sends them. the eight advisors do", 8)] // "but not everybody"
    [InlineData("A: Who would be sending? || U: we are twelve in the office but we'd all use it", 12)] // a whole that would all use it
    [InlineData("A: Who would be sending? || U: our nine fee earners", 9)] // an agent noun the vocabulary lacks
    [InlineData("A: How many people would use it? || U: the four team leads plus me", 5)] // "team leads" are people
    [InlineData("A: Who would send them? || U: my three AR/AP clerks", 3)] // a modifier written with a slash
    [InlineData("A: Who would send them? || U: somewhere around eight loan officers depending on the month", 8)] // "depending on the month" is no rate
    [InlineData("we are five and everybody does quotes", 5)] // the whole group named before does the work
    [InlineData("I'm the only employee, so it'd be me", 1)] // "the only employee"
    [InlineData("honestly I'm pretty much the only one who sends contracts", 1)] // "the only one"
    [InlineData("it's just me, my dad does the accounts but he never sends anything", 1)] // another person negated, not a list
    [InlineData("A: How many people would be sending quotes? || U: nine inside sales reps", 9)] // "sales" modifies the role, it counts no sales
    [InlineData("our four contract managers would use it", 4)] // a paperwork word modifying the role
    [InlineData("we're about twelve sales people", 12)] // a department's people
    [InlineData("A: How many people would use it? || U: seven staff in the department", 7)] // a department's staff answer the question
    [InlineData("we're a firm of about sixty people, and the twelve advisors would all be sending", 12)] // the part after the whole, not a sum
    [InlineData("A: Who would be sending? || U: three architects two drafters", 5)] // named roles side by side, no "and"
    [InlineData("we have 4 nurses, 3 schedulers who would send the forms", 7)] // a comma-only list of roles
    [InlineData("it's me four estimators and a coordinator, all of us would use it", 6)] // "me" then a count with no "and"
    [InlineData("we have one license and the five of us share it", 5)] // a shared single seat says nothing of the users
    [InlineData("A: Who would be sending? || U: me and two estimators and brenda in the office. so four. we got thirty eight guys in the field plus the four of us in the office so forty two total", 4)] // the workforce total is no team
    [InlineData("A: Who would be sending them? || U: Just me and Tasha, she runs volunteer intake.", 2)] // a first name in the list is one person
    [InlineData("A: Who'd be sending them? || U: Me and Sue. She does the accounts.", 2)] // a name ending the sentence
    [InlineData("A: Who would use it? || U: me, Dale and Marisol", 3)] // names after the speaker, comma and "and"
    [InlineData("A: Who would be sending? || U: Just me and our office coordinator, Jun. The teachers won't send anything.", 2)] // a name after a comma names the item before
    [InlineData("A: How many people would use it? || U: six coordinators the doctors do not use it", 6)] // unpunctuated: the negation is about the group named after the count
    [InlineData("A: Who would send them? || U: me and three people in my office the partners won't send they only sign", 4)] // likewise after a 'me and' list
    public void Extract_TeamStatement_GivesTeamSize(string script, int expected)
    {
        var signals = SizingTranscript.Extract(script);

        Assert.NotNull(signals.TeamSize);
        Assert.Equal(expected, signals.TeamSize.Value);
        Assert.InRange(signals.TeamSize.Confidence, 0.3, 1);
        Assert.NotNull(signals.TeamSize.Evidence);
    }

    [Theory]
    [InlineData("we have about 90 employees")] // headcount alone is not seats
    [InlineData("we manage about sixty units across town")] // not people
    [InlineData("we have four offices and 200 clients")] // places and customers are not users
    [InlineData("A: So that's about 40 users, right? || U: yes")] // the assistant's restatement is no evidence
    [InlineData("A: How many people would use it? || U: can we talk at 3 tomorrow instead?")] // a time, not a count
    [InlineData("A: How many people would use it? || U: I'm not sure yet, I'd have to check")]
    [InlineData("we have ten salespeople, but they wouldn't use it")]
    [InlineData("we have ten salespeople but they wouldn't use it")] // unpunctuated, a pronoun subject still refers to the count
    [InlineData("A: How many people would use it, and how many documents a month? || U: oh, about 300")] // a bare amount answers the volume
    [InlineData("we have a staff of 30")] // headcount
    [InlineData("we have about 300 growers in the co-op")] // a guessed role alone is not the users
    [InlineData("we get 40 new sales leads a week")] // sales leads are not people
    [InlineData("A: Who would be sending them? || U: each deal is about three documents we'd send through you, so around three sixty.")] // a bare total after documents adds up documents
    [InlineData("A: Who would send them? || U: we print about 40 binders a month")] // a guessed role with a period is a thing
    [InlineData("it's the only one we've got, the old laptop")] // "the only one" without the speaker as subject
    [InlineData("we're a logistics company with about two hundred people, we move freight for retailers around the midwest and i run the desk and we need something better to send quotes")] // a usage cue far past the count is about something said since
    [InlineData("we share one login between whoever is in that day")] // a shared seat, nobody counted
    public void Extract_NoTeamStatement_GivesNoTeamSize(string script)
    {
        var signals = SizingTranscript.Extract(script);

        Assert.Null(signals.TeamSize);
    }

    [Theory]
    [InlineData("A: Who would use it? || U: just me and HR, mostly")] // an initialism is no name
    [InlineData("A: Who would use it? || U: just me and Sales, mostly")] // a department is no name
    public void Extract_MeAndAGroupWord_IsNotTwo(string script)
    {
        var signals = SizingTranscript.Extract(script);

        Assert.NotEqual(2, signals.TeamSize?.Value);
    }

    [Fact]
    public void Extract_JustMeAndAnUncountedPerson_IsNotSolo()
    {
        var signals = SizingTranscript.Extract("it would just be me and pastor Jim's wife");

        Assert.NotEqual(1, signals.TeamSize?.Value);
    }

    [Fact]
    public void Extract_DirectUsageAndPlainRole_PrefersTheUsageStatement()
    {
        var signals = SizingTranscript.Extract("we have 30 agents in total. || U: realistically, only 6 of them would use it at first");

        Assert.Equal(6, signals.TeamSize?.Value);
    }

    [Fact]
    public void Extract_SeatsInAQuestion_RankBelowStatedSeats()
    {
        var signals = SizingTranscript.Extract("is there a discount if we buy 50 users? || U: realistically we'd need 8 seats");

        Assert.Equal(8, signals.TeamSize?.Value);
    }

    [Fact]
    public void Extract_TeamSize_QuotesTheSentenceItCameFrom()
    {
        var signals = SizingTranscript.Extract("hi there. honestly the five of us in accounting would use it. thanks");

        Assert.Equal("honestly the five of us in accounting would use it.", signals.TeamSize?.Evidence?.Quote);
        Assert.Equal("item_0", signals.TeamSize?.Evidence?.ItemId);
    }

    [Theory]
    [InlineData("A: Who would use PandaDoc? || U: I and two colleagues from the sales office.", 3)] // a list opened by "I" (ich und, moi et)
    [InlineData("U: law firm. eleven attorneys five staff. || A: Who would be sending them? || U: just the five staff would need logins, attorneys only sign", 5)] // "would need logins" puts them on the product
    [InlineData("Sales team is 9 AEs and 2 SDRs. SDRs will not send documents, so only the 9 AEs need licence.", 9)] // "need licence"
    [InlineData("U: we have four stores || A: Who would use it? || U: the manager at each store, so one per store", 4)] // per place, the places said in an earlier turn
    [InlineData("U: we're a consulting boutique, about fifteen people || A: Who would use it? || U: Honestly everyone.", 15)] // "everyone" answers the users question: the whole company
    [InlineData("U: We are 55 developers and 10 others, so 65. || A: Who would use PandaDoc? || U: Only me and our account manager.", 2)] // the workforce total is not the users
    public void Extract_UsersSaidOtherWays_GivesTeamSize(string script, int expected)
    {
        var signals = SizingTranscript.Extract(script);

        Assert.NotNull(signals.TeamSize);
        Assert.Equal(expected, signals.TeamSize.Value);
    }
}
