namespace VoiceAnalytics.Core.Analysis.Summary;

/// <summary>Qualified or not, the tier and score, and the path the lead goes on: sales_call, self_serve or nurture.</summary>
public sealed record CallOutcome(bool Qualified, string Tier, int Score, string Temperature, string Path);
