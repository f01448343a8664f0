using System.Text.Json;
using System.Text.Json.Nodes;
using VoiceAnalytics.Core.Warehouse;

namespace VoiceAnalytics.Tests.Warehouse;

/// <summary>
/// What the ranked lists read, added to a hand-built <see cref="WarehouseRecord"/>: tool calls in the transcript JSON
/// (as the payload's transcript serializes), objections and competitor mentions as the objections analyzer writes them.
/// </summary>
public static class ListRecords
{
    /// <summary>A tool call and its output; a null output leaves the call unanswered.</summary>
    public sealed record Tool(string Name, string Arguments, string? Output, bool IsError = false);

    public static Tool Search(string query, int? total) =>
        new("unleash_search_knowledge", JsonSerializer.Serialize(new { query }), total is { } n ? $$"""{"total": {{n}}, "results": []}""" : null);

    public static Tool FailedSearch(string query) =>
        new("unleash_search_knowledge", JsonSerializer.Serialize(new { query }), """{"error": "timeout"}""", IsError: true);

    public static WarehouseRecord WithTools(this WarehouseRecord record, params Tool[] tools)
    {
        var items = new JsonArray();
        for (var i = 0; i < tools.Length; i++)
        {
            var id = "call-" + i;
            items.Add(new JsonObject { ["type"] = "function_call", ["id"] = "fc-" + i, ["call_id"] = id, ["name"] = tools[i].Name, ["arguments"] = tools[i].Arguments });
            if (tools[i].Output is { } output)
            {
                items.Add(new JsonObject { ["type"] = "function_call_output", ["id"] = "fo-" + i, ["call_id"] = id, ["name"] = tools[i].Name, ["output"] = output, ["is_error"] = tools[i].IsError });
            }
        }

        return record with { Transcript = record.Transcript with { TranscriptJson = new JsonObject { ["items"] = items }.ToJsonString() } };
    }

    /// <summary>The objections report: objections (category, trigger, resolved, quote) and competitor mentions (name, sentiment, quote).</summary>
    public static WarehouseRecord WithObjections(
        this WarehouseRecord record,
        IEnumerable<(string Category, string Trigger, bool Resolved, string Quote)>? objections = null,
        IEnumerable<(string Competitor, string Sentiment, string Quote)>? competitors = null)
    {
        var report = new JsonObject
        {
            ["objections"] = new JsonArray([.. (objections ?? []).Select(o => (JsonNode)new JsonObject
            {
                ["category"] = o.Category, ["severity"] = "concern", ["status"] = o.Resolved ? "resolved" : "outstanding", ["priority"] = 1,
                ["trigger"] = o.Trigger, ["confidence"] = 0.8, ["evidence"] = new JsonObject { ["quote"] = o.Quote },
            })]),
            ["competitor_mentions"] = new JsonArray([.. (competitors ?? []).Select(c => (JsonNode)new JsonObject
            {
                ["competitor"] = c.Competitor, ["context"] = "mentioned", ["sentiment"] = c.Sentiment, ["confidence"] = 0.8,
                ["evidence"] = new JsonObject { ["quote"] = c.Quote },
            })]),
        };
        return record.WithAnalysis("objections", report).WithAnalysis("competitors", report.DeepClone());
    }
}
