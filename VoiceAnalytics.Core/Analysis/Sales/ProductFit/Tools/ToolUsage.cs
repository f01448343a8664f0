namespace VoiceAnalytics.Core.Analysis.Sales.ProductFit.Tools;

/// <summary>How a tool mention reads: its competitor context, how sure that is, and whether a cue (not a default) decided it.</summary>
internal readonly record struct ToolUsage(string Context, double Confidence, bool Cued);
