namespace VoiceAnalytics.Core.Analysis.Llm;

/// <summary>Where a final field value came from.</summary>
public static class Provenance
{
    public const string Llm = "llm";
    public const string Rules = "rules";
    public const string Both = "both";
}
