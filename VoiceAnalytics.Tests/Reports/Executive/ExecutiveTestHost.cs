using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using VoiceAnalytics.Core.Reports.Email;
using VoiceAnalytics.Core.Reports.Executive;
using VoiceAnalytics.Core.Scheduling;
using VoiceAnalytics.Core.Scoring;
using VoiceAnalytics.Core.Storage.Sqlite;
using VoiceAnalytics.Core.Warehouse.Sqlite;

namespace VoiceAnalytics.Tests.Reports.Executive;

/// <summary>Builds the executive timers over a test warehouse, with chosen SMTP and report settings.</summary>
internal static class ExecutiveTestHost
{
    public const string Zone = "America/Chicago";

    public static EmailOptions Smtp(int port, params string[] to) => new()
    {
        Host = "127.0.0.1",
        Port = port,
        Security = EmailSecurity.None,
        From = "reports@example.com",
        To = [.. to],
    };

    public static ExecutiveReportRunner Runner(ReportsWarehouse warehouse, EmailOptions smtp, ExecutiveReportOptions? reports = null)
    {
        var reportOptions = Options.Create(reports ?? new ExecutiveReportOptions());
        var delivery = new ExecutiveEmailDelivery(
            new FixedMonitor<EmailOptions>(smtp), reportOptions, warehouse.Outbox, warehouse.Deliveries, warehouse.Time, NullLoggerFactory.Instance);
        return new ExecutiveReportRunner(
            new ExecutiveFiguresReader(new SqliteExecutiveFigures(warehouse.Database), new SqliteSessionActivity(warehouse.Database), Options.Create(new LeadScoringOptions())), new ExecutiveEmailRenderer(reportOptions), delivery,
            Options.Create(new TimerOptions { TimeZone = Zone }), reportOptions);
    }

    /// <summary>The same options under every name, as the named <c>Email</c> binding gives them.</summary>
    private sealed class FixedMonitor<T>(T value) : IOptionsMonitor<T>
    {
        public T CurrentValue => value;

        public T Get(string? name) => value;

        public IDisposable? OnChange(Action<T, string?> listener) => null;
    }
}
