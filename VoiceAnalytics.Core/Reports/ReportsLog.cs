using Microsoft.Extensions.Logging;

namespace VoiceAnalytics.Core.Reports;

/// <summary>Log messages of the scheduled reports: report names, periods and counts, never names or addresses.</summary>
internal static partial class ReportsLog
{
    [LoggerMessage(4400, LogLevel.Information, "Report {Report} for {PeriodKey} has nothing to report; nothing sent")]
    public static partial void NothingToReport(ILogger logger, string report, string periodKey);

    [LoggerMessage(4401, LogLevel.Information, "Report {Report} for {PeriodKey} was already sent; not sending it again")]
    public static partial void AlreadySent(ILogger logger, string report, string periodKey);

    [LoggerMessage(4402, LogLevel.Information, "Report {Report} for {PeriodKey} sent to {Destination}")]
    public static partial void Sent(ILogger logger, string report, string periodKey, string destination);

    [LoggerMessage(4403, LogLevel.Information, "Report {Report} for {PeriodKey} written to the outbox ({Destination} not configured)")]
    public static partial void WrittenToOutbox(ILogger logger, string report, string periodKey, string destination);
}
