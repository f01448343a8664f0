using Microsoft.Extensions.Options;
using VoiceAnalytics.Core.Scheduling;

namespace VoiceAnalytics.Core.Reports.Executive;

/// <summary>
/// One executive email for one timer occurrence: the period before the occurrence in the timers' time zone and the
/// period before that, read from the warehouse, turned into recommendations, rendered and delivered. A period with
/// no calls is still reported: a day without calls is news to the people who read it.
/// </summary>
public sealed class ExecutiveReportRunner(
    ExecutiveFiguresReader figures,
    ExecutiveEmailRenderer renderer,
    ExecutiveEmailDelivery delivery,
    IOptions<TimerOptions> timerOptions,
    IOptions<ExecutiveReportOptions> reportOptions)
{
    public async Task<ExecutiveReport> RunAsync(ExecutiveReportKind kind, DateTimeOffset occurrence, CancellationToken cancellationToken)
    {
        var zone = timerOptions.Value.ResolveTimeZone();
        var period = kind == ExecutiveReportKind.Daily ? ReportPeriod.DayBefore(occurrence, zone) : ReportPeriod.WeekBefore(occurrence, zone);
        var current = await figures.ReadAsync(period, cancellationToken).ConfigureAwait(false);
        var previous = await figures.ReadAsync(period.Preceding(zone), cancellationToken).ConfigureAwait(false);
        var report = new ExecutiveReport(kind, current, previous, ExecutiveRecommendations.For(current, previous, reportOptions.Value.LatencyTargetMs));
        await delivery.DeliverAsync(report, renderer.Render(report), cancellationToken).ConfigureAwait(false);
        return report;
    }
}
