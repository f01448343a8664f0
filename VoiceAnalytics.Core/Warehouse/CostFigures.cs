namespace VoiceAnalytics.Core.Warehouse;

/// <summary>
/// What the sessions of a window cost (USD), in total and by kind of provider. <see cref="AnalysisLlmUsd"/> is our own
/// language-model analysis of those sessions (the other figures are the voice agent's); it is part of the total.
/// </summary>
public sealed record CostFigures(int Sessions, double TotalUsd, double LlmUsd, double SttUsd, double TtsUsd, double AnalysisLlmUsd = 0);
