namespace VoiceAnalytics.Core.Analysis.Llm;

/// <summary>List price of one deployment, USD per million tokens.</summary>
public sealed class LlmPrice
{
    public double InputPerMillion { get; set; }

    public double OutputPerMillion { get; set; }

    public double CostOf(long promptTokens, long completionTokens) =>
        (promptTokens * InputPerMillion + completionTokens * OutputPerMillion) / 1_000_000;
}
