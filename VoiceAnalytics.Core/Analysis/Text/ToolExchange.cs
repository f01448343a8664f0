using VoiceAnalytics.Core.Contracts.TranscriptItems;

namespace VoiceAnalytics.Core.Analysis.Text;

/// <summary>A tool call paired with its output (by call id); <see cref="Output"/> is null when none came back.</summary>
/// <param name="TurnIndex">Index of the last turn before the call (-1 when it came first).</param>
public sealed record ToolExchange(FunctionCallItem Call, FunctionCallOutputItem? Output, int TurnIndex)
{
    public string Name => Call.Name;

    public bool IsError => Output?.IsError ?? false;
}
