namespace VoiceAnalytics.Core.Alerts.Business;

/// <summary>alert_name values of the business alerts (spec 7.3).</summary>
public static class BusinessAlertNames
{
    public const string HotLead = "hot_lead";
    public const string MeetingBooked = "meeting_booked";

    /// <summary>One alert per competitor named: <c>competitor_mentioned:docusign</c>.</summary>
    public static string CompetitorMentioned(string competitor) => "competitor_mentioned:" + competitor;
}
