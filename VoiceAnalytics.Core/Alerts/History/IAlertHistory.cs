namespace VoiceAnalytics.Core.Alerts.History;

/// <summary>
/// The <c>alerts_history</c> table (spec 8.1) as the alerting code uses it: a condition alerts once (one open row per
/// alert name), is resolved once (the open row gets <c>resolved_at</c> and a resolution row is added), and a
/// per-session alert (hot lead, meeting booked) is recorded once per session however often the session is delivered.
/// </summary>
public interface IAlertHistory
{
    /// <summary>Records a per-session alert unless one with this name exists for the session: (row, whether it is new).</summary>
    Task<(AlertRecord Alert, bool Created)> AddForSessionAsync(NewAlert alert, DateTimeOffset triggeredAt, CancellationToken cancellationToken);

    /// <summary>Opens a condition alert unless one with this name is open: (the open row, whether it is new).</summary>
    Task<(AlertRecord Alert, bool Created)> OpenAsync(NewAlert alert, DateTimeOffset triggeredAt, CancellationToken cancellationToken);

    /// <summary>The open (unresolved) condition alert with this name, or null.</summary>
    Task<AlertRecord?> FindOpenAsync(string alertName, CancellationToken cancellationToken);

    /// <summary>Resolves the open alert with this name and adds the resolution row; null when none was open.</summary>
    Task<AlertRecord?> ResolveAsync(string alertName, string message, DateTimeOffset resolvedAt, CancellationToken cancellationToken);

    /// <summary>Where the alert went (channel names, "pagerduty", "outbox"), once it was sent.</summary>
    Task SetSentToAsync(long id, string sentTo, CancellationToken cancellationToken);

    /// <summary>Rows triggered in [from, to), oldest first.</summary>
    Task<IReadOnlyList<AlertRecord>> ListAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);
}
