using System.Text;
using MimeKit;

namespace VoiceAnalytics.Tests.Reports.Email;

/// <summary>One message a <see cref="TestSmtpServer"/> accepted: the envelope and the raw DATA, dot-unstuffed.</summary>
public sealed record CapturedMail(string? MailFrom, IReadOnlyList<string> Recipients, string Data)
{
    public MimeMessage Parse()
    {
        using var stream = new MemoryStream(Encoding.Latin1.GetBytes(Data));
        return MimeMessage.Load(stream);
    }
}
