using System.Text.Json;
using System.Text.Json.Serialization;

namespace VoiceAnalytics.Core.Alerts.Slack.Blocks;

/// <summary>Slack's JSON: snake_case names (<c>action_id</c>), absent values left out.</summary>
public static class SlackJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Serialize(SlackMessage message) => JsonSerializer.Serialize(message, Options);
}
