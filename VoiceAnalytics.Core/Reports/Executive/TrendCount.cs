namespace VoiceAnalytics.Core.Reports.Executive;

/// <summary>How many calls of a period mentioned a label: an industry, an integration, a feature request.</summary>
public sealed record TrendCount(string Category, string Label, int Calls);
