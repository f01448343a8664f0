namespace VoiceAnalytics.Core.Warehouse;

/// <summary>The key of a lead in the warehouse: the email trimmed and lower-cased, written and looked up the same way.</summary>
public static class LeadEmail
{
    public static string? Normalize(string? email) =>
        string.IsNullOrWhiteSpace(email) ? null : email.Trim().ToLowerInvariant();
}
