namespace VoiceAnalytics.Core.Sinks.Amplitude;

/// <summary>Events were left unsent by throttling or transient errors; the ledger records it and a redelivery resends them (their insert_ids dedupe).</summary>
public sealed class AmplitudeDeliveryException : Exception
{
    public AmplitudeDeliveryException(string message)
        : base(message)
    {
    }

    public AmplitudeDeliveryException()
    {
    }

    public AmplitudeDeliveryException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
