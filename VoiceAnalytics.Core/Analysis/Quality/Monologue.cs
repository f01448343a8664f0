namespace VoiceAnalytics.Core.Analysis.Quality;

/// <summary>The longest stretch one side spoke without the other: consecutive messages less than 3 s apart.</summary>
/// <param name="Role">user | assistant.</param>
/// <param name="OffsetSeconds">When it started, in seconds from the start of the call.</param>
public sealed record Monologue(string Role, double Seconds, IReadOnlyList<string> ItemIds, double? OffsetSeconds);
