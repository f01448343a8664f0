namespace VoiceAnalytics.Core.Contracts.Parsing;

/// <summary>
/// One fault in a payload: its JSON path (<c>$.transcript.items[3].role</c>), what is wrong there, written for the
/// agent's developers, and how much it matters. Only <see cref="FaultSeverity.Error"/> refuses a payload.
/// </summary>
public sealed record PayloadError(string Path, string Message, FaultSeverity Severity = FaultSeverity.Error);
