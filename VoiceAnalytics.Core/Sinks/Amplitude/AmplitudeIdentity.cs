using VoiceAnalytics.Core.Contracts;

namespace VoiceAnalytics.Core.Sinks.Amplitude;

/// <summary>
/// Who an event belongs to (spec 5.2: user_email, else participant_id). Amplitude refuses a user_id shorter than its
/// minimum id length (5 by default) and needs a user_id or a device_id, so a short id becomes a prefixed device_id
/// (still the same person on every call) and a caller with no id at all a device_id of the session.
/// </summary>
public sealed record AmplitudeIdentity(string? UserId, string? DeviceId)
{
    /// <summary>Amplitude's default <c>min_id_length</c>.</summary>
    public const int DefaultMinIdLength = 5;

    public static AmplitudeIdentity Of(SessionPayload session, int minIdLength)
    {
        ArgumentNullException.ThrowIfNull(session);
        var id = Clean(session.UserEmail)?.ToLowerInvariant() ?? Clean(session.ParticipantId) ?? Clean(session.Participant?.Identity);
        return id switch
        {
            null => new AmplitudeIdentity(null, "voice-session:" + session.SessionId),
            _ when id.Length >= minIdLength => new AmplitudeIdentity(id, null),
            _ => new AmplitudeIdentity(null, "voice-user:" + id),
        };
    }

    private static string? Clean(string? id) => string.IsNullOrWhiteSpace(id) ? null : id.Trim();
}
