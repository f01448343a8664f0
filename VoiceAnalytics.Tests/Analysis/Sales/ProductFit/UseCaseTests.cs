using VoiceAnalytics.Core.Analysis.Sales.ProductFit;

namespace VoiceAnalytics.Tests.Analysis.Sales.ProductFit;

public sealed class UseCaseTests
{
    [Theory]
    [InlineData("mostly sales proposals for new accounts", "proposals")]
    [InlineData("we send vendor agreements and service contracts", "contracts")]
    [InlineData("our engagement letters go out every January", "contracts")]
    [InlineData("dispatch sends a rate confirmation for every load", "contracts")]
    [InlineData("the buyer's order is the big one", "contracts")]
    [InlineData("price quotes for custom cabinets", "quotes")]
    [InlineData("estimates and bids for roofing jobs", "quotes")]
    [InlineData("order forms for wholesale accounts", "quotes")]
    [InlineData("every partner signs a mutual NDA first", "ndas")]
    [InlineData("a non-disclosure agreement before the demo", "ndas")]
    [InlineData("the welcome packet for new clients", "onboarding")]
    [InlineData("we onboard maybe ten new customers a month", "onboarding")]
    [InlineData("offer letters and the employee handbook", "hr_documents")]
    [InlineData("onboarding paperwork for new employees", "hr_documents")]
    [InlineData("invoices for the retainer clients", "invoices")]
    [InlineData("the loan application and a few disclosures", "forms")]
    [InlineData("a new patient intake form", "forms")]
    [InlineData("statements of work for each project", "sows")]
    [InlineData("each client gets a scope of work", "sows")]
    [InlineData("the MSA goes out after the first call", "contracts")]
    [InlineData("lease agreements for our apartments", "leases")]
    [InlineData("lease renewals every summer", "leases")]
    [InlineData("liability waivers for the climbing gym", "consent_forms")]
    [InlineData("photo releases from the parents", "consent_forms")]
    [InlineData("field trip permission slips", "consent_forms")]
    public void Extract_UserNamesDocumentType_MapsToUseCase(string userText, string expected) =>
        Assert.Contains(expected, UseCases(userText));

    [Fact]
    public void Extract_ConsentForms_AreNotAlsoForms() =>
        Assert.Equal(["consent_forms"], UseCases("we need consent forms signed before treatment"));

    [Theory]
    [InlineData("our controller has to sign off on the contract before we buy", "contracts")]
    [InlineData("we're locked into an annual contract with them", "contracts")]
    [InlineData("our Acrobat Sign contract is up in May", "contracts")]
    [InlineData("how long is the contract with PandaDoc?", "contracts")]
    [InlineData("procurement wants three quotes before buying", "quotes")]
    [InlineData("can you get me a quote for ten seats?", "quotes")]
    [InlineData("the renewal quote they sent was huge", "quotes")]
    [InlineData("could sales bring a ballpark quote for twenty seats?", "quotes")]
    [InlineData("our lawyers will want the MSA before we sign", "contracts")]
    [InlineData("our outside counsel uses Ironclad for the vendor contracts", "contracts")]
    [InlineData("we don't do proposals at all", "proposals")]
    [InlineData("will you invoice us annually?", "invoices")]
    [InlineData("can you help with onboarding my team?", "onboarding")]
    public void Extract_NotTheUsersDocuments_LeavesItOut(string userText, string excluded) =>
        Assert.DoesNotContain(excluded, UseCases(userText));

    [Fact]
    public void Extract_UseCase_CarriesEvidence()
    {
        var useCase = Assert.Single(ProductFitExtractor.Extract(TranscriptBuilder.FromUser("hello. we mostly send NDAs.")).UseCases);

        Assert.Equal("ndas", useCase.Value);
        Assert.Equal("we mostly send NDAs.", useCase.Evidence!.Quote);
    }

    [Theory]
    [InlineData("and the customer onboarding form where they list their locations", "onboarding")]
    [InlineData("the parent photo release forms, one per kid", "consent_forms")]
    public void Extract_FormWordAfterAnotherDocumentType_IsThatDocument(string userText, string expected)
    {
        var found = UseCases(userText);

        Assert.Contains(expected, found);
        Assert.DoesNotContain("forms", found);
    }

    [Theory]
    [InlineData("their procurement team sends a supplier questionnaire every year")]
    [InlineData("we had to fill in a vendor form for the hospital")]
    public void Extract_PaperworkTheirBuyersSend_IsNotAForm(string userText) =>
        Assert.DoesNotContain("forms", UseCases(userText));

    [Theory]
    [InlineData("the move out checklist the tenant signs", "forms")]
    [InlineData("staff contracts for the teachers every August", "hr_documents")]
    public void Extract_ChecklistsAndStaffContracts_MapToTheirUseCase(string userText, string expected) =>
        Assert.Contains(expected, UseCases(userText));

    [Theory]
    [InlineData("we're stuck in their contract till spring, but we send leases", "contracts")]
    [InlineData("we're under contract with them through June, we send offer letters", "contracts")]
    [InlineData("just send me the order form for six seats, we do proposals", "quotes")]
    [InlineData("the W-4, the I-9 and the direct deposit form for new hires", "forms")]
    [InlineData("our invoicing all runs through QuickBooks, we send proposals", "invoices")]
    [InlineData("mostly consent forms. can they see the form on a phone?", "forms")]
    public void Extract_DocumentsThatAreNotTheirUseCase_AreLeftOut(string userText, string excluded) =>
        Assert.DoesNotContain(excluded, UseCases(userText));

    [Theory]
    [InlineData("people rent the hall and sign a rental agreement", "contracts")]
    [InlineData("we send our terms of business to every new client", "contracts")]
    [InlineData("we send a lot of intake forms", "forms")]
    [InlineData("we send invoices and quotes", "invoices")]
    [InlineData("we send the contract to each client once they agree", "contracts")]
    public void Extract_DocumentsTheySend_AreKept(string userText, string expected) =>
        Assert.Contains(expected, UseCases(userText));

    // A document word that ends a tool's name is the name; a retainer as a fee is not a contract; consent said as
    // permission or a release for a treatment is a consent form.
    [Theory]
    [InlineData("we been using better proposals the british one for the event contracts", new[] { "contracts" })]
    [InlineData("the statement of work with the deliverables and the monthly retainer", new[] { "sows" })]
    [InlineData("the papers the patient signs, the permission for the procedure", new[] { "consent_forms" })]
    [InlineData("a media release and the hipaa authorization", new[] { "consent_forms" })]
    public void Extract_ToolNamesFeesAndConsentByOtherNames(string userText, string[] expected) =>
        Assert.Equal(expected.Order(), UseCases(userText).Order());

    // A production's releases and deal memos, HR letters by other names, a bare contract a new worker signs (HR
    // paperwork), and the contract or data processing agreement signed with the vendor (not a use case).
    [Theory]
    [InlineData("appearance releases and crew deal memos for every shoot", new[] { "consent_forms", "contracts" })]
    [InlineData("on a shoot day every extra has to sign a release", new[] { "consent_forms" })]
    [InlineData("HR also wants it for appointment letters", new[] { "hr_documents" })]
    [InlineData("Every new worker must sign contract and the health questions", new[] { "hr_documents" })]
    [InlineData("our lawyer will check everything before we sign contract with you", new string[0])]
    [InlineData("we would need a data processing agreement", new string[0])]
    [InlineData("our customers sign our license agreement inside our app", new[] { "contracts" })]
    public void Extract_DocumentsByTheirTradeNamesAndWhoSigns(string userText, string[] expected) =>
        Assert.Equal(expected.Order(), UseCases(userText).Order());

    private static List<string> UseCases(string userText) =>
        [.. ProductFitExtractor.Extract(TranscriptBuilder.FromUser(userText)).UseCases.Select(e => e.Value)];
}
