namespace VoiceAnalytics.Core.Evaluation;

/// <summary>Every predicted label of one session, by LABELS.md name.</summary>
public sealed record SessionPrediction(string SessionId, IReadOnlyDictionary<string, object?> Labels);
