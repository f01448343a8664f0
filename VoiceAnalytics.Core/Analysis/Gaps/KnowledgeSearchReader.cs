using System.Text.Json;
using System.Text.RegularExpressions;
using VoiceAnalytics.Core.Analysis.Text;
using VoiceAnalytics.Core.Analysis.Text.Cues;
using VoiceAnalytics.Core.Contracts.TranscriptItems;

namespace VoiceAnalytics.Core.Analysis.Gaps;

/// <summary>
/// Reads the knowledge-base searches (<c>unleash_search_knowledge</c>): the query from the arguments, and from the
/// output whether anything was found. The output is usually JSON (<c>total</c>, <c>results</c>, maybe
/// <c>is_error</c>) but may be plain text, so both are read.
/// </summary>
internal static partial class KnowledgeSearchReader
{
    public const string ToolName = "unleash_search_knowledge";

    public static List<SearchOutcome> Read(Conversation conversation)
    {
        var searches = new List<SearchOutcome>();
        foreach (var exchange in conversation.Tools)
        {
            if (string.Equals(exchange.Name, ToolName, StringComparison.Ordinal))
            {
                var (query, category) = ReadArguments(exchange.Call.Arguments);
                var (found, isError, count, error) = ReadOutput(exchange.Output, conversation.Shared(ToolOutputs.Read));
                searches.Add(new SearchOutcome(exchange, query, category, found, isError, count, error));
            }
        }

        return searches;
    }

    internal static (string Query, string? Category) ReadArguments(string arguments)
    {
        if (!LooksLike(arguments, '{'))
        {
            return (arguments, null);
        }

        try
        {
            using var doc = JsonDocument.Parse(arguments);
            return (StringProperty(doc.RootElement, "query") ?? "", StringProperty(doc.RootElement, "category"));
        }
        catch (JsonException)
        {
            return (arguments, null);
        }
    }

    /// <summary>Whether a search output found anything, failed, and how many results it reported.</summary>
    internal static (bool Found, bool IsError, int? Count, string? Error) ReadOutput(FunctionCallOutputItem? output) => ReadOutput(output, null);

    /// <summary>As <see cref="ReadOutput(FunctionCallOutputItem?)"/>, the JSON read from the session's one parse when given.</summary>
    private static (bool Found, bool IsError, int? Count, string? Error) ReadOutput(FunctionCallOutputItem? output, ToolOutputs? outputs)
    {
        if (output is null)
        {
            return (false, true, null, "no output");
        }

        if (output.IsError)
        {
            return (false, true, null, Shorten(output.Output));
        }

        // JSON when it parses; text otherwise (also text that only looks like JSON)
        if (ToolOutputs.ObjectOf(outputs, output) is { } root)
        {
            return ReadJson(root);
        }

        if (NoResultsText().IsMatch(output.Output))
        {
            return (false, false, 0, null);
        }

        return ErrorText().IsMatch(output.Output) ? (false, true, null, Shorten(output.Output)) : (true, false, null, null);
    }

    private static (bool, bool, int?, string?) ReadJson(JsonElement root)
    {
        var error = StringProperty(root, "error") ?? StringProperty(root, "message");
        if (IsTrue(root, "is_error") || (root.TryGetProperty("success", out var s) && s.ValueKind == JsonValueKind.False))
        {
            return (false, true, null, error ?? "is_error");
        }

        int? count = null;
        if ((root.TryGetProperty("total", out var total) || root.TryGetProperty("total_results", out total))
            && total.ValueKind == JsonValueKind.Number && total.TryGetInt32(out var n))
        {
            count = n;
        }
        else if (root.TryGetProperty("results", out var results) && results.ValueKind == JsonValueKind.Array)
        {
            count = results.GetArrayLength();
        }
        else if (error is not null)
        {
            return (false, true, null, error);
        }

        return (count is null or > 0, false, count, null);
    }

    private static bool IsTrue(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.True;

    private static string? StringProperty(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static bool LooksLike(string text, char open)
    {
        var trimmed = text.AsSpan().TrimStart();
        return trimmed.Length > 0 && trimmed[0] == open;
    }

    private static string Shorten(string text) => text.Length <= 200 ? text : text[..200];

    [GeneratedRegex(@"\b(?:no\s+(?:results|matches|articles)|0\s+results|nothing\s+(?:found|matched)|found\s+nothing)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex NoResultsTextPattern();

    private static GuardedRegex? NoResultsTextGuarded;

    private static GuardedRegex NoResultsText() => NoResultsTextGuarded ??= new(NoResultsTextPattern());

    [GeneratedRegex(@"\b(?:error|timed?\s*out|failed|failure|unavailable|exception)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex ErrorTextPattern();

    private static GuardedRegex? ErrorTextGuarded;

    private static GuardedRegex ErrorText() => ErrorTextGuarded ??= new(ErrorTextPattern());
}
