using System.Text.Json;
using VoiceAnalytics.Core.Contracts.Metrics;

namespace VoiceAnalytics.Core.Contracts.Parsing;

/// <summary>
/// Reads LiveKit's per-model usage entries (livekit-agents 1.7 <c>metrics/usage.py</c>) wherever the agent put them,
/// entry by entry. The session report writes them with <c>model_dump(exclude_defaults=True)</c>, so <c>type</c> and
/// every zero may be missing: the type is then inferred from the fields present (token kinds, cache or session
/// figures: LLM; characters: TTS; audio without characters: STT; only requests: the end-of-turn model when its name
/// says "turn" or "eot", else the interruption model; plain input/output tokens: LLM). An entry may also be the text
/// of <c>repr(usage)</c> (<see cref="PythonRepr"/>).
/// </summary>
internal static class UsageEntries
{
    private static readonly (string Name, FieldKind Kind)[] Fields =
    [
        ("type", FieldKind.Text), ("provider", FieldKind.Text), ("model", FieldKind.Text), ("input_tokens", FieldKind.Count),
        ("input_cached_tokens", FieldKind.Count), ("input_cache_creation_tokens", FieldKind.Count), ("input_audio_tokens", FieldKind.Count),
        ("input_cached_audio_tokens", FieldKind.Count), ("input_text_tokens", FieldKind.Count), ("input_cached_text_tokens", FieldKind.Count),
        ("input_image_tokens", FieldKind.Count), ("input_cached_image_tokens", FieldKind.Count), ("output_tokens", FieldKind.Count),
        ("output_audio_tokens", FieldKind.Count), ("output_text_tokens", FieldKind.Count), ("characters_count", FieldKind.Count),
        ("audio_duration", FieldKind.Number), ("session_duration", FieldKind.Number), ("total_requests", FieldKind.Count),
    ];

    /// <summary>Fields only an LLM's usage has (multimodal token kinds, cache, session billing).</summary>
    private static readonly string[] LlmOnlyFields =
    [
        "input_cached_tokens", "input_cache_creation_tokens", "input_audio_tokens", "input_cached_audio_tokens", "input_text_tokens",
        "input_cached_text_tokens", "input_image_tokens", "input_cached_image_tokens", "output_audio_tokens", "output_text_tokens", "session_duration",
    ];

    public static List<ModelUsage> Read(JsonElement array, string path, EntryChecker checker)
    {
        var entries = new List<ModelUsage>();
        var index = 0;
        foreach (var entry in array.EnumerateArray())
        {
            var entryPath = checker.Index(path, index++);
            var faults = checker.Begin();
            var usage = ReadEntry(entry, entryPath, faults);
            if (checker.Accept() && usage is not null)
            {
                entries.Add(usage);
            }
        }

        return entries;
    }

    private static ModelUsage? ReadEntry(JsonElement entry, string path, PayloadFaults faults)
    {
        if (entry.ValueKind == JsonValueKind.String)
        {
            using var parsed = PythonRepr.ToJson(entry.GetString()!, out var error);
            if (parsed is null || parsed.RootElement.ValueKind != JsonValueKind.Object)
            {
                faults.Add(path, error ?? "Must describe one model usage entry.");
                return null;
            }

            return Usage(parsed.RootElement, path, faults);
        }

        if (entry.ValueKind != JsonValueKind.Object)
        {
            faults.Add(path, $"Must be an object (a LiveKit model usage entry), not {FieldRules.Kind(entry)}.");
            return null;
        }

        return Usage(entry, path, faults);
    }

    private static ModelUsage? Usage(JsonElement entry, string path, PayloadFaults faults)
    {
        FieldRules.CheckAll(entry, path, Fields, faults);
        if (faults.ErrorCount > 0)
        {
            return null;
        }

        var usage = entry.Deserialize<ModelUsage>(PayloadJson.Options)!;
        return usage.Type.Length > 0 ? usage : usage with { Type = InferType(entry, usage) };
    }

    private static string InferType(JsonElement entry, ModelUsage usage)
    {
        if (LlmOnlyFields.Any(name => Present(entry, name)))
        {
            return ModelUsage.LlmType;
        }

        if (Present(entry, "characters_count"))
        {
            return ModelUsage.TtsType;
        }

        if (Present(entry, "audio_duration"))
        {
            return ModelUsage.SttType;
        }

        if (Present(entry, "total_requests"))
        {
            var name = $"{usage.Model} {usage.Provider}";
            return name.Contains("turn", StringComparison.OrdinalIgnoreCase) || name.Contains("eot", StringComparison.OrdinalIgnoreCase)
                ? ModelUsage.EotType
                : ModelUsage.InterruptionType;
        }

        return Present(entry, "input_tokens") || Present(entry, "output_tokens") ? ModelUsage.LlmType : "";
    }

    private static bool Present(JsonElement entry, string name) =>
        entry.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null;
}
