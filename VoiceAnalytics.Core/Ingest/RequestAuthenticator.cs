using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace VoiceAnalytics.Core.Ingest;

/// <summary>
/// Checks the <c>x-functions-key</c> header or an <c>X-Signature</c> HMAC of the raw body, both in constant time.
/// A signature binds the body and a timestamp: a captured request cannot be altered, nor replayed after the
/// tolerance. A replay inside the tolerance re-sends the same body, which ingest treats as the same session
/// (202, processed once), so it gains an attacker nothing.
/// </summary>
public sealed class RequestAuthenticator
{
    private readonly IOptionsMonitor<IngestOptions> _options;
    private readonly TimeProvider _time;

    public RequestAuthenticator(IOptionsMonitor<IngestOptions> options, TimeProvider time)
    {
        _options = options;
        _time = time;
    }

    /// <summary>True when a key alone decides (no body needed): lets the caller reject before reading the body.</summary>
    public AuthOutcome? CheckKey(string? functionsKey)
    {
        if (string.IsNullOrEmpty(functionsKey))
        {
            return null;
        }

        var expected = _options.CurrentValue.ApiKey;
        return !string.IsNullOrEmpty(expected) && FixedTimeEquals(functionsKey, expected)
            ? AuthOutcome.Ok("key")
            : AuthOutcome.Denied("The x-functions-key is not valid.");
    }

    public AuthOutcome Check(string? functionsKey, string? signature, ReadOnlySpan<byte> body)
    {
        if (CheckKey(functionsKey) is { } keyOutcome)
        {
            return keyOutcome;
        }

        if (string.IsNullOrEmpty(signature))
        {
            return AuthOutcome.Denied("Send an x-functions-key header or an X-Signature header.");
        }

        return CheckSignature(signature, body);
    }

    private AuthOutcome CheckSignature(string header, ReadOnlySpan<byte> body)
    {
        var secret = _options.CurrentValue.SigningSecret;
        if (string.IsNullOrEmpty(secret))
        {
            return AuthOutcome.Denied("Signed requests are not enabled on this host.");
        }

        if (!TryParse(header, out var timestamp, out var signatures))
        {
            return AuthOutcome.Denied("X-Signature must be t=<unix seconds>,v1=<hex HMAC-SHA256>.");
        }

        var age = _time.GetUtcNow().ToUnixTimeSeconds() - timestamp;
        if (Math.Abs(age) > _options.CurrentValue.SignatureTolerance.TotalSeconds)
        {
            return AuthOutcome.Denied("The signature's timestamp is outside the allowed tolerance.");
        }

        var expected = Compute(secret, timestamp, body);
        foreach (var candidate in signatures)
        {
            if (candidate.Length == expected.Length && CryptographicOperations.FixedTimeEquals(candidate, expected))
            {
                return AuthOutcome.Ok("signature");
            }
        }

        return AuthOutcome.Denied("The signature does not match the body.");
    }

    /// <summary>hex(HMAC-SHA256(secret, "{t}.{body}")), as a sender computes it.</summary>
    public static string Sign(string secret, long timestamp, ReadOnlySpan<byte> body) =>
        Convert.ToHexStringLower(Compute(secret, timestamp, body));

    private static byte[] Compute(string secret, long timestamp, ReadOnlySpan<byte> body)
    {
        var prefix = Encoding.UTF8.GetBytes(timestamp.ToString(CultureInfo.InvariantCulture) + ".");
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(secret));
        hmac.AppendData(prefix);
        hmac.AppendData(body);
        return hmac.GetHashAndReset();
    }

    private static bool TryParse(string header, out long timestamp, out List<byte[]> signatures)
    {
        timestamp = 0;
        signatures = [];
        var hasTimestamp = false;
        foreach (var part in header.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = part.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0)
            {
                return false;
            }

            var (name, value) = (part[..eq], part[(eq + 1)..]);
            if (name == "t")
            {
                hasTimestamp = long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out timestamp);
            }
            else if (name == "v1" && value.Length == 64)
            {
                try
                {
                    signatures.Add(Convert.FromHexString(value));
                }
                catch (FormatException)
                {
                    return false;
                }
            }
        }

        return hasTimestamp && signatures.Count > 0;
    }

    private static bool FixedTimeEquals(string given, string expected) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(expected));
}
