namespace VoiceAnalytics.Core.Sinks;

/// <summary>The ledger's line for one (session, sink): how the delivery went, after how many attempts.</summary>
public sealed record DeliveryRecord(string SessionId, string Sink, DeliveryStatus Status, int Attempts, string? LastError, DateTimeOffset UpdatedAt);
