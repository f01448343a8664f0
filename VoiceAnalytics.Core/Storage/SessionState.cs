namespace VoiceAnalytics.Core.Storage;

/// <summary>Where a session is in the flow, as <c>GET /api/sessions/{id}</c> reports it.</summary>
public enum SessionState
{
    Received,
    Processing,
    Analyzed,
    Failed,
}
