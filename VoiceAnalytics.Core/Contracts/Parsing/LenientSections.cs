using System.Text.Json;
using VoiceAnalytics.Core.Contracts.Metrics;

namespace VoiceAnalytics.Core.Contracts.Parsing;

/// <summary>
/// The sections whose shape the agent defines: <c>metrics</c>, <c>tool_calls</c>, the usage (<c>model_usage</c>,
/// <c>session_usage</c>, <c>usage</c>, <c>usage_summary</c>), <c>discovered_signals</c> and <c>connection_quality</c>.
/// What does not parse is skipped and reported as a warning; the payload is kept (verbatim) and analyzed with the rest.
/// </summary>
internal sealed record LenientSections
{
    public IReadOnlyList<MetricsRecord> Metrics { get; private init; } = [];

    public IReadOnlyList<ToolCall> ToolCalls { get; private init; } = [];

    public IReadOnlyList<ModelUsage> ModelUsage { get; private init; } = [];

    public string? ModelUsageSource { get; private init; }

    public UsageSummary? UsageSummary { get; private init; }

    public JsonElement? DiscoveredSignals { get; private init; }

    public ConnectionQuality? ConnectionQuality { get; private init; }

    /// <summary>The fields that may hold per-model usage, in the order one is chosen (the same figures; never added together).</summary>
    private static readonly string[] UsageFields = ["model_usage", "session_usage", "usage"];

    private static readonly (string Name, FieldKind Kind)[] ConnectionFields =
        [("bandwidth_in", FieldKind.Number), ("bandwidth_out", FieldKind.Number), ("packet_loss", FieldKind.Number), ("jitter", FieldKind.Number)];

    public static LenientSections Read(JsonElement root, PayloadFaults faults)
    {
        var checker = new EntryChecker(faults);
        var (usage, source) = ReadUsage(root, checker);
        return new LenientSections
        {
            Metrics = Array(root, "metrics", checker) is { } metrics ? MetricsEntries.Read(metrics, "$.metrics", checker) : [],
            ToolCalls = Array(root, "tool_calls", checker) is { } tools ? ToolCallEntries.Read(tools, "$.tool_calls", checker) : [],
            ModelUsage = usage,
            ModelUsageSource = source,
            UsageSummary = ReadUsageSummary(root, checker),
            DiscoveredSignals = Object(root, "discovered_signals", checker, static (_, _, _) => { })?.Clone(),
            ConnectionQuality = Object(root, "connection_quality", checker, static (quality, path, faults) => FieldRules.CheckAll(quality, path, ConnectionFields, faults))
                is { } connection ? connection.Deserialize<ConnectionQuality>(PayloadJson.Options) : null,
        };
    }

    private static (IReadOnlyList<ModelUsage> Entries, string? Source) ReadUsage(JsonElement root, EntryChecker checker)
    {
        IReadOnlyList<ModelUsage> chosen = [];
        string? source = null;
        foreach (var field in UsageFields)
        {
            if (!root.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                continue;
            }

            // An array of entries, or an object holding one as "model_usage" (AgentSessionUsage, session.usage).
            var path = "$." + field;
            if (value.ValueKind == JsonValueKind.Object && value.TryGetProperty("model_usage", out var nested) && nested.ValueKind != JsonValueKind.Null)
            {
                path += ".model_usage";
                value = nested;
            }

            if (value.ValueKind != JsonValueKind.Array)
            {
                checker.Skip(path, $"Must be an array of model usage entries (or an object with one as \"model_usage\"), not {FieldRules.Kind(value)}.");
                continue;
            }

            var entries = UsageEntries.Read(value, path, checker);
            if (source is null && entries.Count > 0)
            {
                (chosen, source) = (entries, field);
            }
        }

        return (chosen, source);
    }

    private static UsageSummary? ReadUsageSummary(JsonElement root, EntryChecker checker)
    {
        if (!root.TryGetProperty("usage_summary", out var summary) || summary.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        var faults = checker.Begin();
        JsonDocument? parsed = null;
        try
        {
            if (summary.ValueKind == JsonValueKind.String)
            {
                // str(usage_collector.get_summary()): the dataclass's repr, UsageSummary(llm_prompt_tokens=..., ...).
                parsed = PythonRepr.ToJson(summary.GetString()!, out var error);
                if (parsed is null)
                {
                    faults.Add("$.usage_summary", error!);
                }
                else
                {
                    summary = parsed.RootElement;
                }
            }

            if (faults.ErrorCount == 0 && summary.ValueKind != JsonValueKind.Object)
            {
                faults.Add("$.usage_summary", $"Must be an object (LiveKit's UsageSummary), not {FieldRules.Kind(summary)}.");
            }
            else if (faults.ErrorCount == 0)
            {
                foreach (var property in summary.EnumerateObject())
                {
                    // Token and character counts, and two durations; other names must be numbers.
                    var kind = property.Name is "tts_audio_duration" or "stt_audio_duration" ? FieldKind.Number
                        : property.Name.StartsWith("llm_", StringComparison.Ordinal) || property.Name.EndsWith("_count", StringComparison.Ordinal) ? FieldKind.Count
                        : FieldKind.Number;
                    FieldRules.Check(summary, "$.usage_summary", property.Name, kind, faults);
                }
            }

            return checker.Accept() ? summary.Deserialize<UsageSummary>(PayloadJson.Options) : null;
        }
        finally
        {
            parsed?.Dispose();
        }
    }

    private static JsonElement? Array(JsonElement root, string name, EntryChecker checker)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            checker.Skip("$." + name, $"Must be an array (or null), not {FieldRules.Kind(value)}.");
            return null;
        }

        return value;
    }

    private static JsonElement? Object(JsonElement root, string name, EntryChecker checker, Action<JsonElement, string, PayloadFaults> validate)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        var faults = checker.Begin();
        if (value.ValueKind != JsonValueKind.Object)
        {
            faults.Add("$." + name, $"Must be an object (or null), not {FieldRules.Kind(value)}.");
        }
        else
        {
            validate(value, "$." + name, faults);
        }

        return checker.Accept() ? value : null;
    }
}
