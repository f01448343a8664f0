namespace VoiceAnalytics.Core.Alerts.Slack;

/// <summary>The turn of one webhook URL: who may send now, and from when the next message may go.</summary>
internal sealed class WebhookSlot
{
    private readonly Lock _lock = new();
    private DateTimeOffset _nextAt = DateTimeOffset.MinValue;

    /// <summary>One sender at a time per webhook, so messages go out in turn.</summary>
    public SemaphoreSlim Turn { get; } = new(1, 1);

    public TimeSpan WaitFrom(DateTimeOffset now)
    {
        lock (_lock)
        {
            return _nextAt - now;
        }
    }

    /// <summary>Takes the slot at <paramref name="now"/>; the next message may go after <paramref name="interval"/>.</summary>
    public void Take(DateTimeOffset now, TimeSpan interval)
    {
        lock (_lock)
        {
            _nextAt = now + interval;
        }
    }

    /// <summary>Nothing may go before <paramref name="until"/> (a 429's <c>Retry-After</c>).</summary>
    public void HoldUntil(DateTimeOffset until)
    {
        lock (_lock)
        {
            if (until > _nextAt)
            {
                _nextAt = until;
            }
        }
    }
}
