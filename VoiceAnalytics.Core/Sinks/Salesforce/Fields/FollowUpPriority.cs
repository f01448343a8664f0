using VoiceAnalytics.Core.Analysis.Sales;
using VoiceAnalytics.Core.Analysis.Sales.Deal.Timeline;
using VoiceAnalytics.Core.Pipeline;
using VoiceAnalytics.Core.Scoring;

namespace VoiceAnalytics.Core.Sinks.Salesforce.Fields;

/// <summary>
/// <c>Follow_Up_Priority__c</c> (spec 4.6), which also sets the Task's priority and due date (4.7): the urgency the user
/// expressed when there is one, else the lead's temperature (hot is High, warm Medium, nurture Low).
/// </summary>
internal static class FollowUpPriority
{
    public const string High = "High";
    public const string Medium = "Medium";
    public const string Low = "Low";

    public static string Of(SessionReport report) =>
        report.Get<SalesIntelligenceReport>()?.Deal.Urgency?.Value switch
        {
            UrgencyLevels.High => High,
            UrgencyLevels.Medium => Medium,
            UrgencyLevels.Low => Low,
            _ => report.Get<LeadScoreReport>()?.Temperature switch
            {
                "hot" => High,
                "warm" => Medium,
                _ => Low,
            },
        };

    /// <summary>Spec 4.7: high urgency is due tomorrow, medium in three days, low in a week.</summary>
    public static int DueInDays(string priority) => priority switch
    {
        High => 1,
        Medium => 3,
        _ => 7,
    };

    /// <summary>Task.Priority's default picklist has High, Normal and Low.</summary>
    public static string TaskPriority(string priority) => priority switch
    {
        High => "High",
        Medium => "Normal",
        _ => "Low",
    };
}
