using VoiceAnalytics.Core.Analysis.Text;

namespace VoiceAnalytics.Core.Analysis.Sales;

/// <summary>Finds the competitors the user names (shared by SalesIntelligence and ObjectionsAndCompetitors).</summary>
public static class CompetitorDetector
{
    public static IReadOnlyList<CompetitorMention> Detect(Conversation conversation)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        return []; // placeholder while the real detector is written (issue 3)
    }
}
