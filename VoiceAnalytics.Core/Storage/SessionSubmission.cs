namespace VoiceAnalytics.Core.Storage;

/// <summary>
/// A validated body as received, kept byte-for-byte. <see cref="Sha256"/> tells repeats from conflicts: the
/// SHA-256 (hex) of the body's canonical JSON form (<see cref="Ingest.JsonContentHash"/>), so the same document
/// written differently is a repeat. <see cref="BodySha256"/>, the SHA-256 of the bytes, also matches: sessions
/// stored before the canonical key are keyed by it.
/// </summary>
public sealed record SessionSubmission(string SessionId, ReadOnlyMemory<byte> Body, string Sha256, DateTimeOffset ReceivedAt)
{
    /// <summary>The keyed hash of the payload's <c>user_email</c> (<c>Privacy.PersonKey</c>), indexed so an erasure finds the session.</summary>
    public string? EmailHash { get; init; }

    /// <summary>The SHA-256 (hex) of the bytes as received, when it differs from <see cref="Sha256"/>.</summary>
    public string? BodySha256 { get; init; }

    /// <summary>True when <paramref name="storedSha256"/>, the key a stored session was accepted under, is this body's.</summary>
    public bool IsSameBodyAs(string storedSha256) =>
        string.Equals(storedSha256, Sha256, StringComparison.OrdinalIgnoreCase)
        || (BodySha256 is { } raw && string.Equals(storedSha256, raw, StringComparison.OrdinalIgnoreCase));
}
