namespace VoiceAnalytics.Core.Privacy;

/// <summary>Spec 8.2 "Name → User [hash]": <c>User 1a2b3c4d</c>, the first 8 hex digits of the name's keyed hash.</summary>
public sealed class NameRedaction(PersonKey key)
{
    public const string Prefix = "User ";

    public string Redact(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return IsRedacted(name) ? name : Prefix + key.Hash(name.Trim().ToLowerInvariant())[..8];
    }

    public static bool IsRedacted(string? value) =>
        value is { Length: 13 } && value.StartsWith(Prefix, StringComparison.Ordinal) && value.AsSpan(5).ContainsAnyExcept("0123456789abcdef") is false;
}
