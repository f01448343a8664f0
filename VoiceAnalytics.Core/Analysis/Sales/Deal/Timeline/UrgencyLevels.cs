namespace VoiceAnalytics.Core.Analysis.Sales.Deal.Timeline;

/// <summary>The urgency labels: high (a deadline within days, or "urgent"), medium (weeks or this quarter), low (no rush).</summary>
public static class UrgencyLevels
{
    public const string High = "high";
    public const string Medium = "medium";
    public const string Low = "low";
}
