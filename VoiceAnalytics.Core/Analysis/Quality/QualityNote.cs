namespace VoiceAnalytics.Core.Analysis.Quality;

/// <summary>A red flag or a strength: a stable code for dashboards and a sentence for people.</summary>
public sealed record QualityNote(string Code, string Detail);
