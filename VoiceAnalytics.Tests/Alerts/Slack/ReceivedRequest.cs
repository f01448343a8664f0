using System.Text.Json.Nodes;

namespace VoiceAnalytics.Tests.Alerts.Slack;

/// <summary>A request a fake server received: the path, the content type, the body.</summary>
public sealed record ReceivedRequest(string Path, string? ContentType, string Body)
{
    public JsonNode Json => JsonNode.Parse(Body)!;
}
