using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using VoiceAnalytics.Core.Reports.Email;
using VoiceAnalytics.Core.Sinks;

namespace VoiceAnalytics.Core.Reports.Executive;

/// <summary>
/// Sends an executive email with <see cref="SmtpEmailSender"/> to <see cref="ExecutiveReportOptions.Recipients"/>
/// (else <c>Email:To</c>), once per period; without an SMTP host, a sender or recipients it writes the email to the
/// outbox (sink <c>email</c>, destination <c>daily-exec-summary</c> or <c>weekly-rollup</c>, key = first day).
/// </summary>
public sealed class ExecutiveEmailDelivery(
    IOptionsMonitor<EmailOptions> smtpOptions,
    IOptions<ExecutiveReportOptions> reportOptions,
    IOutbox outbox,
    SqliteReportDeliveryLog deliveries,
    TimeProvider time,
    ILoggerFactory loggers)
{
    /// <summary>
    /// The <c>Email</c> section bound under its own options name, without the start-up validation of
    /// <c>AddSmtpEmail</c>: an unconfigured server must mean "use the outbox", not "refuse to start".
    /// </summary>
    public const string SmtpOptionsName = "ExecutiveReports";

    private const string OutboxSink = "email";
    private static readonly JsonSerializerOptions PayloadJson = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    private readonly ILogger _logger = loggers.CreateLogger<ExecutiveEmailDelivery>();

    public async Task DeliverAsync(ExecutiveReport report, EmailMessage email, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(email);
        var (destination, key) = (report.Destination, report.Current.Period.Key);
        var smtp = smtpOptions.Get(SmtpOptionsName);
        var recipients = reportOptions.Value.Recipients.Where(r => !string.IsNullOrWhiteSpace(r)).ToList() is { Count: > 0 } own
            ? own
            : smtp.To.Where(r => !string.IsNullOrWhiteSpace(r)).ToList();
        if (string.IsNullOrWhiteSpace(smtp.Host) || string.IsNullOrWhiteSpace(smtp.From) || recipients.Count == 0)
        {
            var payload = JsonSerializer.Serialize(new { email.Subject, email.HtmlBody, email.TextBody }, PayloadJson);
            await outbox.WriteAsync(OutboxSink, destination, key, null, payload, cancellationToken).ConfigureAwait(false);
            ReportsLog.WrittenToOutbox(_logger, destination, key, "SMTP");
            return;
        }

        if (await deliveries.WasSentAsync(destination, key, cancellationToken).ConfigureAwait(false))
        {
            ReportsLog.AlreadySent(_logger, destination, key);
            return;
        }

        var sender = new SmtpEmailSender(Options.Create(WithRecipients(smtp, recipients)), time, loggers.CreateLogger<SmtpEmailSender>());
        var result = await sender.SendAsync(email, cancellationToken).ConfigureAwait(false);
        if (!result.IsSent)
        {
            throw new ReportDeliveryException($"SMTP did not take the {destination} email: {result.Outcome} {result.Error} (SMTP {result.SmtpStatusCode})");
        }

        await deliveries.RecordSentAsync(destination, key, "smtp", cancellationToken).ConfigureAwait(false);
        ReportsLog.Sent(_logger, destination, key, "SMTP");
    }

    /// <summary>The sender mails <see cref="EmailOptions.To"/>; these reports have their own list, so it gets a copy.</summary>
    private static EmailOptions WithRecipients(EmailOptions smtp, List<string> recipients) => new()
    {
        Host = smtp.Host,
        Port = smtp.Port,
        Security = smtp.Security,
        User = smtp.User,
        Password = smtp.Password,
        From = smtp.From,
        To = recipients,
        Timeout = smtp.Timeout,
    };
}
