namespace VoiceAnalytics.Core.Contracts.Parsing;

/// <summary>How much a payload fault matters: an error refuses the payload (400); a warning is reported and the payload is kept.</summary>
public enum FaultSeverity
{
    Error,
    Warning,
}
