namespace VoiceAnalytics.Core.Alerts.Slack;

/// <summary>Channel keys of <see cref="SlackOptions.Channels"/> (data-flow spec 7.2 to 7.4).</summary>
public static class SlackChannels
{
    /// <summary>#sales: hot leads, meetings booked, competitor mentions (spec 7.3).</summary>
    public const string Sales = "sales";

    /// <summary>#ops: high-priority operational alerts (spec 7.2).</summary>
    public const string Ops = "ops";

    /// <summary>#product: the hourly quality digest, no mentions (spec 7.4).</summary>
    public const string Product = "product";
}
