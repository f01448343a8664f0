namespace VoiceAnalytics.Core.Analysis.Text;

/// <summary>An extracted value with how sure the analyzer is (0-1) and the evidence it used.</summary>
public sealed record Extracted<T>(T Value, double Confidence, Evidence? Evidence);
