namespace VoiceAnalytics.Core.Reports;

/// <summary>
/// A scheduled report the destination refused or could not take; thrown so the timer run is recorded as failed.
/// The message holds the destination kind and an error code, never a webhook URL or an address.
/// </summary>
public sealed class ReportDeliveryException : Exception
{
    public ReportDeliveryException()
    {
    }

    public ReportDeliveryException(string message)
        : base(message)
    {
    }

    public ReportDeliveryException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
