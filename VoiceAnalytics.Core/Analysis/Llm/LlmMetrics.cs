using System.Diagnostics.Metrics;

namespace VoiceAnalytics.Core.Analysis.Llm;

/// <summary>
/// The model path's figures as .NET metrics (meter <c>VoiceAnalytics.Llm</c>), so any OpenTelemetry or
/// Application Insights exporter can chart tokens and spend per deployment without reading the warehouse.
/// A cached answer counts as a call but adds no tokens or cost: it was paid for once.
/// </summary>
public sealed class LlmMetrics
{
    public const string MeterName = "VoiceAnalytics.Llm";

    private readonly Counter<long> _calls;
    private readonly Counter<long> _tokens;
    private readonly Counter<double> _cost;

    public LlmMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        var meter = meters.Create(MeterName);
        _calls = meter.CreateCounter<long>("llm.calls", description: "Model calls by deployment, outcome and whether the cache answered");
        _tokens = meter.CreateCounter<long>("llm.tokens", unit: "{token}", description: "Tokens billed, by deployment and kind (prompt, completion)");
        _cost = meter.CreateCounter<double>("llm.cost", unit: "USD", description: "Spend from the price table, by deployment");
    }

    public void Record(LlmCallRecord call)
    {
        ArgumentNullException.ThrowIfNull(call);
        var deployment = new KeyValuePair<string, object?>("deployment", call.Deployment);
        _calls.Add(1, deployment, new("outcome", call.Outcome), new("cached", call.Cached));
        if (call.Cached)
        {
            return;
        }

        _tokens.Add(call.PromptTokens, deployment, new("kind", "prompt"));
        _tokens.Add(call.CompletionTokens, deployment, new("kind", "completion"));
        _cost.Add(call.CostUsd, deployment);
    }
}
