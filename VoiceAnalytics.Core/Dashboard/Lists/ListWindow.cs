using System.Text.Json.Serialization;
using VoiceAnalytics.Core.Warehouse;

namespace VoiceAnalytics.Core.Dashboard.Lists;

/// <summary>The window a response covers: sessions that started in [from, to).</summary>
public sealed record ListWindow(
    [property: JsonPropertyName("from")] DateTimeOffset From,
    [property: JsonPropertyName("to")] DateTimeOffset To)
{
    public static ListWindow Of(DashboardFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return new(filter.From, filter.To);
    }
}

/// <summary>What a widget shows when we have no source for it: never a made-up number.</summary>
public sealed record Unavailable([property: JsonPropertyName("reason")] string Reason)
{
    [JsonPropertyName("available")]
    public bool Available => false;
}
