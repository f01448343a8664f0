namespace VoiceAnalytics.Tests.Analysis.Sales.Sizing;

public sealed class MonthlyVolumeTests
{
    [Theory]
    [InlineData("we send around 200 proposals a month", 200)]
    [InlineData("we log about 90 proposals per two weeks", 195)] // "per two weeks" is a fortnight
    [InlineData("we renew roughly 60 contracts every three months", 20)] // "every three months" is a quarter
    [InlineData("we send about 60 leases every six months", 10)] // a run of six months
    [InlineData("A: Who would send them, and how many go out a week? || U: three planners and two assistants, so five. about 20 a week", 87)] // a summed people count is no volume
    [InlineData("A: Who would send them, and how many go out a week? || U: the brokers are eight. roughly 30 a week", 130)] // a number a people noun names is no volume
    [InlineData("A: Who would send them, and how many a week? || U: four people here and two at the branch. maybe 25 a week", 108)] // a bare count joined to people is no volume
    [InlineData("we do about 12 a day", 264)] // per day x 22
    [InlineData("it's about 50 a week", 217)] // per week x 4.33
    [InlineData("we send 3,600 contracts a year", 300)] // per year / 12
    [InlineData("roughly 600 per quarter", 200)] // per quarter / 3
    [InlineData("about 40 every two weeks", 87)] // per fortnight x 2.17
    [InlineData("we send 10 contracts daily", 220)] // period adverb
    [InlineData("between 100 and 200 a month", 150)] // range midpoint
    [InlineData("anywhere from 20 to 60 a week, but on average about 30 a week", 130)] // own average beats a range
    [InlineData("we send 40 proposals and 20 contracts a month", 60)] // joined types add up
    [InlineData("U: about 50 quotes a month || A: Got it. || U: oh, and maybe 10 NDAs a month too", 60)] // types said apart add up
    [InlineData("30 leases and 20 renewals, so about 50 documents a month", 50)] // the stated total wins
    [InlineData("A: How many documents do you send in a typical week? || U: maybe forty", 173)] // the question's period
    [InlineData("A: How many contracts go out? || U: about 80", 80)] // a question without a period reads as a month
    [InlineData("every month we send roughly 90", 90)] // period before the amount
    [InlineData("we onboard about 15 new clients a week", 65)] // business events that make paperwork
    [InlineData("about 30 a week. yeah, 30 a week is normal for us", 130)] // a restatement counts once
    [InlineData("A: How many quotes do you send? || U: every day around thirty. some days more, some less, but thirty is normal", 660)] // a restatement keeps the earlier period, not the question's month
    [InlineData("A: And roughly how many letters go out? || U: in the week maybe forty. in spring more but forty is normal", 173)] // "in the week" restated without its period
    [InlineData("A: How many go out in a month? || U: like forty loads a day on a good day so forty rate cons", 880)] // a restatement of a per-day amount stays per day
    [InlineData("about 40 a week. actually, more like 50 a week", 217)] // a correction wins
    [InlineData("we do a couple hundred a year", 17)] // "a couple hundred"
    [InlineData("we do about thirty weddings a year and seventy portrait sessions", 8)] // a period shared by joined amounts
    [InlineData("A: How many people would use it? || U: four of us. each of us sends about 10 a week", 173)] // per person x team
    [InlineData("we've got 30 agents. five documents per agent per month", 150)] // "per agent" x team
    [InlineData("50 reps would use it, they each send about 20 quotes a month", 1000)] // "they each" x team
    [InlineData("roughly a thousand a month across the team, maybe 40 a month for me", 1000)] // "across the team" is the total
    [InlineData("in season maybe 15 a week, in winter 2 or 3 a week. over the year it's about 400", 33)] // the year's total beats the seasons
    [InlineData("we did about 400 last month", 400)] // "last month"
    [InlineData("we send about 50/month", 50)] // "/month"
    [InlineData("about 30 a week in the busy season. usually more like 10 a week", 43)] // the usual amount beats the peak
    [InlineData("A: How many people would use it, and how many documents a month? || U: oh, about 300", 300)] // a two-part question
    [InlineData("A: How many documents do you send per month? || U: somewhere in the neighborhood of two thousand", 2000)] // round thousands are not years
    [InlineData("we close 15 to 20 deals a week, each deal is one contract", 76)] // the period belongs to the deals
    [InlineData("we book about 90 jobs a quarter and every job gets a work order plus a lien waiver", 60)] // documents per unit multiply
    [InlineData("forty closings a month, each closing has one purchase agreement and one disclosure", 80)] // counted items per unit
    [InlineData("around 120 tenants a year, each one signs the lease and the pet addendum, so two documents", 20)] // the user's own per-unit figure
    [InlineData("maybe 75 sales a month, each sale's one packet, the bill of sale and the title form all in one", 75)] // one packet per unit
    [InlineData("about 50 shipments a week, double that in paperwork", 433)] // "double that"
    [InlineData("every other week we handle about 20 orders", 43)] // a period phrase holding a number opens the clause
    [InlineData("quotes maybe 30 a month, change orders about ten", 40)] // the type said before the amount shares the period
    [InlineData("per quarter we send about 300 invoices, and statements are fewer, about 150", 150)] // type first, period shared
    [InlineData("onboarding packets run 25 a month and the waivers another 15 or so", 40)] // "another" adds
    [InlineData("new policies are maybe 20 a week, renewals add another 10 on top of that", 130)] // added to an untyped amount
    [InlineData("each week we send about fifty. plus the change orders, maybe ten a week more", 260)] // "plus ... more" in the next sentence
    [InlineData("we run four hundred tons a month of gravel, and about two fifty delivery receipts a month", 250)] // a measure is not a document count
    [InlineData("U: so that's about 200 estimates a month || A: ok || U: and we renew roughly 240 maintenance agreements a year", 220)] // a stream said after the total adds
    [InlineData("U: about 30 proposals a month || A: ok || U: and roughly 480 households re-sign every year", 70)] // a proxy stream said apart adds
    [InlineData("U: we close about 25 deals a month || A: ok || U: yeah so 25 contracts a month", 25)] // the same amount as its document counts once
    [InlineData("U: the intake forms that's maybe 20 a month || A: and? || U: and 50 invoices a month", 70)] // "the intake forms that's 20" names a type, not a total
    [InlineData("we send about 40 quotes a week. we take on 10 new clients a month, and every client gets a contract and an intake form", 193)] // per unit only for its own units
    [InlineData("we've got about 600 of those leases and they all renew once a year", 50)] // a period later in the sentence
    [InlineData("every client re-signs the engagement letter once a year, so about 240 of those", 20)] // "once a year, so N"
    [InlineData("A: And how many invoices go out each month? || U: on average maybe ten a day. the service contracts are more like 120 a year", 230)] // a bare answer counts the asked type; "more like" of another type is another stream
    [InlineData("A: How many proposals do you send? || U: usually around 50 a month. the NDAs run more like 10 a month", 60)] // another type after the asked one adds up
    [InlineData("every member renews either the standard plan or the family plan once a year, which comes to about nine hundred a year", 75)] // a per-unit statement summed with its own period
    [InlineData("each patient signs a consent form or a release at check in so thats roughly 240 a month", 240)] // "so that's N a month" after "each ... signs"
    [InlineData("A: How many documents a month? || U: maybe 4 leases a month. plus renewals, 3 a month. and the addendums, 2 a month. so, you know, call it 12", 12)] // a hedge between "so" and the total
    [InlineData("A: How many documents a month? || U: roughly 5 bids a month and 6 change orders a month, so, I dunno, 14ish a month?", 14)] // a hedged total said as a question
    [InlineData("about ten a week, no, more like twelve", 52)] // a correction past "more like" keeps the period
    [InlineData("we do twenty a month, sorry, closer to thirty", 30)] // "closer to" after the cue
    [InlineData("we send about 40 a week, no more than 50", 173)] // "no more than" is a bound, not a correction
    [InlineData("we send leases, like 15 by week", 65)] // "by week" reads as "per week"
    [InlineData("every two weeks id say forty maybe", 87)] // a leading period past a speech-to-text "id say"
    [InlineData("per day we are doing fifteen to twenty onboarding packs", 385)] // a leading period past "we are doing"
    [InlineData("per quarter all documents together it is around nine hundred", 300)] // a leading period past the generic paperwork
    [InlineData("we'd price maybe fifteen jobs a week", 65)] // "price" as the speaker's verb is work, not a cost
    [InlineData("quotes about 20 a month and permits maybe 10 a month", 30)] // permits are a paperwork type of their own
    [InlineData("we send about 80 contracts a month, no wait, that was before we lost a client, these days it's closer to sixty", 60)] // a correction past a clause keeps the period
    [InlineData("we sign roughly 900 leases a year. sorry, this year we're nearer 1,200", 100)] // the revised amount takes the corrected one's period
    [InlineData("the quote volume is usually 300 a week no a month, 300 a month", 300)] // "no a month" corrects the period
    [InlineData("fifteen intakes a day across both offices, no wait, that's too high, more like ten", 220)] // a corrected total
    [InlineData("about ten a week, no, more like twelve. in the slow season four", 52)] // a correction already spent does not revise the next amount
    [InlineData("A: How many a month? || U: in the summer maybe 90, in the winter 30, so on average I'd say 60", 60)] // the average cue belongs to the nearest amount
    [InlineData("we send about 20 quotes a week, no wait, I'd say the whole thing is maybe 300", 87)] // three times the amount or more is no revision
    [InlineData("we take on about 10 new clients a month, and each client need about 6 documents", 60)] // "each client need" is a per-unit link
    [InlineData("new hires maybe eight every month, each one three papers", 24)] // a unit followed straight by its count
    [InlineData("maybe twelve loans a month and each ones got like three things to sign", 36)] // "each ones got"
    [InlineData("about 300 patients a month, each one one consent, some also the payment agreement", 300)] // what only some units add is not per unit
    [InlineData("we book 20 clients a month and each one signs 2 forms", 40)] // "each one signs" is per unit, not per person
    [InlineData("A: Who would send them? || U: my coordinators, five of them. each one sends, I don't know, 3 quotes a day", 330)] // "each one sends" past a hedge is per person
    [InlineData("A: How many people would use it? || U: six producers || A: How many documents? || U: maybe 4 a day. each producer, I mean.", 528)] // per person said in the next sentence
    [InlineData("we run four stores. || A: How many contracts a month? || U: each store does, I'd say, about 25 a month", 100)] // per place x places said earlier
    [InlineData("A: How many contracts a month? || U: each store does about 25 a month", 25)] // no number of places: the amount as said
    [InlineData("we have two branches and we send about 30 a week at each branch", 260)] // "at each branch" after the period
    [InlineData("we send two three proposals a week", 11)] // number words back to back are a spoken range: 2.5 a week
    [InlineData("fifteen twenty contracts a month", 18)] // a spoken range of two number words: 17.5
    [InlineData("the waivers is like fifty for week", 217)] // non-native "for week" is per week
    [InlineData("last year we had around 240 closings", 20)] // a past period before the amount, in its own tense
    [InlineData("about twelve quotes a month and roughly the same number of invoices", 24)] // "the same number of" adds the second type
    [InlineData("twenty leases a month and as many renewals", 40)] // "as many" adds the second type
    [InlineData("A: How many quotes do you send? || U: thirty, maybe forty a week", 152)] // ", maybe" widens to a range: 11 a week
    [InlineData("Proposals, eight, ten a month. Then the renewals, we've got forty clients and they all renew every quarter, so forty of those a quarter.", 22)] // "so forty of those" restates one stream's stock, it sums nothing: 9 + 13
    [InlineData("Engagement letters maybe fifteen per month. New clients, also maybe five.", 20)] // in a list of streams what makes paperwork leads a bare amount
    [InlineData("all in like twenty five proposals a week and then the SOWs, those are maybe five a week", 108)] // "all in" sums the amount after it, not the later one (was 22)
    [InlineData("instructor contracts about sixty per term and enrollment agreements maybe two hundred per term. we run four terms a year", 87)] // a school term over the terms a year the turn states
    [InlineData("about 120 adjunct agreements a semester. we have fall, spring and summer", 30)] // terms named by season: three a year
    [InlineData("one term is three months. in one term, about 120 documents", 40)] // a term's stated length; "in one term" is a period
    [InlineData("we send about 90 consent forms each semester", 15)] // a semester alone is half a year
    [InlineData("about 60 contracts a term", 15)] // a term alone is a third of a year
    [InlineData("we send about 50 quotes in one week", 217)] // "in one week" reads as "in a week"
    public void Extract_VolumeStatement_GivesMonthlyVolume(string script, int expected)
    {
        var signals = SizingTranscript.Extract(script);

        Assert.NotNull(signals.MonthlyVolume);
        Assert.Equal(expected, signals.MonthlyVolume.Value);
        Assert.NotEmpty(signals.VolumeMentions);
    }

    [Theory]
    [InlineData("A: Who would send them, and how many go out a week? || U: two designers and one account lead, so three")] // only people counted
    [InlineData("we go live with 40 contracts in two weeks")] // "in two weeks" is a deadline, not a period
    [InlineData("it's forty dollars a month")] // price
    [InlineData("we pay about 30 a month per seat")] // price
    [InlineData("we get a handful each week")] // unquantified
    [InlineData("hundreds a month, honestly")] // unquantified
    [InlineData("we've been doing this for three years")] // duration
    [InlineData("we hire maybe 5 people a month")] // people, not documents
    [InlineData("I spend about 10 hours a week on paperwork")] // hours
    [InlineData("we have 3 meetings a week about it")] // meetings
    [InlineData("A: So about 500 a month? || U: yeah")] // the assistant's restatement
    [InlineData("our renewal is in 2026 and we grew 30 percent a year")] // year and percentage
    [InlineData("we roast about 900 pounds of coffee a week")] // a measure of goods
    [InlineData("A: How many documents a month? || U: not many. we bottle maybe 3,000 gallons a month")] // production, not paperwork
    [InlineData("the price is maybe fifteen a week")] // a price word that is no verb
    [InlineData("we need it done by the end of the month, about 20 people")] // "by the end" is no period
    [InlineData("we need about 20 contracts signed for month end")] // "for month end" is a deadline
    [InlineData("we run four terms a year")] // counted school terms are a span of time, not paperwork
    public void Extract_NoVolumeStatement_GivesNoMonthlyVolume(string script)
    {
        var signals = SizingTranscript.Extract(script);

        Assert.Null(signals.MonthlyVolume);
    }

    [Fact]
    public void Extract_Volume_ListsTheMentionWithItsPeriodAndType()
    {
        var signals = SizingTranscript.Extract("hmm, we send maybe 25 offer letters a week");

        var mention = Assert.Single(signals.VolumeMentions);
        Assert.Equal(25, mention.Quantity);
        Assert.Equal("week", mention.Period);
        Assert.True(mention.PeriodStated);
        Assert.Equal("offer letters", mention.DocumentType);
        Assert.Equal(108, mention.PerMonth);
        Assert.Equal("item_0", mention.Evidence.ItemId);
        Assert.InRange(mention.Confidence, 0.3, 1);
    }

    [Fact]
    public void Extract_RangeMention_KeepsBothEnds()
    {
        var signals = SizingTranscript.Extract("probably 150 to 200 a day");

        var mention = Assert.Single(signals.VolumeMentions);
        Assert.Equal((150, 200), (mention.Low, mention.High));
        Assert.Equal(3850, mention.PerMonth);
    }

    [Theory]
    [InlineData("we send about 300 renewals every January", 25)] // a batch once a year, in its month
    [InlineData("every spring we send 400 enrollment contracts", 33)] // once a year, in its season
    [InlineData("about 25 proposals a month, and then we do a statement of work, maybe a dozen of those a month", 37)] // a singular type named before "a dozen of those"
    [InlineData("U: about five thousand contracts a month || A: ok || U: they charge per envelope and at five thousand a month that hurts", 5000)] // "per envelope" is a price unit, not another type
    public void Extract_VolumeSaidOtherWays_GivesMonthlyVolume(string script, int expected)
    {
        var signals = SizingTranscript.Extract(script);

        Assert.NotNull(signals.MonthlyVolume);
        Assert.Equal(expected, signals.MonthlyVolume.Value);
    }

    [Theory]
    [InlineData("Headcount is 62 as of this month.")] // dated by "as of", not a rate
    [InlineData("our average retainer is around 12k a month")] // money earned, not documents
    [InlineData("revenue is about 80k a month")] // money earned, not documents
    public void Extract_AmountThatIsNoVolume_GivesNoMonthlyVolume(string script)
    {
        var signals = SizingTranscript.Extract(script);

        Assert.Null(signals.MonthlyVolume);
    }
}
