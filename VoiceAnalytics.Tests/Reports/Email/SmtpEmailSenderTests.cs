using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using MimeKit;
using VoiceAnalytics.Core.Reports.Email;
using VoiceAnalytics.Tests.Alerts.Slack;

namespace VoiceAnalytics.Tests.Reports.Email;

public sealed class SmtpEmailSenderTests : IAsyncDisposable
{
    private const string Html = "<h1>PANDADOC VOICE AGENT DAILY SUMMARY</h1><p>📊 ACTIVITY</p><ul><li>Total Calls: 45 (↑ 12% vs yesterday)</li></ul>";
    private const string Text = "PANDADOC VOICE AGENT DAILY SUMMARY\n\n📊 ACTIVITY\n• Total Calls: 45 (↑ 12% vs yesterday)\n";

    private static readonly EmailMessage Daily = new("Voice Agent Daily Summary - 2026-08-18", Html, Text);

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 8, 18, 8, 0, 0, TimeSpan.Zero));
    private readonly CapturingLogger<SmtpEmailSender> _log = new();
    private readonly TestSmtpServer _server = new();

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    [Fact]
    public async Task SendAsync_LocalServer_DeliversHtmlWithPlainTextAlternative()
    {
        var result = await CreateSut().SendAsync(Daily, CancellationToken.None);

        Assert.Equal(EmailOutcome.Sent, result.Outcome);
        var mail = Assert.Single(_server.Mails);
        Assert.Equal("reports@example.com", mail.MailFrom);
        Assert.Equal(["vp@example.com", "director@example.com"], mail.Recipients);
        var message = mail.Parse();
        Assert.Equal("Voice Agent Daily Summary - 2026-08-18", message.Subject);
        var from = Assert.IsType<MailboxAddress>(Assert.Single(message.From));
        Assert.Equal(("Voice Analytics", "reports@example.com"), (from.Name, from.Address));
        Assert.Equal(["vp@example.com", "director@example.com"], message.To.Mailboxes.Select(m => m.Address));
        Assert.Equal(_time.GetUtcNow(), message.Date);
        var alternative = Assert.IsType<MultipartAlternative>(message.Body);
        Assert.Equal(["text/plain", "text/html"], alternative.Select(p => p.ContentType.MimeType));
        Assert.Equal(Html, message.HtmlBody?.TrimEnd());
        Assert.Equal(Text.ReplaceLineEndings("\r\n"), message.TextBody?.ReplaceLineEndings("\r\n"));
        Assert.Contains(_server.Commands, c => c == "QUIT");
    }

    [Fact]
    public async Task SendAsync_RecipientRefused550_PermanentRecipientRejectedAndNoMessage()
    {
        _server.RecipientReplies["director@example.com"] = "550 5.1.1 <director@example.com>: Recipient address rejected: mailbox unavailable";

        var result = await CreateSut().SendAsync(Daily, CancellationToken.None);

        Assert.Equal(EmailOutcome.Permanent, result.Outcome);
        Assert.Equal("recipient_rejected", result.Error);
        Assert.Equal(550, result.SmtpStatusCode);
        Assert.Contains("mailbox unavailable", result.ServerReply, StringComparison.Ordinal);
        Assert.Empty(_server.Mails);
        Assert.All(_log.Lines, line => Assert.DoesNotContain("@", line, StringComparison.Ordinal));
    }

    [Fact]
    public async Task SendAsync_RecipientDeferred451_Transient()
    {
        _server.RecipientReplies["vp@example.com"] = "451 4.7.1 Please try again later";

        var result = await CreateSut().SendAsync(Daily, CancellationToken.None);

        Assert.Equal(EmailOutcome.Transient, result.Outcome);
        Assert.Equal(451, result.SmtpStatusCode);
    }

    [Fact]
    public async Task SendAsync_UserSetButServerOffersNoAuth_PermanentWithoutSending()
    {
        var result = await CreateSut(o => (o.User, o.Password) = ("smtp-user", "s3cret")).SendAsync(Daily, CancellationToken.None);

        Assert.Equal(EmailOutcome.Permanent, result.Outcome);
        Assert.Empty(_server.Mails);
        Assert.All(_log.Lines, line => Assert.DoesNotContain("s3cret", line, StringComparison.Ordinal));
    }

    [Fact]
    public async Task SendAsync_NobodyListening_TransientConnectionFailed()
    {
        var closed = new TcpListener(IPAddress.Loopback, 0);
        closed.Start();
        var port = ((IPEndPoint)closed.LocalEndpoint).Port;
        closed.Stop();

        var result = await CreateSut(o => o.Port = port).SendAsync(Daily, CancellationToken.None);

        Assert.Equal(EmailOutcome.Transient, result.Outcome);
        Assert.Equal("connection_failed", result.Error);
    }

    [Fact]
    public async Task SendAsync_BadAddressInSettings_PermanentInvalidAddress()
    {
        var result = await CreateSut(o => o.To = ["not an address <"]).SendAsync(Daily, CancellationToken.None);

        Assert.Equal(EmailOutcome.Permanent, result.Outcome);
        Assert.Equal("invalid_address", result.Error);
    }

    [Fact]
    public async Task SendAsync_CancelledWhileServerIsSilent_Throws()
    {
        await using var hung = new TestSmtpServer(greet: false);
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => CreateSut(o => o.Port = hung.Port).SendAsync(Daily, cts.Token));
    }

    [Fact]
    public async Task SendAsync_AlreadyCancelled_ThrowsWithoutConnecting()
    {
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => CreateSut().SendAsync(Daily, new CancellationToken(canceled: true)));

        Assert.Empty(_server.Commands);
    }

    private SmtpEmailSender CreateSut(Action<EmailOptions>? configure = null)
    {
        var options = new EmailOptions
        {
            Host = "127.0.0.1",
            Port = _server.Port,
            Security = EmailSecurity.None,
            From = "Voice Analytics <reports@example.com>",
            To = ["vp@example.com", "Director <director@example.com>"],
            Timeout = TimeSpan.FromSeconds(10),
        };
        configure?.Invoke(options);
        return new SmtpEmailSender(Options.Create(options), _time, _log);
    }
}
