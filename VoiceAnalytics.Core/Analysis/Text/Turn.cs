namespace VoiceAnalytics.Core.Analysis.Text;

/// <summary>One user or assistant message of the call, in order.</summary>
/// <param name="Index">Position among the call's turns (user and assistant together), from 0.</param>
/// <param name="UserIndex">Position among the user's turns, or -1 for the assistant.</param>
public sealed record Turn(int Index, int UserIndex, string Role, string ItemId, string Text, double CreatedAt, bool Interrupted, double? StartedSpeakingAt, double? StoppedSpeakingAt)
{
    public bool IsUser => Role == "user";

    public bool IsAssistant => Role == "assistant";
}
