using MimeKit;

namespace VoiceAnalytics.Core.Reports.Email;

/// <summary>
/// Builds the MIME message: <c>multipart/alternative</c> with the text part first and the HTML part last, as
/// MimeKit's <c>BodyBuilder</c> makes it (https://mimekit.net/docs/html/T_MimeKit_BodyBuilder.htm).
/// </summary>
internal static class ReportMimeMessage
{
    /// <exception cref="ParseException">An address in <see cref="EmailOptions"/> is malformed.</exception>
    public static MimeMessage Create(EmailOptions options, EmailMessage email, DateTimeOffset now)
    {
        var message = new MimeMessage { Subject = email.Subject, Date = now };
        message.From.Add(MailboxAddress.Parse(options.From));
        message.To.AddRange(options.To.Select(MailboxAddress.Parse));
        message.Body = new BodyBuilder { TextBody = email.TextBody, HtmlBody = email.HtmlBody }.ToMessageBody();
        return message;
    }
}
