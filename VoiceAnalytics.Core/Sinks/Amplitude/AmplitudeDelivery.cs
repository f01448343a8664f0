namespace VoiceAnalytics.Core.Sinks.Amplitude;

/// <summary>What one send has done so far. After the first transient failure it stops: later batches go to <see cref="Unsent"/>.</summary>
internal sealed class AmplitudeDelivery
{
    private readonly List<AmplitudeDroppedEvent> _dropped = [];
    private readonly List<AmplitudeEvent> _unsent = [];
    private string? _failure;
    private TimeSpan? _retryAfter;

    public int Sent { get; private set; }

    public bool Stopped => _failure is not null;

    public void Delivered(int count) => Sent += count;

    public void Drop(AmplitudeEvent item, string reason) => _dropped.Add(new AmplitudeDroppedEvent(item, reason));

    public void Stop(string failure, TimeSpan? retryAfter, IEnumerable<AmplitudeEvent> unsent)
    {
        _failure ??= failure;
        _retryAfter ??= retryAfter;
        _unsent.AddRange(unsent);
    }

    public void Postpone(IEnumerable<AmplitudeEvent> unsent) => _unsent.AddRange(unsent);

    public AmplitudeResult ToResult() => new()
    {
        SentCount = Sent,
        Dropped = [.. _dropped],
        Unsent = [.. _unsent],
        TransientFailure = _failure,
        RetryAfter = _retryAfter,
    };
}
