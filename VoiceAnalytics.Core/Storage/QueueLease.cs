namespace VoiceAnalytics.Core.Storage;

/// <summary>A received message, invisible to other consumers until its visibility timeout ends.</summary>
/// <param name="DequeueCount">How many times the message has been received, this time included.</param>
/// <param name="Receipt">Proof of the lease (pop receipt); completing with a stale one fails.</param>
public sealed record QueueLease(string MessageId, string Receipt, SessionMessage Message, long DequeueCount);
