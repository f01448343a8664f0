using System.ComponentModel.DataAnnotations;

namespace VoiceAnalytics.Core.Dashboard.Lists;

/// <summary>Targets and list lengths of the dashboard's ranked lists (section <c>Dashboard</c>).</summary>
public sealed class DashboardListsOptions
{
    public const string Section = "Dashboard";

    /// <summary>Spec 6.4: searches with results / total searches should stay above this share.</summary>
    [Range(0.0, 1.0)]
    public double SearchSuccessTarget { get; set; } = 0.85;

    /// <summary>Rows of the top searched queries table.</summary>
    [Range(1, 100)]
    public int TopQueries { get; set; } = 20;

    /// <summary>Queries listed under content gaps (the count covers all of them).</summary>
    [Range(1, 200)]
    public int ContentGaps { get; set; } = 50;

    /// <summary>Rows of the integrations, competitors and objections lists.</summary>
    [Range(1, 100)]
    public int ListLength { get; set; } = 20;

    /// <summary>Recent alerts listed on the activity panel.</summary>
    [Range(1, 100)]
    public int RecentAlerts { get; set; } = 20;

    /// <summary>Spec 6.6: hot leads (top by score).</summary>
    [Range(1, 50)]
    public int HotLeads { get; set; } = 10;
}
