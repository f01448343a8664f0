namespace VoiceAnalytics.Core.Reports.Email;

/// <summary>
/// The end of one <see cref="SmtpEmailSender.SendAsync"/>. <see cref="Error"/> is our short code
/// (<c>recipient_rejected</c>, <c>sender_rejected</c>, <c>message_rejected</c>, <c>authentication_failed</c>,
/// <c>connection_failed</c>, <c>protocol_error</c>, <c>invalid_address</c>); <see cref="ServerReply"/> is the
/// server's own text, which may quote an address, so store it but do not log it.
/// </summary>
public sealed record EmailSendResult
{
    public required EmailOutcome Outcome { get; init; }

    public string? Error { get; init; }

    /// <summary>SMTP reply code of the failure, 550 for a refused mailbox.</summary>
    public int? SmtpStatusCode { get; init; }

    public string? ServerReply { get; init; }

    public bool IsSent => Outcome == EmailOutcome.Sent;

    public static EmailSendResult Sent { get; } = new() { Outcome = EmailOutcome.Sent };

    public static EmailSendResult Failed(EmailOutcome outcome, string error, int? smtpStatusCode = null, string? serverReply = null) =>
        new() { Outcome = outcome, Error = error, SmtpStatusCode = smtpStatusCode, ServerReply = serverReply };
}
