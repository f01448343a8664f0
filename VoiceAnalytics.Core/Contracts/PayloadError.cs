namespace VoiceAnalytics.Core.Contracts;

/// <summary>One fault in a payload: its JSON path (<c>$.transcript.items[3].role</c>) and what is wrong there.</summary>
public sealed record PayloadError(string Path, string Message);
