using System.Diagnostics.Metrics;
using VoiceAnalytics.Core.Telemetry;

namespace VoiceAnalytics.Core.Analysis.Llm;

/// <summary>
/// The model path's figures as .NET metrics: every call on meter <c>VoiceAnalytics.Llm</c> (<c>llm.calls</c>, by
/// deployment, outcome and whether the cache answered), and the tokens and spend of each paid call through
/// <see cref="VoiceAnalyticsTelemetry.LlmUsage"/>, so exporters chart tokens and spend per deployment without
/// reading the warehouse. A cached answer counts as a call but adds no tokens or cost: it was paid for once.
/// </summary>
public sealed class LlmMetrics
{
    public const string MeterName = "VoiceAnalytics.Llm";

    private readonly Counter<long> _calls;
    private readonly VoiceAnalyticsTelemetry _telemetry;

    public LlmMetrics(IMeterFactory meters, VoiceAnalyticsTelemetry telemetry)
    {
        ArgumentNullException.ThrowIfNull(meters);
        ArgumentNullException.ThrowIfNull(telemetry);
        _telemetry = telemetry;
        var meter = meters.Create(MeterName);
        _calls = meter.CreateCounter<long>("llm.calls", description: "Model calls by deployment, outcome and whether the cache answered");
    }

    public void Record(LlmCallRecord call)
    {
        ArgumentNullException.ThrowIfNull(call);
        _calls.Add(1, new("deployment", call.Deployment), new("outcome", call.Outcome), new("cached", call.Cached));
        if (!call.Cached)
        {
            _telemetry.LlmUsage(call.Deployment, call.PromptTokens, call.CompletionTokens, call.CostUsd);
        }
    }
}
