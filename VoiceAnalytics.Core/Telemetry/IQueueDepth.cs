namespace VoiceAnalytics.Core.Telemetry;

/// <summary>The session queue's backlog for the <c>voice_analytics.queue.depth</c> gauge.</summary>
public interface IQueueDepth
{
    /// <summary>Messages waiting now; null when the queue could not be read (the gauge then reports nothing).</summary>
    long? Read();
}
