using System.Collections.Concurrent;

namespace VoiceAnalytics.Tests.Alerts.Slack;

/// <summary>
/// Notes the test clock's time as each request leaves the client. The server cannot stamp it: while the fake clock
/// is driven forward, a request may spend a "second" of fake time on the wire.
/// </summary>
public sealed class ClockStampHandler(TimeProvider clock) : DelegatingHandler(new SocketsHttpHandler())
{
    private readonly ConcurrentQueue<(string Path, DateTimeOffset At)> _sent = new();

    /// <summary>When each request to <paramref name="path"/> was sent, in order.</summary>
    public IReadOnlyList<DateTimeOffset> SentTo(string path) => [.. _sent.Where(s => s.Path == path).Select(s => s.At)];

    public IReadOnlyList<DateTimeOffset> Sent => [.. _sent.Select(s => s.At)];

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        _sent.Enqueue((request.RequestUri!.AbsolutePath, clock.GetUtcNow()));
        return base.SendAsync(request, cancellationToken);
    }
}
