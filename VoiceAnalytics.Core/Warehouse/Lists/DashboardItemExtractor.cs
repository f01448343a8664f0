using System.Text.Json;
using VoiceAnalytics.Core.Analysis.Gaps;
using VoiceAnalytics.Core.Contracts.TranscriptItems;
using static VoiceAnalytics.Core.Warehouse.Lists.DashboardItemKinds;

namespace VoiceAnalytics.Core.Warehouse.Lists;

/// <summary>
/// A session's ranked-list entries (<see cref="DashboardItem"/>), from what the analyzers already extracted (industry,
/// team size, integrations, competitor mentions, objections) and the transcript's tool calls, read the way the
/// content-gap analyzer reads knowledge-base searches (<see cref="KnowledgeSearchReader"/>). At most
/// <see cref="DashboardItemKinds.MaxItemsPerKind"/> entries per kind, each cut to
/// <see cref="DashboardItemKinds.MaxItemLength"/> characters: the text comes from calls we do not control.
/// </summary>
public static class DashboardItemExtractor
{
    public static IReadOnlyList<DashboardItem> Extract(DashboardItemSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var items = new List<DashboardItem>();
        if (source.LeadScore is { } score)
        {
            items.Add(new DashboardItem(LeadScore, LeadScoreBucket(score), "", 1, ValueSum: score, ValueCount: 1));
        }

        if (Trimmed(source.Industry) is { } industry)
        {
            items.Add(new DashboardItem(Industry, industry, "", 1));
        }

        if (Int(At(source.SalesIntelligence, "sizing", "team_size", "value")) is { } seats && TeamSizeBucket(seats) is { } bucket)
        {
            items.Add(new DashboardItem(TeamSize, bucket, "", 1, ValueSum: seats, ValueCount: 1));
        }

        items.AddRange(Bounded(
            Array(At(source.SalesIntelligence, "product_fit", "integration_needs")).Select(i => Label(Text(At(i, "value")))).OfType<string>().Distinct(StringComparer.Ordinal)
                .Select(i => new DashboardItem(Integration, i, "", 1))));
        items.AddRange(Competitors(source.Competitors ?? source.Objections));
        items.AddRange(Objections(source.Objections));
        items.AddRange(ToolItems(source.TranscriptJson));
        return items;
    }

    private static IEnumerable<DashboardItem> Competitors(JsonElement? report) => Bounded(
        Array(At(report, "competitor_mentions"))
            .Select(m => (Name: Label(Text(At(m, "competitor"))), Sentiment: Label(Text(At(m, "sentiment"))) ?? "neutral", Quote: Text(At(m, "evidence", "quote"))))
            .Where(m => m.Name is not null)
            .GroupBy(m => (m.Name!, m.Sentiment))
            .Select(g => new DashboardItem(Competitor, g.Key.Item1, g.Key.Sentiment, g.Count(), Quote: Quote(g.Select(m => m.Quote)))));

    private static IEnumerable<DashboardItem> Objections(JsonElement? report) => Bounded(
        Array(At(report, "objections"))
            .Select(o => (Category: Label(Text(At(o, "category"))) ?? "other", Trigger: Text(At(o, "trigger")), Resolved: Text(At(o, "status")) == "resolved", Quote: Text(At(o, "evidence", "quote"))))
            .GroupBy(o => (Item: Label(o.Trigger) ?? o.Category, o.Category))
            .Select(g => new DashboardItem(Objection, g.Key.Item, g.Key.Category, g.Count(), Positive: g.Count(o => o.Resolved), Quote: Quote(g.Select(o => o.Quote)))));

    /// <summary>Tool calls per tool, knowledge-base searches per query and per result-count bin.</summary>
    private static IEnumerable<DashboardItem> ToolItems(string transcriptJson)
    {
        var (calls, outputs) = ReadTools(transcriptJson);
        var tools = Bounded(calls
            .GroupBy(c => Cut(c.Name, MaxItemLength), StringComparer.Ordinal)
            .Select(g => new DashboardItem(Tool, g.Key, "", g.Count(), Zero: g.Count(c => outputs.GetValueOrDefault(c.CallId) is not { IsError: false }))));

        var searches = calls
            .Where(c => c.Name == KnowledgeSearchReader.ToolName)
            .Select(c => (Asked: KnowledgeSearchReader.ReadArguments(c.Arguments).Query.Trim(), Outcome: KnowledgeSearchReader.ReadOutput(outputs.GetValueOrDefault(c.CallId))))
            .Where(s => s.Asked.Length > 0)
            .ToList();
        var queries = Bounded(searches
            .GroupBy(s => NormalizeQuery(s.Asked), StringComparer.Ordinal)
            .Select(g => new DashboardItem(
                KnowledgeSearch, g.Key, "", g.Count(),
                Positive: g.Count(s => s.Outcome.Found),
                Zero: g.Count(s => !s.Outcome.IsError && s.Outcome.Count == 0),
                ValueSum: g.Sum(s => (long)Math.Max(0, s.Outcome.Count ?? 0)),
                ValueCount: g.Count(s => s.Outcome.Count is not null),
                Quote: Cut(g.First().Asked, MaxQuoteLength))));
        var bins = searches
            .Where(s => s.Outcome.Count is not null)
            .GroupBy(s => ResultBin(s.Outcome.Count!.Value), StringComparer.Ordinal)
            .Select(g => new DashboardItem(SearchResults, g.Key, "", g.Count(), ValueSum: g.Sum(s => (long)Math.Max(0, s.Outcome.Count!.Value)), ValueCount: g.Count()));
        return tools.Concat(queries).Concat(bins);
    }

    /// <summary>The transcript's function calls in order and their outputs by call id (the stored JSON is the payload's transcript, PayloadJson).</summary>
    private static (List<FunctionCallItem> Calls, Dictionary<string, FunctionCallOutputItem> Outputs) ReadTools(string transcriptJson)
    {
        var calls = new List<FunctionCallItem>();
        var outputs = new Dictionary<string, FunctionCallOutputItem>(StringComparer.Ordinal);
        // A transcript without tool calls (most turns) is skipped without parsing.
        if (!transcriptJson.Contains("\"function_call", StringComparison.Ordinal))
        {
            return (calls, outputs);
        }

        try
        {
            using var document = JsonDocument.Parse(transcriptJson);
            foreach (var item in Array(At(document.RootElement, "items")))
            {
                switch (Text(At(item, "type")))
                {
                    case "function_call":
                        calls.Add(new FunctionCallItem { CallId = Text(At(item, "call_id")) ?? "", Name = Text(At(item, "name")) ?? "", Arguments = Text(At(item, "arguments")) ?? "" });
                        break;
                    case "function_call_output":
                        var name = Text(At(item, "name")) ?? "";
                        outputs[Text(At(item, "call_id")) ?? ""] = new FunctionCallOutputItem
                        {
                            CallId = Text(At(item, "call_id")) ?? "",
                            Name = name,
                            // Only a search's output is read (its result count); other outputs can be large and only their error flag counts.
                            Output = name is KnowledgeSearchReader.ToolName or "" ? Text(At(item, "output")) ?? "" : "",
                            IsError = At(item, "is_error") is { ValueKind: JsonValueKind.True },
                        };
                        break;
                    default:
                        break;
                }
            }
        }
        catch (JsonException)
        {
            // A transcript that is not JSON has no tool calls to count.
        }

        return (calls.Where(c => c.Name.Length > 0).ToList(), outputs);
    }

    private static IEnumerable<DashboardItem> Bounded(IEnumerable<DashboardItem> items) => items.Take(MaxItemsPerKind);

    /// <summary>The session's industry as stored (the filter compares it as is).</summary>
    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : Cut(text.Trim(), MaxItemLength);

    private static string? Label(string? text) => string.IsNullOrWhiteSpace(text) ? null : Cut(text.Trim().ToLowerInvariant(), MaxItemLength);

    private static string? Quote(IEnumerable<string?> quotes) => quotes.FirstOrDefault(q => !string.IsNullOrWhiteSpace(q)) is { } q ? Cut(q.Trim(), MaxQuoteLength) : null;

    private static JsonElement? At(JsonElement? root, params string[] path)
    {
        if (root is not { } current)
        {
            return null;
        }

        foreach (var step in path)
        {
            if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(step, out current))
            {
                return null;
            }
        }

        return current.ValueKind == JsonValueKind.Null ? null : current;
    }

    private static IEnumerable<JsonElement> Array(JsonElement? value) => value is { ValueKind: JsonValueKind.Array } array ? array.EnumerateArray() : [];

    private static string? Text(JsonElement? value) => value is { ValueKind: JsonValueKind.String } v ? v.GetString() : null;

    private static int? Int(JsonElement? value) => value is { ValueKind: JsonValueKind.Number } v && v.TryGetInt32(out var n) ? n : null;
}
