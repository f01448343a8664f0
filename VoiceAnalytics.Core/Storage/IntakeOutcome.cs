namespace VoiceAnalytics.Core.Storage;

public enum IntakeOutcome
{
    /// <summary>New session: stored and enqueued.</summary>
    Accepted,

    /// <summary>The same body again: nothing new stored or enqueued.</summary>
    Duplicate,

    /// <summary>A new body for a session that had failed: replaced and enqueued again.</summary>
    Resubmitted,

    /// <summary>A different body for a session that was accepted and has not failed: refused.</summary>
    Conflict,

    /// <summary>The same body again for a session that had failed: the stored body kept, set back to received and enqueued again.</summary>
    Retried,

    /// <summary>A session erased on its person's request: refused, nothing stored (it would never be analyzed).</summary>
    Erased,
}
