namespace VoiceAnalytics.Core.Reports.Executive;

/// <summary>One of the period's best leads (its best call), with the next action of that call's executive summary.</summary>
public sealed record Opportunity(string? Name, int Score, string? Tier, int? TeamSize, string? Integration, string? NextAction, string? Timing);
