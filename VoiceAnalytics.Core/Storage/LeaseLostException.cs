namespace VoiceAnalytics.Core.Storage;

/// <summary>The message's lease expired and another consumer received it; this consumer must not touch it.</summary>
public sealed class LeaseLostException : Exception
{
    public LeaseLostException(string messageId)
        : base($"The lease on queue message {messageId} was lost (it became visible again and was received elsewhere).")
    {
    }

    public LeaseLostException()
    {
    }

    public LeaseLostException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
