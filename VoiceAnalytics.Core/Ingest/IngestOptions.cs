using System.ComponentModel.DataAnnotations;

namespace VoiceAnalytics.Core.Ingest;

public sealed class IngestOptions
{
    public const string Section = "Ingest";

    /// <summary>Shared key accepted in the <c>x-functions-key</c> header. Locally a development key is generated when empty.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Secret for <c>X-Signature: t=...,v1=hex(HMAC-SHA256(secret, "{t}.{body}"))</c>.</summary>
    public string? SigningSecret { get; set; }

    /// <summary>Largest accepted body; larger requests get 413 before the body is read.</summary>
    [Range(1024, 1L << 31)]
    public long MaxBodyBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>How far a signature's timestamp may be from now, either way.</summary>
    public TimeSpan SignatureTolerance { get; set; } = TimeSpan.FromSeconds(300);
}
