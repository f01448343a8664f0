namespace VoiceAnalytics.Core.Reports.Email;

/// <summary>How sending one email ended.</summary>
public enum EmailOutcome
{
    /// <summary>The server took the message for every recipient (250 after DATA).</summary>
    Sent,

    /// <summary>Worth retrying later: a 4xx reply, a dropped connection, a timeout, a protocol error.</summary>
    Transient,

    /// <summary>The same email will fail again: a 5xx reply (a recipient refused with 550...), failed authentication, a bad address in the settings.</summary>
    Permanent,
}
