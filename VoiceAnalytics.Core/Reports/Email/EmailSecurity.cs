namespace VoiceAnalytics.Core.Reports.Email;

/// <summary>How the SMTP connection is protected (MailKit <c>SecureSocketOptions</c>).</summary>
public enum EmailSecurity
{
    /// <summary>Plain text; only for a relay on the same host or in tests.</summary>
    None,

    /// <summary>TLS from the first byte (SMTPS, usually port 465).</summary>
    SslOnConnect,

    /// <summary>Plain connection upgraded with STARTTLS, which the server must offer (usually port 587).</summary>
    StartTls,

    /// <summary>STARTTLS when the server offers it, plain otherwise.</summary>
    StartTlsWhenAvailable,
}
