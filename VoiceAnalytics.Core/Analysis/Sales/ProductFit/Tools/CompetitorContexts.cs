namespace VoiceAnalytics.Core.Analysis.Sales.ProductFit.Tools;

/// <summary>The <see cref="CompetitorMention.Context"/> values, strongest first.</summary>
public static class CompetitorContexts
{
    public const string CurrentTool = "current_tool";
    public const string PastTool = "past_tool";
    public const string Considering = "considering";
    public const string Comparison = "comparison";
    public const string Mentioned = "mentioned";

    /// <summary>Rank for choosing one context per competitor: lower is stronger.</summary>
    public static int Rank(string context) => context switch
    {
        CurrentTool => 0,
        PastTool => 1,
        Considering => 2,
        Comparison => 3,
        _ => 4,
    };
}
