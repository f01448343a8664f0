namespace VoiceAnalytics.Core.Analysis.Llm;

/// <summary>Model routing: the cheap deployment reads every call; the strong one re-reads calls that come out Tier 1 or hot.</summary>
public sealed class LlmDeployments
{
    public string? Cheap { get; set; }

    /// <summary>Empty: no second pass.</summary>
    public string? Strong { get; set; }
}
