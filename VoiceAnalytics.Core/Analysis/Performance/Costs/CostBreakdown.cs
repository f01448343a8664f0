namespace VoiceAnalytics.Core.Analysis.Performance.Costs;

/// <summary>Session cost in USD, rounded to 6 decimals; each total is the sum of its rounded <see cref="ByProvider"/> lines.</summary>
public sealed record CostBreakdown
{
    public double LlmUsd { get; init; }

    public double SttUsd { get; init; }

    public double TtsUsd { get; init; }

    public double AgentUsd { get; init; }

    public double TotalUsd { get; init; }

    public IReadOnlyList<ProviderCost> ByProvider { get; init; } = [];
}
