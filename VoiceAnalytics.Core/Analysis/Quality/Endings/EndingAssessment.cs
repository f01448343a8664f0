using VoiceAnalytics.Core.Analysis.Text;

namespace VoiceAnalytics.Core.Analysis.Quality.Endings;

/// <summary>How the call ended: natural when both sides closed politely.</summary>
/// <param name="Reason">goodbye | hang-up | timeout | error.</param>
public sealed record EndingAssessment(bool Natural, string Reason, double Confidence, Evidence? UserClosing, Evidence? AgentClosing);
