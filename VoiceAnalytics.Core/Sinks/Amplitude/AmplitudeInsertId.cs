using System.Security.Cryptography;
using System.Text;

namespace VoiceAnalytics.Core.Sinks.Amplitude;

/// <summary>
/// Stable insert_ids: the same session, event type and discriminator always give the same id, so a redelivered session
/// is deduplicated by Amplitude instead of counted twice.
/// </summary>
public static class AmplitudeInsertId
{
    /// <summary>The first 32 hex digits of SHA-256 over the length-prefixed parts (no two part lists share an input).</summary>
    public static string For(string sessionId, string eventType, string discriminator)
    {
        ArgumentNullException.ThrowIfNull(sessionId);
        ArgumentNullException.ThrowIfNull(eventType);
        ArgumentNullException.ThrowIfNull(discriminator);
        var input = $"{sessionId.Length}:{sessionId}|{eventType.Length}:{eventType}|{discriminator.Length}:{discriminator}";
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(input));
        return Convert.ToHexStringLower(hash)[..32];
    }
}
