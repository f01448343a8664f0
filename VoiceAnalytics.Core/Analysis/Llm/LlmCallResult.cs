namespace VoiceAnalytics.Core.Analysis.Llm;

/// <summary>One call's result: the parsed answer when usable, else the fallback reason; with its record for the report.</summary>
public sealed record LlmCallResult(ModelAnswer? Answer, LlmCallRecord Record)
{
    public bool IsUsable => Answer is not null;
}
