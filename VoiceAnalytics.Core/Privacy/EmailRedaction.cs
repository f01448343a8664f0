namespace VoiceAnalytics.Core.Privacy;

/// <summary>Spec 8.2 "Email → hashed": an email becomes its keyed hash, <c>hmac:&lt;hex&gt;</c>, the same for every spelling.</summary>
public sealed class EmailRedaction(PersonKey key)
{
    public const string Prefix = "hmac:";

    public string Redact(string email) => Prefix + key.HashEmail(email);

    /// <summary>True for a value this rule wrote (redacting it again leaves it as it is).</summary>
    public static bool IsRedacted(string? value) => value is not null && value.StartsWith(Prefix, StringComparison.Ordinal);
}
