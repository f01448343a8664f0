using System.ComponentModel.DataAnnotations;

namespace VoiceAnalytics.Core.Reports.Email;

/// <summary>
/// The SMTP server and the recipients of the executive emails (data-flow spec 7.5). The password is a secret and
/// addresses are personal data: neither is ever logged.
/// </summary>
public sealed class EmailOptions
{
    public const string Section = "Email";

    [Required]
    public string Host { get; set; } = "";

    [Range(1, 65535)]
    public int Port { get; set; } = 587;

    public EmailSecurity Security { get; set; } = EmailSecurity.StartTls;

    /// <summary>SMTP user; without one the sender does not authenticate.</summary>
    public string? User { get; set; }

    public string? Password { get; set; }

    /// <summary>Sender, <c>reports@example.com</c> or <c>Voice Analytics &lt;reports@example.com&gt;</c>.</summary>
    [Required]
    public string From { get; set; } = "";

    /// <summary>Recipients of every report, in the same forms as <see cref="From"/>.</summary>
    [MinLength(1)]
    public List<string> To { get; set; } = [];

    /// <summary>Time limit of each SMTP command.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}
