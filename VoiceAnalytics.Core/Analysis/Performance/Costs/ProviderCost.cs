namespace VoiceAnalytics.Core.Analysis.Performance.Costs;

/// <summary>
/// The cost of one provider's model: <see cref="Kind"/> is llm, stt, tts or agent; <see cref="Quantity"/> is in
/// <see cref="Unit"/> (tokens, minutes, characters); <see cref="Usd"/> is rounded to 6 decimals.
/// </summary>
public sealed record ProviderCost(string Provider, string? Model, string Kind, double Usd, double Quantity, string Unit);
