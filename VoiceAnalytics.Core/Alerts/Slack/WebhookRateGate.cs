using System.Collections.Concurrent;

namespace VoiceAnalytics.Core.Alerts.Slack;

/// <summary>
/// At most one message per <c>interval</c> per webhook URL; different webhooks do not wait for each other. A 429's
/// <c>Retry-After</c> holds the whole webhook, not only the message that got it. A small gate on
/// <see cref="TimeProvider"/> rather than <c>System.Threading.RateLimiting</c>: that library's limiters run on the
/// system clock (no <see cref="TimeProvider"/> overload), so they cannot be tested with a fake clock. Register it as
/// a singleton: the turns are per process.
/// </summary>
public sealed class WebhookRateGate(TimeProvider time, TimeSpan interval)
{
    private readonly ConcurrentDictionary<string, WebhookSlot> _slots = new(StringComparer.Ordinal);

    /// <summary>Waits until a message may be sent to <paramref name="webhook"/>, then takes that turn.</summary>
    public async Task WaitTurnAsync(string webhook, CancellationToken cancellationToken)
    {
        var slot = _slots.GetOrAdd(webhook, _ => new WebhookSlot());
        await slot.Turn.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // Re-read after every wait: a 429 may have pushed the slot further while we slept.
            for (var wait = slot.WaitFrom(time.GetUtcNow()); wait > TimeSpan.Zero; wait = slot.WaitFrom(time.GetUtcNow()))
            {
                await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
            }

            slot.Take(time.GetUtcNow(), interval);
        }
        finally
        {
            slot.Turn.Release();
        }
    }

    /// <summary>No message goes to <paramref name="webhook"/> for <paramref name="delay"/> from now.</summary>
    public void Hold(string webhook, TimeSpan delay) =>
        _slots.GetOrAdd(webhook, _ => new WebhookSlot()).HoldUntil(time.GetUtcNow() + delay);
}
