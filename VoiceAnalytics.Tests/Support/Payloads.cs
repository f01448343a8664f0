using System.Text.Json.Nodes;

namespace VoiceAnalytics.Tests.Support;

/// <summary>Small valid payloads built in code, and copies of the shared ones with a new session id.</summary>
public static class Payloads
{
    public static string Minimal(string sessionId, string userText = "Hello, how do templates work?") => new JsonObject
    {
        ["session_id"] = sessionId,
        ["start_time"] = "2026-08-18T15:02:11+00:00",
        ["end_time"] = "2026-08-18T15:04:11+00:00",
        ["duration_seconds"] = 120.0,
        ["user_email"] = "someone@example.com",
        ["user_name"] = "Some One",
        ["transcript"] = new JsonObject
        {
            ["items"] = new JsonArray
            {
                new JsonObject { ["id"] = "i1", ["type"] = "message", ["role"] = "assistant", ["content"] = new JsonArray("Hi, this is Ava."), ["created_at"] = 1787065333.5 },
                new JsonObject { ["id"] = "i2", ["type"] = "message", ["role"] = "user", ["content"] = new JsonArray(userText), ["created_at"] = 1787065340.0 },
            },
        },
    }.ToJsonString();

    /// <summary>A shared payload with its session id replaced, so tests do not collide.</summary>
    public static byte[] SharedWithId(string fileName, string sessionId)
    {
        var node = JsonNode.Parse(File.ReadAllText(Path.Combine(TestData.SharedDir, "data", "livekit", fileName)))!;
        node["session_id"] = sessionId;
        return System.Text.Encoding.UTF8.GetBytes(node.ToJsonString());
    }
}
