namespace VoiceAnalytics.Core.Storage;

/// <summary>A validated body as received: kept byte-for-byte, with its SHA-256 (hex) to tell repeats from conflicts.</summary>
public sealed record SessionSubmission(string SessionId, ReadOnlyMemory<byte> Body, string Sha256, DateTimeOffset ReceivedAt);
