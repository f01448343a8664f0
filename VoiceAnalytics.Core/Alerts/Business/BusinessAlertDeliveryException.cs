namespace VoiceAnalytics.Core.Alerts.Business;

/// <summary>Slack did not take some alerts; the message carries Slack's error strings. A redelivery sends only those.</summary>
public sealed class BusinessAlertDeliveryException : Exception
{
    public BusinessAlertDeliveryException(string message)
        : base(message)
    {
    }

    public BusinessAlertDeliveryException()
    {
    }

    public BusinessAlertDeliveryException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
