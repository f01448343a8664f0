namespace VoiceAnalytics.Core.Storage;

public sealed record PoisonMessage(SessionMessage Message, long DequeueCount, string Reason, DateTimeOffset PoisonedAt);
