using System.Text.Json;
using System.Text.Json.Serialization;
using VoiceAnalytics.Core.Contracts.Metrics;
using VoiceAnalytics.Core.Contracts.Parsing;
using VoiceAnalytics.Core.Contracts.TranscriptItems;

namespace VoiceAnalytics.Core.Contracts;

/// <summary>
/// The document the voice agent POSTs from its shutdown callback. The envelope is the agent's own;
/// transcript, metrics and usage are LiveKit Agents 1.x shapes. Unknown fields are ignored (the raw body is kept verbatim).
/// The sections the agent defines (metrics, tool calls, usage, signals, connection quality) are read leniently by
/// <see cref="PayloadParser"/>, which is the only way to read a payload; the serializer alone skips them.
/// </summary>
public sealed record SessionPayload
{
    public required string SessionId { get; init; }
    public string? RoomSid { get; init; }
    public string? JobId { get; init; }
    public string? AgentName { get; init; }
    public string? AgentSdkVersion { get; init; }
    /// <summary>ISO 8601; without an offset (Python's <c>datetime.now().isoformat()</c>) it is read as UTC.</summary>
    [JsonConverter(typeof(UtcUnlessOffset))]
    public required DateTimeOffset StartTime { get; init; }
    [JsonConverter(typeof(UtcUnlessOffset))]
    public DateTimeOffset? EndTime { get; init; }
    public double? DurationSeconds { get; init; }
    /// <summary>error | job_shutdown | participant_disconnected | user_initiated | task_completed.</summary>
    public string? CloseReason { get; init; }
    public string? ShutdownReason { get; init; }
    public string? ParticipantId { get; init; }
    public string? UserEmail { get; init; }
    public string? UserName { get; init; }
    public Participant? Participant { get; init; }
    public Transcript Transcript { get; init; } = new();
    [JsonConverter(typeof(ReadByPayloadParser<IReadOnlyList<MetricsRecord>>))]
    public IReadOnlyList<MetricsRecord> Metrics { get; init; } = [];
    [JsonConverter(typeof(ReadByPayloadParser<UsageSummary>))]
    public UsageSummary? UsageSummary { get; init; }
    /// <summary>
    /// Per-model usage, from the first of <c>model_usage</c>, <c>session_usage.model_usage</c> and <c>usage</c> that
    /// the payload holds (the same figures in the places 1.7 agents put them; never added together).
    /// </summary>
    [JsonConverter(typeof(ReadByPayloadParser<IReadOnlyList<ModelUsage>>))]
    public IReadOnlyList<ModelUsage> ModelUsage { get; init; } = [];

    /// <summary>Which field <see cref="ModelUsage"/> came from (<c>model_usage</c>, <c>session_usage</c>, <c>usage</c>); null without usage.</summary>
    [JsonIgnore]
    public string? ModelUsageSource { get; init; }
    /// <summary>Free-form hints from the agent's own naive detector; may be wrong.</summary>
    [JsonConverter(typeof(ReadByPayloadParser<JsonElement?>))]
    public JsonElement? DiscoveredSignals { get; init; }
    [JsonConverter(typeof(ReadByPayloadParser<IReadOnlyList<ToolCall>>))]
    public IReadOnlyList<ToolCall> ToolCalls { get; init; } = [];
    [JsonConverter(typeof(ReadByPayloadParser<ConnectionQuality>))]
    public ConnectionQuality? ConnectionQuality { get; init; }

    /// <summary>Entries of the agent-defined sections that did not parse and were skipped (kept verbatim in the stored body).</summary>
    [JsonIgnore]
    public IReadOnlyList<PayloadError> Warnings { get; init; } = [];

    /// <summary>Every skipped entry, listed in <see cref="Warnings"/> (the first 100) or not.</summary>
    [JsonIgnore]
    public int WarningCount { get; init; }

    /// <summary>The call's length: the envelope's duration, else end minus start, else zero.</summary>
    public double EffectiveDurationSeconds =>
        DurationSeconds ?? (EndTime is { } end ? Math.Max(0, (end - StartTime).TotalSeconds) : 0);
}
