namespace VoiceAnalytics.Core.Sinks.Amplitude;

/// <summary>The event types of data-flow spec section 5, exactly as the spec names them.</summary>
public static class AmplitudeEventNames
{
    public const string SessionCompleted = "voice_trial_session_completed";
    public const string KnowledgeBaseSearched = "knowledge_base_searched";
    public const string SalesMeetingBooked = "sales_meeting_booked";
    public const string FeatureDiscussed = "feature_discussed";
    public const string ConversationQualityMeasured = "conversation_quality_measured";
    public const string LatencyMeasured = "latency_measured";
}
