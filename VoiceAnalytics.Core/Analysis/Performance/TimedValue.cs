namespace VoiceAnalytics.Core.Analysis.Performance;

/// <summary>A value anchored at a moment (epoch seconds), for pairing messages with speeches by time.</summary>
internal readonly record struct TimedValue(double At, double Value);
