using System.Text;
using System.Text.Json.Nodes;
using VoiceAnalytics.Core.Analysis.Text;
using VoiceAnalytics.Core.Contracts;
using VoiceAnalytics.Core.Contracts.Parsing;

namespace VoiceAnalytics.Tests.Analysis.Sales.ProductFit;

/// <summary>Builds a session payload from spoken turns and tool calls, in order, for product-fit tests.</summary>
public sealed class TranscriptBuilder
{
    private const double T0 = 1_790_000_000;
    private readonly JsonArray _items = [];

    public TranscriptBuilder User(string text) => Message("user", text);

    public TranscriptBuilder Agent(string text) => Message("assistant", text);

    /// <summary>A knowledge-base search and its output; <paramref name="found"/> results (0 = nothing found).</summary>
    public TranscriptBuilder Search(string query, int found)
    {
        var callId = $"call_{_items.Count}";
        var results = new JsonArray();
        for (var i = 0; i < found; i++)
        {
            results.Add(new JsonObject { ["title"] = $"Guide {i}", ["snippet"] = query });
        }

        _items.Add(new JsonObject
        {
            ["id"] = $"item_{_items.Count}", ["type"] = "function_call", ["call_id"] = callId, ["name"] = "unleash_search_knowledge",
            ["arguments"] = new JsonObject { ["query"] = query }.ToJsonString(), ["created_at"] = T0 + _items.Count,
        });
        _items.Add(new JsonObject
        {
            ["id"] = $"item_{_items.Count}", ["type"] = "function_call_output", ["call_id"] = callId, ["name"] = "unleash_search_knowledge",
            ["output"] = new JsonObject { ["results"] = results, ["total"] = found }.ToJsonString(), ["is_error"] = false,
            ["created_at"] = T0 + _items.Count,
        });
        return this;
    }

    public SessionPayload Build()
    {
        var json = new JsonObject
        {
            ["session_id"] = "product-fit-test",
            ["start_time"] = "2026-10-01T15:00:00+00:00",
            ["end_time"] = "2026-10-01T15:05:00+00:00",
            ["duration_seconds"] = 300.0,
            ["transcript"] = new JsonObject { ["items"] = _items.DeepClone() },
        };
        var result = PayloadParser.Parse(Encoding.UTF8.GetBytes(json.ToJsonString()));
        Assert.True(result.IsValid, string.Join("; ", result.Errors.Select(e => e.Path + ": " + e.Message)));
        return result.Payload;
    }

    public Conversation Conversation() => new(Build());

    /// <summary>A conversation where the agent greets and the user says each of <paramref name="userTurns"/> in turn.</summary>
    public static Conversation FromUser(params string[] userTurns)
    {
        var builder = new TranscriptBuilder().Agent("Hi, I'm the PandaDoc trial assistant. How's it going?");
        foreach (var turn in userTurns)
        {
            builder.User(turn).Agent("Got it.");
        }

        return builder.Conversation();
    }

    private TranscriptBuilder Message(string role, string text)
    {
        _items.Add(new JsonObject
        {
            ["id"] = $"item_{_items.Count}", ["type"] = "message", ["role"] = role, ["content"] = new JsonArray(text),
            ["interrupted"] = false, ["created_at"] = T0 + _items.Count,
        });
        return this;
    }
}
