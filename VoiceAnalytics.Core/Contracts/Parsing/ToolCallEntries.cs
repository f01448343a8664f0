using System.Globalization;
using System.Text.Json;

namespace VoiceAnalytics.Core.Contracts.Parsing;

/// <summary>
/// Reads the agent's own <c>tool_calls</c> list entry by entry. Four shapes are read: this contract's
/// (<c>{"call_id", "name", "arguments", "output", "is_error", "started_at", ...}</c>); the seeds' collection code
/// (<c>{"timestamp": iso, "tools": [names]}</c>, one call per name); the phase 1 agent's (<c>{"tool": name,
/// "timestamp": iso, ...arguments and results}</c>); and a dumped <c>function_tools_executed</c> event
/// (livekit-agents 1.7 <c>voice/events.py</c> <c>FunctionToolsExecutedEvent</c>: <c>function_calls</c> and
/// <c>function_call_outputs</c>). Times may be epoch seconds or ISO 8601 text. Other entries are skipped with a warning.
/// </summary>
internal static class ToolCallEntries
{
    /// <summary>An entry of the <c>tools</c> shape may name this many calls; more is not a call list.</summary>
    private const int MaxNamesPerEntry = 1_000;

    private static readonly (string Name, FieldKind Kind)[] Fields =
    [
        ("call_id", FieldKind.Text), ("output", FieldKind.Text), ("is_error", FieldKind.Flag), ("duration_seconds", FieldKind.Number),
        ("speech_id", FieldKind.Text),
    ];

    /// <summary>The phase 1 shape's result fields, kept as the call's output rather than its arguments.</summary>
    private static readonly HashSet<string> ResultFields = new(StringComparer.Ordinal) { "results_found", "total_results", "success", "error", "result" };

    public static List<ToolCall> Read(JsonElement array, string path, EntryChecker checker)
    {
        var calls = new List<ToolCall>();
        var index = 0;
        foreach (var entry in array.EnumerateArray())
        {
            var entryPath = checker.Index(path, index++);
            var faults = checker.Begin();
            var before = calls.Count;
            ReadEntry(entry, entryPath, faults, checker, calls);
            if (!checker.Accept())
            {
                calls.RemoveRange(before, calls.Count - before);
            }
        }

        return calls;
    }

    private static void ReadEntry(JsonElement entry, string path, PayloadFaults faults, EntryChecker checker, List<ToolCall> calls)
    {
        if (entry.ValueKind != JsonValueKind.Object)
        {
            faults.Add(path, $"Must be an object (a tool call), not {FieldRules.Kind(entry)}.");
            return;
        }

        if (entry.TryGetProperty("name", out var name) && name.ValueKind != JsonValueKind.Null)
        {
            ReadCall(entry, path, faults, calls);
        }
        else if (entry.TryGetProperty("tools", out var tools) && tools.ValueKind != JsonValueKind.Null)
        {
            ReadNames(entry, tools, path, faults, checker, calls);
        }
        else if (entry.TryGetProperty("tool", out var tool) && tool.ValueKind != JsonValueKind.Null)
        {
            ReadPhaseOne(entry, tool, path, faults, checker, calls);
        }
        else if (entry.TryGetProperty("function_calls", out var executed) && executed.ValueKind == JsonValueKind.Array)
        {
            ReadExecutedEvent(entry, executed, path, faults, checker, calls);
        }
        else
        {
            faults.Add(checker.Child(path, "name"), "Required: the tool's name, a string (or \"tools\": [names], or \"tool\": name).");
        }
    }

    private static void ReadCall(JsonElement entry, string path, PayloadFaults faults, List<ToolCall> calls)
    {
        var name = FieldRules.RequiredString(entry, path, "name", faults);
        FieldRules.CheckAll(entry, path, Fields, faults);
        var started = Time(entry, path, "started_at", faults) ?? Time(entry, path, "timestamp", faults);
        var completed = Time(entry, path, "completed_at", faults);
        if (faults.ErrorCount > 0 || name is null)
        {
            return;
        }

        calls.Add(new ToolCall
        {
            CallId = Text(entry, "call_id") ?? "",
            Name = name,
            Arguments = entry.TryGetProperty("arguments", out var arguments) && arguments.ValueKind != JsonValueKind.Null ? arguments.Clone() : null,
            Output = Text(entry, "output"),
            IsError = entry.TryGetProperty("is_error", out var isError) && isError.ValueKind == JsonValueKind.True,
            StartedAt = started,
            CompletedAt = completed,
            DurationSeconds = entry.TryGetProperty("duration_seconds", out var duration) && duration.ValueKind == JsonValueKind.Number ? duration.GetDouble() : null,
            SpeechId = Text(entry, "speech_id"),
        });
    }

    private static void ReadNames(JsonElement entry, JsonElement tools, string path, PayloadFaults faults, EntryChecker checker, List<ToolCall> calls)
    {
        var toolsPath = checker.Child(path, "tools");
        if (tools.ValueKind != JsonValueKind.Array || tools.GetArrayLength() > MaxNamesPerEntry)
        {
            faults.Add(toolsPath, $"Must be an array of at most {MaxNamesPerEntry} tool names.");
            return;
        }

        var at = Time(entry, path, "timestamp", faults);
        var index = 0;
        foreach (var tool in tools.EnumerateArray())
        {
            if (tool.ValueKind != JsonValueKind.String)
            {
                faults.Add(checker.Index(toolsPath, index), $"Must be a tool name (a string), not {FieldRules.Kind(tool)}.");
            }
            else
            {
                calls.Add(new ToolCall { Name = tool.GetString()!, StartedAt = at });
            }

            index++;
        }
    }

    private static void ReadPhaseOne(JsonElement entry, JsonElement tool, string path, PayloadFaults faults, EntryChecker checker, List<ToolCall> calls)
    {
        if (tool.ValueKind != JsonValueKind.String)
        {
            faults.Add(checker.Child(path, "tool"), $"Must be the tool's name (a string), not {FieldRules.Kind(tool)}.");
            return;
        }

        var at = Time(entry, path, "timestamp", faults);
        var arguments = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        var results = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var property in entry.EnumerateObject())
        {
            if (property.NameEquals("tool"u8) || property.NameEquals("timestamp"u8))
            {
                continue;
            }

            (ResultFields.Contains(property.Name) ? results : arguments)[property.Name] = property.Value;
        }

        calls.Add(new ToolCall
        {
            Name = tool.GetString()!,
            Arguments = JsonSerializer.SerializeToElement(arguments),
            Output = results.Count > 0 ? JsonSerializer.Serialize(results) : null,
            IsError = entry.TryGetProperty("error", out var error) && error.ValueKind is not (JsonValueKind.Null or JsonValueKind.False),
            StartedAt = at,
        });
    }

    private static void ReadExecutedEvent(JsonElement entry, JsonElement executed, string path, PayloadFaults faults, EntryChecker checker, List<ToolCall> calls)
    {
        var outputs = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        if (entry.TryGetProperty("function_call_outputs", out var outputList) && outputList.ValueKind == JsonValueKind.Array)
        {
            foreach (var output in outputList.EnumerateArray())
            {
                if (output.ValueKind == JsonValueKind.Object && Text(output, "call_id") is { } callId)
                {
                    outputs[callId] = output;
                }
            }
        }

        var callsPath = checker.Child(path, "function_calls");
        var index = 0;
        foreach (var call in executed.EnumerateArray())
        {
            var callPath = checker.Index(callsPath, index++);
            if (call.ValueKind != JsonValueKind.Object)
            {
                faults.Add(callPath, $"Must be a function call object, not {FieldRules.Kind(call)}.");
                continue;
            }

            var name = FieldRules.RequiredString(call, callPath, "name", faults);
            var callId = Text(call, "call_id") ?? "";
            var output = outputs.GetValueOrDefault(callId);
            if (name is null)
            {
                continue;
            }

            calls.Add(new ToolCall
            {
                CallId = callId,
                Name = name,
                Arguments = ParsedArguments(call),
                Output = output.ValueKind == JsonValueKind.Object ? Text(output, "output") : null,
                IsError = output.ValueKind == JsonValueKind.Object && output.TryGetProperty("is_error", out var isError) && isError.ValueKind == JsonValueKind.True,
                StartedAt = Time(call, callPath, "created_at", faults),
            });
        }
    }

    /// <summary>A function call's arguments, a JSON string in LiveKit, as an object when it is one.</summary>
    private static JsonElement? ParsedArguments(JsonElement call)
    {
        if (Text(call, "arguments") is not { } arguments)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(arguments);
            return document.RootElement.ValueKind == JsonValueKind.Object ? document.RootElement.Clone() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Text(JsonElement entry, string name) =>
        entry.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>A time as epoch seconds, given as epoch seconds or ISO 8601 text (without an offset read as UTC).</summary>
    private static double? Time(JsonElement entry, string path, string name, PayloadFaults faults)
    {
        if (!entry.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.String && IsoTime.TryRead(value, out var time) && time >= FieldRules.MinDate && time < FieldRules.MaxDate)
        {
            return time.ToUnixTimeMilliseconds() / 1000.0;
        }

        if (value.ValueKind == JsonValueKind.Number && FieldRules.Fault(value, FieldKind.EpochSeconds) is null)
        {
            return value.GetDouble();
        }

        faults.Add(faults.Child(path, name), "Must be epoch seconds or an ISO 8601 date-time between 1970 and 9000.");
        return null;
    }
}
