using System.Text.Json;
using VoiceAnalytics.Core.Analysis.Text;

namespace VoiceAnalytics.Core.Analysis.Sales.ProductFit.Features;

/// <summary>Reads the agent's knowledge-base searches (<c>unleash_search_knowledge</c>): the query, and whether it found nothing.</summary>
internal static class KnowledgeSearch
{
    public const string ToolName = "unleash_search_knowledge";

    public static bool IsSearch(ToolExchange exchange) => exchange.Name == ToolName;

    public static string? Query(ToolExchange exchange) =>
        exchange.Call.ParsedArguments() is { } args && args.TryGetProperty("query", out var query) && query.ValueKind == JsonValueKind.String
            ? query.GetString()
            : null;

    /// <summary>No output, a tool error, <c>total</c> 0 or an empty results list: the search did not confirm anything.</summary>
    public static bool FoundNothing(ToolExchange exchange)
    {
        if (exchange.Output is not { } output || output.IsError)
        {
            return true;
        }

        try
        {
            using var doc = JsonDocument.Parse(output.Output);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return false;
            }

            if (root.TryGetProperty("total", out var total) && total.ValueKind == JsonValueKind.Number)
            {
                return total.GetDouble() <= 0;
            }

            return root.TryGetProperty("results", out var results) && results.ValueKind == JsonValueKind.Array && results.GetArrayLength() == 0;
        }
        catch (JsonException)
        {
            return false; // free text output: leave it to the agent's reply
        }
    }
}
