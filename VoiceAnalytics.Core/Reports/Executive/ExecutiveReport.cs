namespace VoiceAnalytics.Core.Reports.Executive;

/// <summary>One executive email's content: this period, the one before for the changes, and what to do about it.</summary>
public sealed record ExecutiveReport(ExecutiveReportKind Kind, PeriodFigures Current, PeriodFigures Previous, IReadOnlyList<string> Recommendations)
{
    /// <summary><c>daily-exec-summary</c> or <c>weekly-rollup</c>: the outbox destination.</summary>
    public string Destination => Kind == ExecutiveReportKind.Daily ? "daily-exec-summary" : "weekly-rollup";
}
