using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace VoiceAnalytics.Tests.Reports.Email;

/// <summary>
/// A real SMTP listener on 127.0.0.1 speaking the minimal dialogue of RFC 5321: 220 greeting, EHLO/HELO 250,
/// MAIL FROM 250, RCPT TO 250 (or the reply set in <see cref="RecipientReplies"/>), DATA 354 then everything up to
/// <c>CRLF.CRLF</c>, 250, RSET/NOOP 250, QUIT 221. No extensions are offered (no STARTTLS, AUTH, 8BITMIME).
/// </summary>
public sealed class TestSmtpServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentQueue<CapturedMail> _mails = new();
    private readonly Task _accepting;

    /// <param name="greet">When false the server accepts connections and then says nothing, like a hung server.</param>
    public TestSmtpServer(bool greet = true)
    {
        Greet = greet;
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public bool Greet { get; }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>Replies to RCPT TO for given addresses, for example <c>550 5.1.1 mailbox unavailable</c>.</summary>
    public ConcurrentDictionary<string, string> RecipientReplies { get; } = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<CapturedMail> Mails => [.. _mails];

    /// <summary>Every command line received, in order.</summary>
    public ConcurrentQueue<string> Commands { get; } = new();

    private async Task AcceptAsync()
    {
        try
        {
            while (true)
            {
                var client = await _listener.AcceptTcpClientAsync(_stop.Token);
                _ = ServeAsync(client);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException or SocketException or InvalidOperationException)
        {
            // Stopped.
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                using var reader = new StreamReader(stream, Encoding.Latin1);
                await using var writer = new StreamWriter(stream, Encoding.Latin1) { NewLine = "\r\n", AutoFlush = true };
                if (!Greet)
                {
                    await Task.Delay(Timeout.Infinite, _stop.Token);
                }

                await writer.WriteLineAsync("220 localhost test ESMTP ready");
                await ConverseAsync(reader, writer);
            }
            catch (Exception ex) when (ex is IOException or OperationCanceledException or ObjectDisposedException)
            {
                // The client went away or the server stopped.
            }
        }
    }

    private async Task ConverseAsync(StreamReader reader, StreamWriter writer)
    {
        string? from = null;
        List<string> recipients = [];
        while (await reader.ReadLineAsync(_stop.Token) is { } line)
        {
            Commands.Enqueue(line);
            switch (line.Split(' ', 2)[0].ToUpperInvariant())
            {
                case "EHLO" or "HELO":
                    await writer.WriteLineAsync("250 localhost");
                    break;
                case "MAIL":
                    (from, recipients) = (Address(line), []);
                    await writer.WriteLineAsync("250 2.1.0 OK");
                    break;
                case "RCPT" when RecipientReplies.TryGetValue(Address(line), out var reply):
                    await writer.WriteLineAsync(reply);
                    break;
                case "RCPT":
                    recipients.Add(Address(line));
                    await writer.WriteLineAsync("250 2.1.5 OK");
                    break;
                case "DATA" when recipients.Count == 0:
                    await writer.WriteLineAsync("554 5.5.1 No valid recipients");
                    break;
                case "DATA":
                    await writer.WriteLineAsync("354 End data with <CR><LF>.<CR><LF>");
                    _mails.Enqueue(new CapturedMail(from, recipients, await ReadDataAsync(reader)));
                    (from, recipients) = (null, []);
                    await writer.WriteLineAsync("250 2.0.0 OK queued");
                    break;
                case "RSET":
                    (from, recipients) = (null, []);
                    await writer.WriteLineAsync("250 2.0.0 OK");
                    break;
                case "NOOP":
                    await writer.WriteLineAsync("250 2.0.0 OK");
                    break;
                case "QUIT":
                    await writer.WriteLineAsync("221 2.0.0 Bye");
                    return;
                default:
                    await writer.WriteLineAsync("502 5.5.2 Command not recognized");
                    break;
            }
        }
    }

    /// <summary>Lines up to the lone <c>.</c>, with the leading dot of dot-stuffed lines removed (RFC 5321 4.5.2).</summary>
    private async Task<string> ReadDataAsync(StreamReader reader)
    {
        var data = new StringBuilder();
        while (await reader.ReadLineAsync(_stop.Token) is { } line && line != ".")
        {
            data.Append(line.StartsWith('.') ? line[1..] : line).Append("\r\n");
        }

        return data.ToString();
    }

    private static string Address(string command)
    {
        var start = command.IndexOf('<', StringComparison.Ordinal);
        var end = command.IndexOf('>', StringComparison.Ordinal);
        return start >= 0 && end > start ? command[(start + 1)..end] : "";
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _accepting;
        _stop.Dispose();
    }
}
