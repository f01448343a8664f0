namespace VoiceAnalytics.Core.Reports.Executive;

/// <summary>
/// Leads of a period: hot leads (score above <paramref name="HotLeadScoreAbove"/>, from the lead-scoring options),
/// sessions per qualification tier, the average lead score.
/// </summary>
public sealed record BusinessFigures(int HotLeads, IReadOnlyDictionary<string, int> Tiers, double? AverageLeadScore, int HotLeadScoreAbove);
