namespace VoiceAnalytics.Core.Contracts.TranscriptItems;

/// <summary>A tool's result; <see cref="Output"/> is a string that may or may not be JSON.</summary>
public sealed record FunctionCallOutputItem : TranscriptItem
{
    public string CallId { get; init; } = "";
    public string Name { get; init; } = "";
    public string Output { get; init; } = "";
    public bool IsError { get; init; }
    /// <summary>Whether a realtime model should answer this output (1.7; default true).</summary>
    public bool ReplyRequired { get; init; } = true;
}
