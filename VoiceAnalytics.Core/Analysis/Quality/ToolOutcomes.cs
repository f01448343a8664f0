using System.Text.Json;
using VoiceAnalytics.Core.Analysis.Text;

namespace VoiceAnalytics.Core.Analysis.Quality;

/// <summary>
/// Reads tool outputs: <c>is_error</c> is a failure; a knowledge search whose JSON output has <c>total</c> 0 or an empty
/// <c>results</c> list found nothing; a booking output that says <c>"success": false</c> failed.
/// </summary>
public static class ToolOutcomes
{
    public const string KnowledgeSearch = "unleash_search_knowledge";
    public const string Booking = "book_sales_meeting";

    public static ToolResult Of(ToolExchange exchange)
    {
        ArgumentNullException.ThrowIfNull(exchange);
        if (exchange.Output is not { } output)
        {
            return ToolResult.NoOutput;
        }

        if (output.IsError)
        {
            return ToolResult.Failed;
        }

        var text = output.Output.AsSpan().TrimStart();
        if (text.Length == 0 || text[0] != '{')
        {
            return ToolResult.Success;
        }

        try
        {
            using var json = JsonDocument.Parse(output.Output);
            var root = json.RootElement;
            if (root.TryGetProperty("success", out var success) && success.ValueKind == JsonValueKind.False)
            {
                return ToolResult.Failed;
            }

            return exchange.Name == KnowledgeSearch && FoundNothing(root) ? ToolResult.NoResults : ToolResult.Success;
        }
        catch (JsonException)
        {
            return ToolResult.Success;
        }
    }

    private static bool FoundNothing(JsonElement root) =>
        (root.TryGetProperty("total", out var total) && total.ValueKind == JsonValueKind.Number && total.GetDouble() == 0)
        || (root.TryGetProperty("results", out var results) && results.ValueKind == JsonValueKind.Array && results.GetArrayLength() == 0);
}
