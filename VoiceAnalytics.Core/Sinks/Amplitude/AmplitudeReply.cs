namespace VoiceAnalytics.Core.Sinks.Amplitude;

/// <summary>
/// The final answer to one batch after the in-place retries: a status and body, or <see cref="TransientFailure"/> when
/// throttling, server or network errors outlasted them.
/// </summary>
internal sealed record AmplitudeReply(int StatusCode, string Body, string? TransientFailure = null, TimeSpan? RetryAfter = null);
