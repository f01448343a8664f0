using VoiceAnalytics.Core.Analysis.Sales.ProductFit;

namespace VoiceAnalytics.Tests.Analysis.Sales.ProductFit;

/// <summary>Bids and quotes that name a proposal, invoices paid to the vendor, filed applications, worker onboarding.</summary>
public sealed class UseCaseRestatementTests
{
    [Theory]
    [InlineData("bid proposals to owners and the subcontract agreements")]
    [InlineData("the big thing is bids like the proposals we send to the owners")]
    [InlineData("Bids. Proposals to owners, basically.")]
    [InlineData("some of the proposals quote patient numbers from the hospitals")]
    [InlineData("many of our proposals we quote in dollars")]
    public void Extract_BidOrQuoteBesideAProposal_IsThatProposal(string userText) =>
        Assert.Equal(["proposals"], UseCases(userText).Where(v => v is "proposals" or "quotes"));

    [Fact]
    public void Extract_BidsRestatedAsProposals_StayProposalsLaterInTheCall() =>
        Assert.DoesNotContain("quotes", UseCases("bid proposals to homeowners mostly", "bids probably thirty a month"));

    [Theory]
    [InlineData("bids and proposals for every job")]
    [InlineData("bids, quotes basically, and subcontracts")]
    [InlineData("estimates and bids for roofing jobs")]
    public void Extract_BidsListedApartFromProposals_AreQuotes(string userText) =>
        Assert.Contains("quotes", UseCases(userText));

    [Theory]
    [InlineData("and can I pay with invoice or only card")]
    [InlineData("can we pay per invoice, in euros?")]
    [InlineData("I'll dig out our current DocuSign invoice so they can see what we're paying")]
    public void Extract_InvoiceForTheProduct_IsLeftOut(string userText) =>
        Assert.DoesNotContain("invoices", UseCases(userText));

    [Fact]
    public void Extract_InvoicesTheySend_AreKept() =>
        Assert.Contains("invoices", UseCases("contracts and the deposit invoices for each event"));

    [Theory]
    [InlineData("i'll mostly send quotes and the applications")]
    [InlineData("applications um renewal quotes and the commission agreements")]
    [InlineData("renewal proposals mostly and the applications, the supplemental apps")]
    public void Extract_FiledApplications_AreForms(string userText) =>
        Assert.Contains("forms", UseCases(userText));

    [Theory]
    [InlineData("two application engineers do the technical quotes")]
    [InlineData("it has to work with our applications")]
    [InlineData("we build web applications for clients")]
    public void Extract_SoftwareOrRoleApplications_AreNotForms(string userText) =>
        Assert.DoesNotContain("forms", UseCases(userText));

    [Theory]
    [InlineData("i handle the new driver onboarding paperwork")]
    [InlineData("our temp onboarding paperwork, w4, i9 prep, direct deposit form")]
    public void Extract_WorkerOnboarding_IsHrDocuments(string userText)
    {
        var useCases = UseCases(userText);
        Assert.Contains("hr_documents", useCases);
        Assert.DoesNotContain("onboarding", useCases);
    }

    [Theory]
    [InlineData("the permission forms for our youth trips", "consent_forms")]
    [InlineData("buyers orders right, thats the big one", "contracts")]
    [InlineData("commitment letters and the disclosure forms", "contracts")]
    [InlineData("the master services agreements and an nda", "contracts")]
    [InlineData("quotations from sales side for the RFQs", "quotes")]
    [InlineData("the new starter packs for our own staff", "hr_documents")]
    public void Extract_DocumentFormsOfACategory_MapToIt(string userText, string expected) =>
        Assert.Contains(expected, UseCases(userText));

    private static List<string> UseCases(params string[] userTurns) =>
        [.. ProductFitExtractor.Extract(TranscriptBuilder.FromUser(userTurns)).UseCases.Select(e => e.Value)];
}
