namespace VoiceAnalytics.Core.Alerts.Ops;

/// <summary>What the sessions of a window cost (USD), in total and by kind of provider.</summary>
public sealed record CostFigures(int Sessions, double TotalUsd, double LlmUsd, double SttUsd, double TtsUsd);
