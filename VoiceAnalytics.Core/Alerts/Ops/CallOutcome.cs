using VoiceAnalytics.Core.Contracts;

namespace VoiceAnalytics.Core.Alerts.Ops;

/// <summary>One call of a window as the ops rules see it: why it counts as an error (null when it does not), and its connection figures.</summary>
public sealed record CallOutcome(string SessionId, string? Error, ConnectionQuality? Connection)
{
    public bool IsError => Error is not null;
}
