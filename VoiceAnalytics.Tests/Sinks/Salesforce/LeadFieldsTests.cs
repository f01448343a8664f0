using VoiceAnalytics.Core.Analysis.Sales.ProductFit.Tools;
using VoiceAnalytics.Core.Contracts;
using VoiceAnalytics.Core.Sinks.Salesforce.Fields;
using static VoiceAnalytics.Tests.Sinks.Salesforce.ReportBuilder;

namespace VoiceAnalytics.Tests.Sinks.Salesforce;

public sealed class LeadFieldsTests
{
    [Fact]
    public void ForUpdate_SignalsNotFound_AreLeftOutSoEarlierValuesStay()
    {
        var fields = LeadFields.ForUpdate(Session(), Report(Lead("Tier 2"), Sales()));

        Assert.DoesNotContain("Team_Size__c", fields.Keys);
        Assert.DoesNotContain("Budget_Authority__c", fields.Keys);
        Assert.DoesNotContain("Competitor_Mentioned__c", fields.Keys);
        Assert.DoesNotContain("LastName", fields.Keys);
        Assert.Equal("Tier 2 - Self Serve", fields["Qualification_Tier__c"]);
        Assert.Equal(2.1, fields["Last_Call_Duration_Minutes__c"]);
    }

    [Fact]
    public void ForUpdate_Labels_BecomeTheSpecsPicklistValues()
    {
        var sales = Sales("high", teamSize: 12_000, integrations: ["salesforce", "google_drive", "api", "zoho_crm"]);
        sales = sales with
        {
            ProductFit = sales.ProductFit with { Industry = Value("real_estate"), UseCases = [Value("ndas"), Value("hr_documents")] },
            Deal = sales.Deal with { DecisionTimeline = Value("next_quarter"), BudgetAuthority = Value("decision_maker") },
        };

        var fields = LeadFields.ForUpdate(Session(), Report(Lead("Tier 1"), sales));

        Assert.Equal(9999, fields["Team_Size__c"]);
        Assert.Equal("Salesforce;Google Drive;API;Zoho CRM", fields["Integration_Needs__c"]);
        Assert.Equal("Real Estate", fields["Industry_Vertical__c"]);
        Assert.Equal("NDAs;HR Documents", fields["Use_Cases__c"]);
        Assert.Equal("Next Quarter", fields["Decision_Timeline__c"]);
        Assert.Equal("Decision Maker", fields["Budget_Authority__c"]);
        Assert.Equal("High", fields["Urgency_Level__c"]);
        Assert.Equal("High", fields["Follow_Up_Priority__c"]);
    }

    [Theory]
    [InlineData("adobe_sign", "considering", "Adobe Sign")]
    [InlineData("dropbox_sign", "mentioned", "HelloSign")]
    [InlineData("proposify", "current_tool", "Other")]
    public void ForUpdate_Competitor_MapsToThePicklist(string competitor, string context, string expected)
    {
        var mention = new CompetitorMention(competitor, context, "neutral", 0.9, Value("x").Evidence!);

        var fields = LeadFields.ForUpdate(Session(), Report(Lead("Tier 2"), Sales(competitors: [mention])));

        Assert.Equal(expected, fields["Competitor_Mentioned__c"]);
    }

    [Fact]
    public void ForUpdate_CompetitorInUseToday_WinsOverOneOnlyMentioned()
    {
        CompetitorMention[] mentions =
        [
            new("adobe_sign", "mentioned", "neutral", 0.99, Value("x").Evidence!),
            new("docusign", "current_tool", "negative", 0.6, Value("x").Evidence!),
        ];

        var fields = LeadFields.ForUpdate(Session(), Report(Lead("Tier 2"), Sales(competitors: mentions)));

        Assert.Equal("DocuSign", fields["Competitor_Mentioned__c"]);
    }

    [Fact]
    public void ForUpdate_ManualWorkAndNoCompetitor_IsManualProcess()
    {
        var fields = LeadFields.ForUpdate(Session(), Report(Lead("Tier 2"), Sales(currentTool: "manual")));

        Assert.Equal("Manual Process", fields["Competitor_Mentioned__c"]);
        Assert.Equal("Manual", fields["Current_Tool__c"]);
        Assert.Equal("Manual: \"we said so\"", fields["Current_Solution__c"]);
    }

    [Fact]
    public void ForCreate_NameAndFreeMail_GiveNamesAndNotProvidedCompany()
    {
        var fields = LeadFields.ForCreate(Session(email: "jane@gmail.com"), Report(Lead("Tier 2")), "jane@gmail.com");

        Assert.Equal(("Jane Q", "Doe", "[not provided]"), (fields["FirstName"], fields["LastName"], fields["Company"]));
        Assert.Equal("jane@gmail.com", fields["Email"]);
        Assert.Equal("Unknown", fields["Budget_Authority__c"]);
        Assert.Equal("None", fields["Competitor_Mentioned__c"]);
    }

    [Fact]
    public void ForCreate_NoNameAndCompanyDomain_UsesTheEmail()
    {
        var fields = LeadFields.ForCreate(Session(email: "ops@Acme-Corp.com", name: null), Report(), "ops@Acme-Corp.com");

        Assert.Equal(("ops", "acme-corp.com"), (fields["LastName"], fields["Company"]));
        Assert.DoesNotContain("FirstName", fields.Keys);
    }

    [Fact]
    public void ForCreate_ParticipantMetadataCompany_WinsOverTheDomain()
    {
        var session = Session() with { Participant = new Participant { Metadata = """{"company":"Acme Realty"}""" } };

        Assert.Equal("Acme Realty", LeadFields.ForCreate(session, Report(), "jane@example.com")["Company"]);
    }
}
