using System.ComponentModel.DataAnnotations;

namespace VoiceAnalytics.Core.Dashboard.Figures;

/// <summary>The dashboard's configurable goal lines (section <c>Dashboard</c>); the spec's fixed targets are in <see cref="DashboardTargets"/>.</summary>
public sealed class DashboardGoalOptions
{
    public const string Section = "Dashboard";

    /// <summary>Goal qualification rate: the share of calls that are Tier 1 (spec 6.2 conversion rate, 6.6 trend), percent.</summary>
    [Range(0, 100)]
    public double QualificationGoalPercent { get; set; } = 25;

    /// <summary>Goal booking rate: the share of Tier 1 calls that book a meeting (spec 6.6), percent.</summary>
    [Range(0, 100)]
    public double BookingGoalPercent { get; set; } = 40;
}
