using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace VoiceAnalytics.Core.Privacy;

/// <summary>
/// The keyed hash (HMAC-SHA256 with <see cref="PrivacyOptions.HashKey"/>) that stands for a person: what an email
/// becomes when redacted, the index of a person's sessions at intake, and the only trace of them in an erasure receipt.
/// Keyed, so a hash cannot be reversed by hashing a list of known emails without the secret.
/// </summary>
public sealed class PersonKey
{
    private readonly byte[] _key;

    public PersonKey(IOptions<PrivacyOptions> options)
        : this(options?.Value.HashKey ?? throw new ArgumentNullException(nameof(options)))
    {
    }

    public PersonKey(string secret)
    {
        ArgumentException.ThrowIfNullOrEmpty(secret);
        _key = Encoding.UTF8.GetBytes(secret);
    }

    /// <summary>Lower-case hex HMAC of the email trimmed and lower-cased, so every spelling of one address hashes alike.</summary>
    public string HashEmail(string email)
    {
        ArgumentNullException.ThrowIfNull(email);
        return Hash(email.Trim().ToLowerInvariant());
    }

    /// <summary>Lower-case hex HMAC of any text (names: trimmed and lower-cased by the caller's rule).</summary>
    public string Hash(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Convert.ToHexStringLower(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(text)));
    }
}
