using VoiceAnalytics.Core.Storage;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using VoiceAnalytics.Core.Alerts.Slack;
using VoiceAnalytics.Core.Reports.Digest;
using VoiceAnalytics.Core.Reports.Email;
using VoiceAnalytics.Core.Reports.Executive;
using VoiceAnalytics.Core.Storage.Sqlite;
using VoiceAnalytics.Core.Scheduling;

namespace VoiceAnalytics.Core.Reports;

public static class ReportsServiceCollectionExtensions
{
    /// <summary>
    /// The scheduled reports as <see cref="IScheduledJob"/>s: <c>QualityDigest</c> (hourly Slack #product digest),
    /// <c>DailyExecSummary</c> and <c>WeeklyRollup</c> (executive emails), with the <c>Reports</c> options. Needs the
    /// warehouse (<see cref="SqliteDatabase"/>), the outbox and the timer options of the core registrations. Registers
    /// the Slack client itself; the SMTP settings are read from <c>Email</c> without start-up validation, so a missing
    /// server sends the emails to the outbox instead of stopping the host.
    /// </summary>
    public static IServiceCollection AddReportTimers(this IServiceCollection services)
    {
        services.AddOptions<ExecutiveReportOptions>().BindConfiguration(ExecutiveReportOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<EmailOptions>(ExecutiveEmailDelivery.SmtpOptionsName).BindConfiguration(EmailOptions.Section);
        services.AddOptions<TimerOptions>();
        services.AddSlackAlerts();
        services.TryAddSingleton(TimeProvider.System);

        services.TryAddEnumerable(ServiceDescriptor.Singleton<ISqliteSchema, ReportDeliveriesSchema>());
        services.TryAddSingleton<SqliteReportDeliveryLog>();

        services.TryAddSingleton<QualityDigestQuery>();
        services.TryAddSingleton<ExecutiveFiguresReader>();
        services.TryAddSingleton<ExecutiveEmailRenderer>();
        services.TryAddSingleton<ExecutiveEmailDelivery>();
        services.TryAddSingleton<ExecutiveReportRunner>();

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IScheduledJob, QualityDigestJob>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IScheduledJob, DailyExecSummaryJob>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IScheduledJob, WeeklyRollupJob>());
        return services;
    }
}
