namespace VoiceAnalytics.Core.Sinks;

/// <summary>A message a sink would have sent had it been configured; the key makes a re-delivery overwrite, not add.</summary>
public sealed record OutboxEntry(long Id, string Sink, string Destination, string MessageKey, string? SessionId, string Payload, DateTimeOffset CreatedAt);
