using Microsoft.Extensions.Logging;

namespace VoiceAnalytics.Core.Reports.Email;

/// <summary>Log messages of the email sender: counts and codes, never an address, a name, a subject or a password.</summary>
internal static partial class EmailLog
{
    [LoggerMessage(6100, LogLevel.Information, "Email sent to {RecipientCount} recipient(s)")]
    public static partial void Sent(ILogger logger, int recipientCount);

    [LoggerMessage(6101, LogLevel.Warning, "Email not sent: {Outcome} {Error} (SMTP {SmtpStatusCode})")]
    public static partial void Failed(ILogger logger, EmailOutcome outcome, string error, int? smtpStatusCode);
}
