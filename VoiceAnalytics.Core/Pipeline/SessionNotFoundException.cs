namespace VoiceAnalytics.Core.Pipeline;

public sealed class SessionNotFoundException : Exception
{
    public SessionNotFoundException(string sessionId)
        : base($"Session {sessionId} has no stored payload.")
    {
    }

    public SessionNotFoundException()
    {
    }

    public SessionNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
