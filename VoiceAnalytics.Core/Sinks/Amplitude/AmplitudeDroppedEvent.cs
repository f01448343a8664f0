namespace VoiceAnalytics.Core.Sinks.Amplitude;

/// <summary>An event Amplitude refused for good (400 naming it, or 413 for the event alone), with why: field names, no values.</summary>
public sealed record AmplitudeDroppedEvent(AmplitudeEvent Event, string Reason);
