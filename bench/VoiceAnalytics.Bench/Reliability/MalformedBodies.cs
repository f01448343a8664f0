using System.Text;
using System.Text.Json.Nodes;

namespace VoiceAnalytics.Bench.Reliability;

/// <summary>One probe: a name, the body bytes, and whether the contract should accept it (null: either answer is fine, but never a 5xx).</summary>
public sealed record Probe(string Name, byte[] Body, bool? ShouldAccept, string ContentType = "application/json");

/// <summary>
/// Bodies a careless or hostile client could send, built from a real sample: broken JSON, wrong types, nulls,
/// extremes, undecodable bytes, and valid payloads with unusual but legal content. Each has its own session id.
/// </summary>
public static class MalformedBodies
{
    public static IReadOnlyList<Probe> Build(string samplePath)
    {
        var sample = File.ReadAllText(samplePath);
        var n = 0;
        string Id() => $"rel-probe-{++n:D3}";
        JsonObject Fresh()
        {
            var root = JsonNode.Parse(sample)!.AsObject();
            root["session_id"] = Id();
            return root;
        }

        Probe Mutate(string name, bool? accept, Action<JsonObject> change)
        {
            var root = Fresh();
            change(root);
            return new Probe(name, Encoding.UTF8.GetBytes(root.ToJsonString()), accept);
        }

        static JsonArray Items(JsonObject root) => root["transcript"]!["items"]!.AsArray();
        static JsonObject FirstMessage(JsonObject root) => Items(root).First(i => i!["type"]?.GetValue<string>() == "message")!.AsObject();

        var probes = new List<Probe>
        {
            new("empty body", [], false),
            new("whitespace", "   "u8.ToArray(), false),
            new("literal null", "null"u8.ToArray(), false),
            new("array", "[]"u8.ToArray(), false),
            new("number", "42"u8.ToArray(), false),
            new("string", "\"session\""u8.ToArray(), false),
            new("unclosed object", "{\"session_id\": \"rel-x\""u8.ToArray(), false),
            new("truncated in the middle", Encoding.UTF8.GetBytes(sample[..(sample.Length / 2)]), false),
            new("trailing garbage", Encoding.UTF8.GetBytes(Fresh().ToJsonString() + " }}}"), false),
            new("deep nesting", Encoding.UTF8.GetBytes("{\"session_id\":\"rel-deep\",\"x\":" + new string('[', 5000) + new string(']', 5000) + "}"), false),
            new("invalid UTF-8 in session_id", [.. "{\"session_id\":\"rel-"u8, 0xC3, 0x28, .. "\",\"start_time\":\"2026-08-18T15:00:00Z\",\"transcript\":{\"items\":[]}}"u8], false),
            new("lone surrogate escape", "{\"session_id\":\"rel-\\ud800\",\"start_time\":\"2026-08-18T15:00:00Z\",\"transcript\":{\"items\":[]}}"u8.ToArray(), false),
            new("text/plain", Encoding.UTF8.GetBytes(Fresh().ToJsonString()), null, "text/plain"),
            Mutate("session_id missing", false, r => r.Remove("session_id")),
            Mutate("session_id empty", false, r => r["session_id"] = ""),
            Mutate("session_id with a trailing newline", false, r => r["session_id"] = Id() + "\n"),
            Mutate("session_id with spaces", false, r => r["session_id"] = "rel probe"),
            Mutate("session_id 129 chars", false, r => r["session_id"] = new string('a', 129)),
            Mutate("session_id a number", false, r => r["session_id"] = 12345),
            Mutate("start_time missing", false, r => r.Remove("start_time")),
            Mutate("start_time garbage", false, r => r["start_time"] = "yesterday"),
            Mutate("transcript missing", false, r => r.Remove("transcript")),
            Mutate("transcript null", false, r => r["transcript"] = null),
            Mutate("transcript.items a string", false, r => r["transcript"]!["items"] = "none"),
            Mutate("transcript.items empty", true, r => Items(r).Clear()),
            Mutate("item null", null, r => Items(r).Add(null)),
            Mutate("item of an unknown type", true, r => Items(r).Add(new JsonObject { ["type"] = "hologram", ["id"] = "h1" })),
            Mutate("message content null", null, r => FirstMessage(r)["content"] = null),
            Mutate("message content a number", false, r => FirstMessage(r)["content"] = 7),
            Mutate("message id null", null, r => FirstMessage(r)["id"] = null),
            Mutate("message role unknown", null, r => FirstMessage(r)["role"] = "narrator"),
            Mutate("message text 200 KB unpunctuated", true, r => FirstMessage(r)["content"] = new JsonArray(string.Concat(Enumerable.Repeat("we use docusign and hubspot for about forty people and the price is too high ", 2700)))),
            Mutate("metrics null", null, r => r["metrics"] = null),
            // A lenient section of the wrong kind is one warning and the call is analyzed without it (issue 11, docs/payload.md).
            Mutate("metrics a string", true, r => r["metrics"] = "fast"),
            Mutate("metrics of nulls", null, r => r["metrics"] = new JsonArray(null, null)),
            Mutate("metrics of an unknown type", true, r => r["metrics"] = new JsonArray(new JsonObject { ["type"] = "quantum_metrics", ["x"] = 1 })),
            Mutate("tool_calls null", null, r => r["tool_calls"] = null),
            Mutate("model_usage null", null, r => r["model_usage"] = null),
            Mutate("discovered_signals null", null, r => r["discovered_signals"] = null),
            Mutate("duration_seconds 1e308", null, r => r["duration_seconds"] = 1e308),
            Mutate("duration_seconds negative", null, r => r["duration_seconds"] = -5),
            Mutate("duration_seconds a string", false, r => r["duration_seconds"] = "long"),
            Mutate("unknown top-level field", true, r => r["agent_mood"] = "cheerful"),
            Mutate("user_email not an email", null, r => r["user_email"] = "not-an-email"),
        };

        // Numbers out of the finite range cannot be written by JsonNode: splice them into the text.
        probes.Add(new Probe("duration_seconds 1e400", Encoding.UTF8.GetBytes(Splice(Fresh(), "duration_seconds", "1e400")), false));
        probes.Add(new Probe("duration_seconds NaN literal", Encoding.UTF8.GetBytes(Splice(Fresh(), "duration_seconds", "NaN")), false));
        probes.Add(new Probe("duplicate keys", Encoding.UTF8.GetBytes(Fresh().ToJsonString().Replace("{\"session_id\"", "{\"session_id\":\"rel-dup-a\",\"session_id\"", StringComparison.Ordinal)), null));
        probes.Add(new Probe("BOM then JSON", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Fresh().ToJsonString())], null));
        return probes;
    }

    private static string Splice(JsonObject root, string field, string rawNumber)
    {
        root[field] = 424242.5;
        return root.ToJsonString().Replace("424242.5", rawNumber, StringComparison.Ordinal);
    }
}
