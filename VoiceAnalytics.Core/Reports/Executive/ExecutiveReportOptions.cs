using System.ComponentModel.DataAnnotations;

namespace VoiceAnalytics.Core.Reports.Executive;

/// <summary>
/// The daily and weekly executive emails (spec 7.5). The SMTP server comes from the <c>Email</c> section
/// (<see cref="Email.EmailOptions"/>); addresses are personal data and are never logged.
/// </summary>
public sealed class ExecutiveReportOptions
{
    public const string Section = "Reports";

    /// <summary>Who receives the executive emails; when empty, <c>Email:To</c> is used; with neither, the outbox.</summary>
    public List<string> Recipients { get; set; } = [];

    /// <summary>Start of every subject: "{prefix} Daily Summary - 2026-08-18", "{prefix} Weekly Review - Week of ...".</summary>
    [Required]
    public string SubjectPrefix { get; set; } = "Voice Agent";

    /// <summary>Link of the "View Full Dashboard" button; no button without it.</summary>
    public Uri? DashboardUrl { get; set; }

    /// <summary>The latency target the emails check the average against (spec: under 1000 ms).</summary>
    [Range(1, 60_000)]
    public int LatencyTargetMs { get; set; } = 1000;
}
