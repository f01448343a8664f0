using VoiceAnalytics.Core.Sinks.Salesforce.Api;
using VoiceAnalytics.Core.Sinks.Salesforce.Fields;
using static VoiceAnalytics.Tests.Sinks.Salesforce.ReportBuilder;

namespace VoiceAnalytics.Tests.Sinks.Salesforce;

public sealed class FollowUpTaskPlannerTests
{
    [Theory]
    [InlineData("high", "2026-03-03", "High")]
    [InlineData("medium", "2026-03-05", "Normal")]
    [InlineData("low", "2026-03-09", "Low")]
    public void Plan_Tier1_IsDueByUrgencyCountedFromTheCallsOwnDate(string urgency, string due, string priority)
    {
        // 23:30 at UTC-5 is already March 3 in UTC: the call's own calendar day, March 2, is the base.
        var task = FollowUpTaskPlanner.Plan(Session(), Report(Lead("Tier 1"), Sales(urgency)), new SalesforceOptions(), "00Q1", null)!;

        Assert.Equal(DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture), task.ActivityDate);
        Assert.Equal(priority, task.Priority);
    }

    [Theory]
    [InlineData("hot", "2026-03-03")]
    [InlineData("warm", "2026-03-05")]
    [InlineData("nurture", "2026-03-09")]
    public void Plan_NoUrgencyStated_FallsBackToTheTemperature(string temperature, string due)
    {
        var task = FollowUpTaskPlanner.Plan(Session(), Report(Lead("Tier 1", temperature), Sales()), new SalesforceOptions(), "00Q1", null)!;

        Assert.Equal(DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture), task.ActivityDate);
    }

    [Fact]
    public void Plan_Tier2_PlansNoTask() =>
        Assert.Null(FollowUpTaskPlanner.Plan(Session(), Report(Lead("Tier 2"), Sales("high")), new SalesforceOptions(), "00Q1", null));

    [Fact]
    public void Plan_OwnerAndMarkerFieldConfigured_AreOnTheTask()
    {
        var options = new SalesforceOptions { FollowUpOwnerId = "005000000000001AAA", TaskSessionIdField = "Call_Session__c" };

        var fields = FollowUpTaskPlanner.Plan(Session("s-9"), Report(Lead("Tier 1")), options, "00Q1", "https://x.my.salesforce.com/a01")!.ToFields();

        Assert.Equal("005000000000001AAA", fields["OwnerId"]);
        Assert.Equal("s-9", fields["Call_Session__c"]);
        Assert.Equal("Follow up on voice trial call - Jane Q Doe", fields["Subject"]);
        Assert.Contains("Salesforce record: https://x.my.salesforce.com/a01", (string)fields["Description"]!, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_NoNameAnywhere_NamesAnUnknownCaller() =>
        Assert.EndsWith(" - unknown caller", FollowUpTaskPlanner.Plan(Session(name: null), Report(Lead("Tier 1")), new SalesforceOptions(), "00Q1", null)!.Subject, StringComparison.Ordinal);
}
