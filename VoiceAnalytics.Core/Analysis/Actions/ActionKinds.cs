namespace VoiceAnalytics.Core.Analysis.Actions;

/// <summary>What an action item is (spec 3.8).</summary>
public static class ActionKinds
{
    public const string UserCommitment = "user_commitment";
    public const string SalesFollowUp = "sales_follow_up";
    public const string DemoRequest = "demo_request";
    public const string DocumentToShare = "document_to_share";
    public const string SupportFollowUp = "support_follow_up";
    public const string ProductFeedback = "product_feedback";
}
