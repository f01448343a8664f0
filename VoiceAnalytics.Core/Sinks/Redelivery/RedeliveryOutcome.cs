namespace VoiceAnalytics.Core.Sinks.Redelivery;

/// <summary>One failed (session, sink) delivery after a re-delivery: delivered now, or still failing and why.</summary>
public sealed record RedeliveryOutcome(string SessionId, string Sink, bool Delivered, string? Error);
