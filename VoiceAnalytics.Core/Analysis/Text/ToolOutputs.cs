using System.Text.Json;
using VoiceAnalytics.Core.Contracts.TranscriptItems;

namespace VoiceAnalytics.Core.Analysis.Text;

/// <summary>
/// The JSON object of each tool output of a call, parsed on first use and kept for the session
/// (<c>conversation.Shared(ToolOutputs.Read)</c>): the outcome, knowledge-search and booking readers each used to parse
/// the same output. An output has an object when it opens with '{' after leading white space and parses; one that
/// does not is read as text by its readers. Analyzers may ask in parallel: a race parses an output twice and keeps one.
/// </summary>
public sealed class ToolOutputs
{
    // By reference: a call may hold thousands of tool outputs, so finding one must not scan them all.
    private readonly Dictionary<FunctionCallOutputItem, int> _index = new(ReferenceEqualityComparer.Instance);
    private readonly Parsed?[] _parsed;

    private ToolOutputs(IReadOnlyList<ToolExchange> tools)
    {
        _parsed = new Parsed?[tools.Count];
        for (var i = 0; i < tools.Count; i++)
        {
            if (tools[i].Output is { } output)
            {
                _index.TryAdd(output, i);
            }
        }
    }

    public static ToolOutputs Read(Conversation conversation)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        return new ToolOutputs(conversation.Tools);
    }

    /// <summary>The object <paramref name="output"/> holds, or null; an output of another call is parsed afresh.</summary>
    public JsonElement? ObjectOf(FunctionCallOutputItem output)
    {
        ArgumentNullException.ThrowIfNull(output);
        return _index.TryGetValue(output, out var i) ? (_parsed[i] ??= new Parsed(Parse(output))).Root : Parse(output);
    }

    /// <summary>The object <paramref name="output"/> holds, or null: from <paramref name="shared"/> when given, else parsed now.</summary>
    public static JsonElement? ObjectOf(ToolOutputs? shared, FunctionCallOutputItem output) =>
        shared is null ? Parse(output) : shared.ObjectOf(output);

    /// <summary>The object <paramref name="output"/> holds, or null, parsed now.</summary>
    public static JsonElement? Parse(FunctionCallOutputItem output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var text = output.Output.AsSpan().TrimStart();
        if (text.Length == 0 || text[0] != '{')
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(output.Output);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private sealed record Parsed(JsonElement? Root);
}
