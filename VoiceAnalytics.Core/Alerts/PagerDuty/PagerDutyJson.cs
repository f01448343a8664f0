using System.Text.Json;
using System.Text.Json.Serialization;

namespace VoiceAnalytics.Core.Alerts.PagerDuty;

/// <summary>The Events API's JSON: snake_case names, lower-case enum values, absent values left out.</summary>
internal static class PagerDutyJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };
}
