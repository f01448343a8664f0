namespace VoiceAnalytics.Core.Analysis.Quality;

/// <summary>One component of the quality score: its measured value, target, 0-10 score and whether the target is met (null when unmeasured).</summary>
public sealed record QualityComponent(string Name, double? Actual, string Target, double? Score, bool? MeetsTarget);
