namespace VoiceAnalytics.LocalHost.Hosting;

/// <summary>
/// Decides which of a stream of errors to log: a new error at once, the same error again (same type and message)
/// at most once per <see cref="Window"/>, with how many times it recurred meanwhile. Thread-safe.
/// </summary>
public sealed class RepeatedErrors(TimeSpan window)
{
    private readonly Lock _gate = new();
    private string? _last;
    private DateTimeOffset _loggedAt;
    private int _suppressed;

    public TimeSpan Window { get; } = window;

    /// <summary>True when <paramref name="error"/> should be logged now; <paramref name="repeated"/> is how many times it was left out since it was last logged.</summary>
    public bool ShouldLog(Exception error, DateTimeOffset now, out int repeated)
    {
        ArgumentNullException.ThrowIfNull(error);
        var key = error.GetType().FullName + ": " + error.Message;
        lock (_gate)
        {
            if (key != _last || now - _loggedAt >= Window)
            {
                repeated = key == _last ? _suppressed : 0;
                _last = key;
                _loggedAt = now;
                _suppressed = 0;
                return true;
            }

            _suppressed++;
            repeated = 0;
            return false;
        }
    }
}
