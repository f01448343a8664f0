namespace VoiceAnalytics.Core.Sinks;

/// <summary>Where unconfigured destinations write what they would send, so nothing is silently dropped.</summary>
public interface IOutbox
{
    /// <summary>Writes a message once per (sink, key); writing the same key again replaces it.</summary>
    Task WriteAsync(string sink, string destination, string messageKey, string? sessionId, string payload, CancellationToken cancellationToken);

    Task<IReadOnlyList<OutboxEntry>> ListAsync(string? sink, string? sessionId, int max, CancellationToken cancellationToken);
}
