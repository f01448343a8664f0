using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;

namespace VoiceAnalytics.Core.Reports.Email;

/// <summary>
/// Sends report emails through an SMTP server with MailKit (https://github.com/jstedfast/MailKit): one connection
/// per email (connect, optional AUTH, MAIL FROM, RCPT TO each recipient, DATA, QUIT). The server's refusals become
/// an <see cref="EmailSendResult"/> instead of an exception; cancellation propagates.
/// </summary>
public sealed class SmtpEmailSender(IOptions<EmailOptions> options, TimeProvider time, ILogger<SmtpEmailSender> logger)
{
    public async Task<EmailSendResult> SendAsync(EmailMessage email, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var result = await TrySendAsync(settings, email, cancellationToken).ConfigureAwait(false);
        if (result.IsSent)
        {
            EmailLog.Sent(logger, settings.To.Count);
        }
        else
        {
            EmailLog.Failed(logger, result.Outcome, result.Error ?? "", result.SmtpStatusCode);
        }

        return result;
    }

    private async Task<EmailSendResult> TrySendAsync(EmailOptions settings, EmailMessage email, CancellationToken cancellationToken)
    {
        try
        {
            using var message = ReportMimeMessage.Create(settings, email, time.GetUtcNow());
            using var client = new SmtpClient { Timeout = (int)settings.Timeout.TotalMilliseconds };
            await client.ConnectAsync(settings.Host, settings.Port, SocketOptions(settings.Security), cancellationToken).ConfigureAwait(false);
            if (!string.IsNullOrEmpty(settings.User))
            {
                await client.AuthenticateAsync(settings.User, settings.Password ?? "", cancellationToken).ConfigureAwait(false);
            }

            await client.SendAsync(message, cancellationToken).ConfigureAwait(false);
            await client.DisconnectAsync(true, cancellationToken).ConfigureAwait(false);
            return EmailSendResult.Sent;
        }
        catch (SmtpCommandException ex)
        {
            var code = (int)ex.StatusCode;
            var error = ex.ErrorCode switch
            {
                SmtpErrorCode.RecipientNotAccepted => "recipient_rejected",
                SmtpErrorCode.SenderNotAccepted => "sender_rejected",
                SmtpErrorCode.MessageNotAccepted => "message_rejected",
                _ => "command_rejected",
            };
            return EmailSendResult.Failed(code is >= 400 and < 500 ? EmailOutcome.Transient : EmailOutcome.Permanent, error, code, ex.Message);
        }
        catch (AuthenticationException ex)
        {
            return EmailSendResult.Failed(EmailOutcome.Permanent, "authentication_failed", null, ex.Message);
        }
        catch (ParseException)
        {
            return EmailSendResult.Failed(EmailOutcome.Permanent, "invalid_address");
        }
        catch (NotSupportedException ex)
        {
            // STARTTLS or AUTH asked for, but the server does not offer it.
            return EmailSendResult.Failed(EmailOutcome.Permanent, "not_supported_by_server", null, ex.Message);
        }
        catch (SmtpProtocolException ex)
        {
            return EmailSendResult.Failed(EmailOutcome.Transient, "protocol_error", null, ex.Message);
        }
        catch (SslHandshakeException ex)
        {
            return EmailSendResult.Failed(EmailOutcome.Permanent, "tls_failed", null, ex.Message);
        }
        catch (Exception ex) when (ex is SocketException or IOException or TimeoutException)
        {
            return EmailSendResult.Failed(EmailOutcome.Transient, "connection_failed", null, ex.Message);
        }
    }

    private static SecureSocketOptions SocketOptions(EmailSecurity security) => security switch
    {
        EmailSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        EmailSecurity.StartTls => SecureSocketOptions.StartTls,
        EmailSecurity.StartTlsWhenAvailable => SecureSocketOptions.StartTlsWhenAvailable,
        _ => SecureSocketOptions.None,
    };
}
