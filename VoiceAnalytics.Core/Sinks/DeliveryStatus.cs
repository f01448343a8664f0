namespace VoiceAnalytics.Core.Sinks;

public enum DeliveryStatus
{
    Delivered,
    Failed,
}
