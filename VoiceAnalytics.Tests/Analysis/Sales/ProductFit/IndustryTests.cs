using VoiceAnalytics.Core.Analysis.Sales.ProductFit;

namespace VoiceAnalytics.Tests.Analysis.Sales.ProductFit;

public sealed class IndustryTests
{
    [Theory]
    [InlineData("I run the front desk at a pediatric dental office", "healthcare")]
    [InlineData("we're a two-attorney law practice downtown", "legal")]
    [InlineData("I'm a solo attorney", "legal")]
    [InlineData("we manage about two hundred rental properties", "real_estate")]
    [InlineData("I'm at a small wealth management shop", "finance")]
    [InlineData("we're an independent insurance agency", "insurance")]
    [InlineData("I coordinate admissions for a private school", "education")]
    [InlineData("we're a B2B SaaS company", "software")]
    [InlineData("I run a tiny creative agency, mostly branding work", "marketing_agency")]
    [InlineData("we're a general contractor doing kitchen remodels", "construction")]
    [InlineData("we manufacture industrial pumps", "manufacturing")]
    [InlineData("I'm the director of a food bank", "nonprofit")]
    [InlineData("we're a recruiting agency placing nurses", "hr_staffing")]
    [InlineData("we own two furniture stores", "retail")]
    [InlineData("I'm an independent consultant", "consulting")]
    [InlineData("I work in the permits office for the county", "government")]
    [InlineData("we run a wedding venue", "hospitality")]
    [InlineData("I'm the finance manager at a car dealership", "automotive")]
    [InlineData("we're a freight brokerage out of Memphis", "logistics")]
    [InlineData("we're a tiny accounting practice", "finance")]
    [InlineData("we're an event planning company in Austin", "hospitality")]
    public void Extract_UserDescribesOwnCompany_GivesItsIndustry(string userText, string expected) =>
        Assert.Equal(expected, Industry(userText));

    [Theory]
    [InlineData("our clients are mostly law firms, we're a twelve person SaaS company", "software")]
    [InlineData("we build scheduling software for hospitals, a small software startup", "software")]
    [InlineData("we're a staffing agency and our customers are hospitals", "hr_staffing")]
    public void Extract_CustomersIndustryNamed_KeepsTheUsersOwn(string userText, string expected) =>
        Assert.Equal(expected, Industry(userText));

    [Theory]
    [InlineData("we're a small design agency, most of our customers are in dental, clinics, a hospital or two", "marketing_agency")]
    [InlineData("our clients include banks, credit unions, lenders, and we're a staffing agency", "hr_staffing")]
    public void Extract_ClientListRunsAcrossCommas_StaysAboutTheClients(string userText, string expected) =>
        Assert.Equal(expected, Industry(userText));

    [Theory]
    [InlineData("I'm with the township, we handle community hall rentals", "government")]
    [InlineData("we build booking software for dental offices and small clinics", "software")]
    [InlineData("we're an equipment finance company out of Denver", "finance")]
    [InlineData("we are a concrete outfit doing commercial work", "construction")]
    public void Extract_SelfDescriptionClause_OutweighsIncidentalWords(string userText, string expected) =>
        Assert.Equal(expected, Industry(userText));

    [Theory]
    [InlineData("we're a plumbing outfit, we mostly do service calls for dental clinics", "construction")]
    [InlineData("so we do the landscaping for hotels and a couple resorts", "construction")]
    [InlineData("we handle payroll filings for law firms, we're basically a bookkeeping shop", "finance")]
    public void Extract_IndustryOfThoseTheyWorkFor_IsLeftOut(string userText, string expected) =>
        Assert.Equal(expected, Industry(userText));

    [Theory]
    [InlineData("I'm the office manager for a dental practice", "healthcare")]
    [InlineData("I work for hospitals, in the billing office", "healthcare")]
    public void Extract_OneOrganisationAfterFor_IsWhereTheyWork(string userText, string expected) =>
        Assert.Equal(expected, Industry(userText));

    [Theory]
    [InlineData("we make stainless fittings and flanges, about ninety people", "manufacturing")]
    [InlineData("we produce corrugated boxes out of two plants", "manufacturing")]
    [InlineData("we make websites and run ads, a small marketing agency", "marketing_agency")]
    public void Extract_WhatTheyMake_GivesManufacturingUnlessNamedOtherwise(string userText, string expected) =>
        Assert.Equal(expected, Industry(userText));

    [Theory]
    [InlineData("we place travel nurses for clinics across Ohio", "hr_staffing")]
    [InlineData("we are a small real state office in Laredo", "real_estate")]
    [InlineData("its a dev shop, custom software for startups", "software")]
    [InlineData("a tiny branding studio, logos and packaging", "marketing_agency")]
    [InlineData("this is dana over at harbor auto group, we run four stores", "automotive")]
    public void Extract_HowRealSpeakersNameTheirTrade_GivesItsIndustry(string userText, string expected) =>
        Assert.Equal(expected, Industry(userText));

    [Theory]
    [InlineData("our insurance wants every waiver signed")]
    [InlineData("my bank needs a copy of the agreement")]
    public void Extract_ProviderTheUserBuysFrom_GivesNoIndustry(string userText) =>
        Assert.Null(Industry(userText));

    [Theory]
    [InlineData("I'm a wedding photographer")]
    [InlineData("our accountant handles that part")]
    [InlineData("I run a dog grooming business")]
    [InlineData("my email is sam at harbor freight logistics dot com")]
    [InlineData("hi, can you hear me?")]
    public void Extract_NoIndustryInEnum_GivesNull(string userText) => Assert.Null(Industry(userText));

    [Fact]
    public void Extract_HintsAlone_NeedSeveral()
    {
        Assert.Null(Industry("one patient asked about it"));
        Assert.Equal("healthcare", Industry("our patients sign on a tablet. the therapist reviews it with each patient"));
    }

    [Fact]
    public void Extract_Industry_QuotesTheNamingSentence()
    {
        var industry = ProductFitExtractor.Extract(TranscriptBuilder.FromUser("hi there. we're a small accounting firm in Ohio.")).Industry;

        Assert.NotNull(industry);
        Assert.Equal("we're a small accounting firm in Ohio.", industry.Evidence!.Quote);
        Assert.InRange(industry.Confidence, 0.5, 0.95);
    }

    [Theory]
    [InlineData("we do heating and cooling installs around the county", "construction")]
    [InlineData("it's a small practice, mostly family law and probate", "legal")]
    [InlineData("we're three clothing boutiques downtown", "retail")]
    [InlineData("we're a residential moving company", "logistics")]
    [InlineData("we're a social media agency, about ten of us", "marketing_agency")]
    [InlineData("we own and manage a dozen commercial properties", "real_estate")]
    public void Extract_TradeNamedByWhatTheyDo_GivesItsIndustry(string userText, string expected) =>
        Assert.Equal(expected, Industry(userText));

    [Theory]
    [InlineData("we sell booking software to physio clinics", "software")]
    [InlineData("we place caregivers in nursing homes across the state", "hr_staffing")]
    public void Extract_WhatTheySellOrWhereTheyPlace_IsNotTheirIndustry(string userText, string expected) =>
        Assert.Equal(expected, Industry(userText));

    // The group after "to/for" is a whole noun phrase: every coordinated part is the customer.
    [Theory]
    [InlineData("we're a tiny startup, we sell a booking tool to hospitals and dental clinics", "software")]
    [InlineData("we're a small startup, we build a scheduling tool for physios or vet clinics", "software")]
    public void Extract_CoordinatedGroupAfterSellTo_IsAllCustomers(string userText, string expected) =>
        Assert.Equal(expected, Industry(userText));

    // A trade document after "for" is what the signing is for, not whom the user serves.
    [Theory]
    [InlineData("I want to know if your e-signatures hold up for insurance applications in Florida", "insurance")]
    [InlineData("do your signatures hold up in court for change orders", "construction")]
    public void Extract_TradeDocumentAfterFor_StillPlacesTheUser(string userText, string expected) =>
        Assert.Equal(expected, Industry(userText));

    [Theory]
    [InlineData("we make them in Word and print them")]
    [InlineData("we do all the billing in a spreadsheet")]
    [InlineData("i thought this was the bank calling back")]
    [InlineData("most of our staff are high school kids on weekends")]
    public void Extract_IndustryLookingWordsThatPlaceNoCompany_GiveNull(string userText) =>
        Assert.Null(Industry(userText));

    // In a compound the last noun names the business; the industry word before it only modifies it.
    [Theory]
    [InlineData("i'm the events coordinator at the marlowe, it's a boutique hotel", "hospitality")]
    [InlineData("we're a healthcare staffing agency", "hr_staffing")]
    [InlineData("we're a real estate law firm", "legal")]
    public void Extract_IndustryWordBeforeANamingWord_TheHeadNounNamesIt(string userText, string expected) =>
        Assert.Equal(expected, Industry(userText));

    // Category words: manufacturing processes, local-government job titles, kinds of shop that sell goods.
    [Theory]
    [InlineData("we are a metal stamping company, about 140 employees", "manufacturing")]
    [InlineData("we do injection molding for auto parts suppliers", "manufacturing")]
    [InlineData("I'm the town clerk here, we handle permits and the paving contracts", "government")]
    [InlineData("i have online shop selling tea and tea ware", "retail")]
    [InlineData("so i own a home goods shop and we do wholesale orders for cafes", "retail")]
    public void Extract_CategoryWordsOfTheTrade_GiveTheIndustry(string userText, string expected) =>
        Assert.Equal(expected, Industry(userText));

    // Apps and games name a software business only as what the user builds or sells.
    [Theory]
    [InlineData("i'm a developer, i build little ordering apps for cafes", "software")]
    [InlineData("General counsel at Pixelforge, we make mobile games.", "software")]
    public void Extract_SoftwareProductTheUserMakes_IsSoftware(string userText, string expected) =>
        Assert.Equal(expected, Industry(userText));

    [Theory]
    [InlineData("do you have mobile apps, and do the games thing for sign ups?")]
    [InlineData("the apps on my phone never work with attachments")]
    public void Extract_SoftwareProductWordNotTheirs_GivesNull(string userText) =>
        Assert.Null(Industry(userText));

    // The object of a service verb is the customer, not the user's trade.
    [Theory]
    [InlineData("I am partner in a small consulting firm. We advise hospitals and clinics on their organisation", "consulting")]
    [InlineData("i have commercial cleaning company we clean the office and the clinic", null)]
    [InlineData("we're an insurance agency, we insure restaurants and hotels", "insurance")]
    public void Extract_IndustryAsObjectOfServiceVerb_IsLeftOut(string userText, string? expected) =>
        Assert.Equal(expected, Industry(userText));

    // Documents and roles only one trade has place the user's business when nothing names it.
    [Theory]
    [InlineData("Policy applications and renewals. Signature forms, basically.", "insurance")]
    [InlineData("mostly rate confirmations for the carriers", "logistics")]
    [InlineData("buyer's orders and the credit apps", "automotive")]
    [InlineData("The title and the retail installment contract stay with our DMS.", "automotive")]
    [InlineData("bids, change orders and lien waivers", "construction")]
    [InlineData("we're a freight brokerage and we do rate cons and change orders", "logistics")]
    public void Extract_DocumentsOnlyOneTradeHas_GiveTheIndustry(string userText, string expected) =>
        Assert.Equal(expected, Industry(userText));

    // A builder of documents or pages is a product feature, not a building trade.
    [Theory]
    [InlineData("honestly the proposal builder is what sold me", null)]
    [InlineData("I love the form builder. We write commercial policies and the csrs send them", "insurance")]
    [InlineData("we're a builder, mostly commercial fit-outs", "construction")]
    public void Extract_BuilderOfDocumentsOrPages_IsAFeatureNotATrade(string userText, string? expected) =>
        Assert.Equal(expected, Industry(userText));

    // A plural group defined by how it deals with the user's company is a customer, not the company.
    [Theory]
    [InlineData("supply agreements with the hotels that stock our soap, and we're a small manufacturer", "manufacturing")]
    [InlineData("mostly the clinics who buy from us", null)]
    [InlineData("we're three restaurants that share our kitchen", "hospitality")]
    public void Extract_GroupDefinedByItsDealingsWithUs_IsLeftOut(string userText, string? expected) =>
        Assert.Equal(expected, Industry(userText));

    // Lines of coverage an agent or broker places name insurance, even after "we place".
    [Theory]
    [InlineData("I'm an independent broker, we place general liability and workers comp for contractors", "insurance")]
    [InlineData("we mostly write commercial coverage for trucking outfits", "insurance")]
    public void Extract_LinesOfCoverage_GiveInsurance(string userText, string expected) =>
        Assert.Equal(expected, Industry(userText));

    // Lodging and event places in the plural or by their other names; the head noun wins over "boutique".
    [Theory]
    [InlineData("we run three little boutique inns up in the valley", "hospitality")]
    [InlineData("we've got two motels and a campground", "hospitality")]
    public void Extract_LodgingPlacesByOtherNames_GiveHospitality(string userText, string expected) =>
        Assert.Equal(expected, Industry(userText));

    // A plant or shop where the user makes goods names manufacturing over a trade's role word ("estimators").
    [Theory]
    [InlineData("we're a cabinet shop, we build kitchen cabinets in our own plant", "manufacturing")]
    [InlineData("our two estimators price every job for the production floor", "manufacturing")]
    public void Extract_OwnPlantOrShop_GivesManufacturing(string userText, string expected) =>
        Assert.Equal(expected, Industry(userText));

    // The matter a help verb's customers are helped "with" is the user's own trade; the customers stay out.
    [Theory]
    [InlineData("we are a small firm of advisors, we help mid-size companies with their strategy and their reorganisation", "consulting")]
    [InlineData("we help hospitals with their change management", "consulting")]
    public void Extract_MatterHelpedWith_IsTheUsersTrade(string userText, string expected) =>
        Assert.Equal(expected, Industry(userText));

    // "school" as a time or modifier ("after school", "the school year") is not a school.
    [Theory]
    [InlineData("we run after school clubs for kids", null)]
    [InlineData("we run after school clubs at six schools, we're a registered charity", "nonprofit")]
    public void Extract_SchoolAsTimeOrModifier_IsNotEducation(string userText, string? expected) =>
        Assert.Equal(expected, Industry(userText));

    // The parties a go-between connects, and the other side of an agreement, are not the user's company.
    [Theory]
    [InlineData("we place travel nurses, so we're basically the middle man between the clinicians and the hospitals", "hr_staffing")]
    [InlineData("we place nurses, and there's a contract with the hospital, a contract with the clinic", "hr_staffing")]
    public void Extract_PartiesBetweenOrToAnAgreement_AreLeftOut(string userText, string expected) =>
        Assert.Equal(expected, Industry(userText));

    private static string? Industry(string userText) => ProductFitExtractor.Extract(TranscriptBuilder.FromUser(userText)).Industry?.Value;
}
