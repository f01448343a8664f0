using VoiceAnalytics.Core.Analysis.Text;

namespace VoiceAnalytics.Core.Analysis.Objections;

/// <summary>An objection cue found in a user turn, before its severity and status are judged.</summary>
/// <param name="Index">Offset of the cue in the turn's text.</param>
/// <param name="FromReaction">True when the user reacted to the agent saying a capability is missing.</param>
internal sealed record ObjectionCandidate(string Category, Turn Turn, int Index, string Trigger, double Confidence, bool FromReaction);
