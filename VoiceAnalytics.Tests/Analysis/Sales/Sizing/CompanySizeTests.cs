namespace VoiceAnalytics.Tests.Analysis.Sales.Sizing;

public sealed class CompanySizeTests
{
    [Theory]
    [InlineData("we have roughly 250 employees across three sites", 250)] // employee noun
    [InlineData("we're thirty full-time and hire freelancers per project", 30)] // hyphenated "full-time" is an employment frame
    [InlineData("about 3,000 people worldwide", 3000)] // a worldwide total
    [InlineData("the factory is about two hundred people", 200)] // a plant or factory is the organization
    [InlineData("we are twelve working here, but the drivers don't touch paperwork", 12)] // "N working here"
    [InlineData("we're a 12-person agency", 12)] // size compound
    [InlineData("it's a three hundred person company", 300)] // compound without a hyphen
    [InlineData("we're a fifteen person SaaS startup", 15)] // a modifier between the compound and the organization
    [InlineData("there's about 40 people in the company", 40)] // people in the company
    [InlineData("the firm has 18 people", 18)] // "the firm has N"
    [InlineData("the business is about 35 people in total", 35)] // a total
    [InlineData("out of about 30 staff, five would use it", 30)] // "out of N"
    [InlineData("we're a logistics company, about 90 people", 90)] // organization then headcount
    [InlineData("we're about thirty people", 30)] // "we're N people"
    [InlineData("A: How many employees do you have? || U: roughly 75", 75)] // answer to a headcount question
    [InlineData("we employ about 140 people", 140)] // "we employ N"
    [InlineData("I'm a freelance bookkeeper, a one-woman operation", 1)] // a one-person business said outright
    [InlineData("no staff at all, I'm a one man show", 1)] // "show" names the business
    [InlineData("the practice overall is around seventy with the hygienists", 70)] // "overall" between the organization and the count
    [InlineData("we're four people and all four of us would use it", 4)] // headcount and seats
    [InlineData("we are nine, and everybody sends proposals", 9)] // a bare "we are N" that ends its clause
    [InlineData("I'm the only employee here", 1)] // "the only employee" states the headcount
    [InlineData("we're twenty people and we'd all use it", 20)] // the whole group would use it
    [InlineData("about 40 people work here", 40)] // "N people work here"
    [InlineData("we have about 60 people", 60)] // "we have N people"
    [InlineData("we have a staff of 30", 30)] // "a staff of N"
    [InlineData("our headcount is about 80", 80)] // "headcount is N"
    [InlineData("the company's about 65 people", 65)] // possessive "company's"
    [InlineData("it's a company of about 50, but just four of us in finance would use it", 50)] // "a company of N"
    [InlineData("the whole company would use it, so about 45 people", 45)] // everyone uses it
    [InlineData("I'm the sales manager at steadfast valve, we manufacture industrial valves, about four hundred people here", 400)] // "N people here"
    [InlineData("we're about ninety faculty and staff total", 90)] // a total of staff
    [InlineData("here we are forty-five peoples, the headquarter is in Osaka", 45)] // "here we are N"
    [InlineData("I'm the office administrator at harrow and meade, we do litigation and estate planning, about forty people, and one of the partners asked me", 40)] // set off after a clause about the business
    [InlineData("we're a b2b saas company about a hundred and twenty people", 120)] // organization right before the count
    [InlineData("the whole company's about a hundred and ten but the therapists wouldn't touch it", 110)] // the whole, not its users
    public void Extract_HeadcountStatement_GivesCompanySize(string script, int expected)
    {
        var signals = SizingTranscript.Extract(script);

        Assert.NotNull(signals.CompanySize);
        Assert.Equal(expected, signals.CompanySize.Value);
        Assert.NotNull(signals.CompanySize.Evidence);
    }

    [Theory]
    [InlineData("three of us would use it")] // seats only
    [InlineData("A: How many documents a month? || U: we are at forty, maybe fifty")] // a bare "we are" answering a volume question
    [InlineData("I'm the only one who sends them")] // a solo user, not a stated headcount
    [InlineData("we have 40 people who'd use it")] // seats only, even with "we have"
    [InlineData("our office is 12 people")] // an office is not the company
    [InlineData("the plan is a bit steep for five people")] // pricing for seats
    [InlineData("it's just me and my assistant using it")] // users, not a stated headcount
    [InlineData("we have about 300 clients")] // customers
    [InlineData("A: Who'd be sending? || U: the coordinators and the front desk, so nine people total")] // a summed team, not a headcount
    [InlineData("our team's 8 people")] // a team, not the company
    [InlineData("we have like 20 people in sales")] // a department, not the company
    [InlineData("we're a small dental clinic, four front desk staff would use it")] // a group of staff who would use it
    [InlineData("it's just me, I'm a freelance bookkeeper")] // who does the work, not a stated headcount (LABELS: only when explicit)
    [InlineData("honestly it's only me handling the contracts")] // solo worker, headcount unknown
    [InlineData("please set me up with fifteen seats on the business tier")] // seats bought "on business" are not staff
    [InlineData("A: How many staff would be sending them? || U: the scheduling desk, about seven staff")] // a group's staff
    [InlineData("A: How many staff would be sending them? || U: the billing side, both sites, all told six people")] // a group, not the company
    [InlineData("at the quoted price for four people the business plan is a stretch")] // pricing seats, not "a four person business"
    [InlineData("it's me, my bookkeeper and the three warehouse staff")] // an enumeration of users
    [InlineData("i run the firm day to day, but software goes to a vote of the partners, there are five of us")] // "of us" may be partners or a team
    [InlineData("The company's a few hundred with the warehouse crews but they'd never touch it.")] // "a few hundred" states no headcount
    [InlineData("we sell to clinics, about 400 people use our app")] // customers, not staff
    [InlineData("A: How many would send documents? || U: twelve people here in the sales office")] // "here in" a part of the company, not the company
    public void Extract_NoHeadcountStatement_GivesNoCompanySize(string script)
    {
        var signals = SizingTranscript.Extract(script);

        Assert.Null(signals.CompanySize);
    }

    [Fact]
    public void Extract_HeadcountAndSeats_KeepsThemApart()
    {
        var signals = SizingTranscript.Extract(
            "A: How many people at the firm would be sending documents? || U: there are about sixty people at the firm, but the ones who'd actually send things, that's nine of us");

        Assert.Equal(60, signals.CompanySize?.Value);
        Assert.Equal(9, signals.TeamSize?.Value);
    }

    [Theory]
    [InlineData("A: Who would be sending? || U: my two coordinators and me. so three. payroll wise we're at 58 right now", 58)] // employment frame
    [InlineData("we're nineteen full time and a bunch of seasonal help", 19)] // "full time" sizes the staff
    [InlineData("we had 26 on the payroll as of last quarter", 26)] // a dated count is no rate
    [InlineData("just the five of us. which is the entire practice", 5)] // the whole organization restated
    [InlineData("nine of us, three who'd actually use it", 9)] // a whole against the users in it
    [InlineData("we have 31 staff total but the drivers wouldn't use it", 31)] // a total that holds non-users
    [InlineData("A: Who would be sending? || U: me and two planners so three. we got eleven installers out in the field plus us so fourteen total", 14)] // a second, larger total
    [InlineData("we're a small architecture firm, design and permitting, 16 people", 16)] // a self-introduction
    [InlineData("were an hvac outfit um residential mostly about thirty people", 30)] // the introduction in raw speech
    [InlineData("theres nine of us at the moment", 9)] // "there's N of us" when not asked who would use it
    [InlineData("the brokerages about 35 people", 35)] // a possessive without its apostrophe
    [InlineData("we're 23 people in the office and nobody else", 23)] // the small firm's office
    [InlineData("we got about forty worker total", 40)] // a singular headcount noun
    [InlineData("we're a small design agency in Leeds, eight of us. the five who pitch would use it", 8)] // "of us" set off after the organization
    [InlineData("we're a mortgage brokerage in Leeds. Fourteen of us.", 14)] // "of us" opening the sentence after the organization
    [InlineData("we're a family bakery, nine of us and honestly everyone would use it", 9)] // the whole group would use it
    [InlineData("it's just the three of us, me and two other stylists", 3)] // "it's just the N of us"
    [InlineData("A: Who would be sending? || U: there's six of us all up, me included, and everyone would be on it", 6)] // a total beats the question about users
    [InlineData("there are nine of us including me", 9)] // the speaker counted in
    [InlineData("there's ten of us in the office but our bookkeeper wouldn't send anything", 10)] // the office holds the non-users
    [InlineData("we are twelve in the office, but on site we hire many more", 12)] // a bare count in the office
    [InlineData("we run a small accounting practice. Twenty people, and the six partners would all be sending", 20)] // a size opening the sentence after the organization
    [InlineData("we are a logistics firm with about eighty people, and I am the office manager", 80)] // "and I am" opens a clause, it adds nobody
    [InlineData("about three hundred staff in the group altogether", 300)] // the group a company belongs to is no department
    [InlineData("We're a trucking company, about 120 drivers and 30 people in the office.", 150)] // a role plus the office staff
    [InlineData("We've got twenty-two on the floor and five in the office, but the floor blokes don't need it.", 27)] // a workforce split by place
    [InlineData("we got thirty eight guys in the field plus the four of us in the office", 42)] // "plus" joins the parts
    [InlineData("we are like fifteen agents in my team and the whole office is maybe sixty people", 60)] // the whole office is the firm
    public void Extract_HeadcountSaidInSpeech_GivesCompanySize(string script, int expected)
    {
        var signals = SizingTranscript.Extract(script);

        Assert.NotNull(signals.CompanySize);
        Assert.Equal(expected, signals.CompanySize.Value);
    }

    [Theory]
    [InlineData("we're a parish of about two hundred members")] // members are not staff
    [InlineData("A: How many people would use it? || U: theres four of us")] // an answer about users
    [InlineData("payroll is done by our accountant, we send 40 invoices a month")] // documents, not people
    [InlineData("the three dealerships about 90 cars a month")] // a counted organization, not a possessive
    [InlineData("A: Who would be sending? || U: it's just the two of us")] // an answer about users
    [InlineData("I lead the sales team at a software company, eight of us")] // the team, not the company
    [InlineData("there are five of us")] // partners or a team as often as the company
    [InlineData("A: How many people would use it? || U: seven staff in the department")] // a department's staff
    [InlineData("we're about twelve sales people")] // a department's people
    [InlineData("our whole team is twelve people")] // a whole team is still a team
    [InlineData("we have twelve drivers and three dispatchers")] // roles with no workplace are no workforce split
    public void Extract_SpeechWithoutHeadcount_GivesNoCompanySize(string script)
    {
        var signals = SizingTranscript.Extract(script);

        Assert.Null(signals.CompanySize);
    }

    [Theory]
    [InlineData("our headcount is 85 as of January", 85)] // a headcount dated by "as of", not a rate
    [InlineData("we're roughly 60 strong now, mostly engineers", 60)] // "N strong"
    [InlineData("the company is 300 strong", 300)] // "the company is N strong"
    [InlineData("We are a distributor, we have 45 collaborators in two countries.", 45)] // a Romance speaker's word for employees
    [InlineData("law firm. eleven attorneys five staff.", 16)] // a role and the rest of the staff add up
    [InlineData("We are 55 developers and 10 others, so 65.", 65)] // a role and "others"
    [InlineData("my wife does the books and we've got six guys on the crew, so eight of us all told", 8)] // a total of the parts ("all told")
    [InlineData("there's me, my brother, and we've got six guys in the shop, so eight of us all told", 8)] // the total beats a part said as strongly
    [InlineData("we have a workforce of about 200", 200)] // "a workforce of N"
    [InlineData("headcount sits at 140", 140)] // a size verb links the headcount to its number
    [InlineData("the firm has grown to 65 people", 65)] // "has grown to N"
    [InlineData("our company numbers about 75 people", 75)] // "the company numbers N"
    public void Extract_HeadcountSaidOtherWays_GivesCompanySize(string script, int expected)
    {
        var signals = SizingTranscript.Extract(script);

        Assert.NotNull(signals.CompanySize);
        Assert.Equal(expected, signals.CompanySize.Value);
    }

    [Theory]
    [InlineData("A: Who would use it? || U: two designers and a developer, so three of us total")] // a total of users asked for, not the company
    [InlineData("A: Who'd be sending? || U: just the five staff would need logins")] // "the five staff" points back at a group that would use it
    public void Extract_TotalOrStaffOfUsers_GivesNoCompanySize(string script)
    {
        var signals = SizingTranscript.Extract(script);

        Assert.Null(signals.CompanySize);
    }
}
