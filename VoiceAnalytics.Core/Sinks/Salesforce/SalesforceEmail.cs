using VoiceAnalytics.Core.Contracts;

namespace VoiceAnalytics.Core.Sinks.Salesforce;

/// <summary>The session's user email, trimmed; null when the agent did not collect one (then only the call record is written).</summary>
internal static class SalesforceEmail
{
    public static string? Of(SessionPayload session) =>
        string.IsNullOrWhiteSpace(session.UserEmail) || !session.UserEmail.Contains('@', StringComparison.Ordinal) ? null : session.UserEmail.Trim();
}
