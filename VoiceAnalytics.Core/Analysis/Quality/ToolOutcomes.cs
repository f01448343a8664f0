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

    public static ToolResult Of(ToolExchange exchange) => Of(exchange, null);

    /// <summary>The outcome, reading the output's JSON from the session's one parse (<see cref="ToolOutputs"/>).</summary>
    public static ToolResult Of(Conversation conversation, ToolExchange exchange)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        return Of(exchange, conversation.Shared(ToolOutputs.Read));
    }

    private static ToolResult Of(ToolExchange exchange, ToolOutputs? outputs)
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

        // plain text, or text that only looks like JSON, reports nothing against the call
        if (ToolOutputs.ObjectOf(outputs, output) is not { } root)
        {
            return ToolResult.Success;
        }

        if (root.TryGetProperty("success", out var success) && success.ValueKind == JsonValueKind.False)
        {
            return ToolResult.Failed;
        }

        return exchange.Name == KnowledgeSearch && FoundNothing(root) ? ToolResult.NoResults : ToolResult.Success;
    }

    private static bool FoundNothing(JsonElement root) =>
        (root.TryGetProperty("total", out var total) && total.ValueKind == JsonValueKind.Number && total.GetDouble() == 0)
        || (root.TryGetProperty("results", out var results) && results.ValueKind == JsonValueKind.Array && results.GetArrayLength() == 0);
}
