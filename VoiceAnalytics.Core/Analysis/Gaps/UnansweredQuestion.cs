using VoiceAnalytics.Core.Analysis.Text;

namespace VoiceAnalytics.Core.Analysis.Gaps;

/// <summary>A user question the agent did not answer.</summary>
/// <param name="Reason">deflected (the reply said it could not answer) | no_reply (the call ended first).</param>
/// <param name="UserDissatisfied">The user's next turn reacted badly ("hmm, that's a bummer", "forget it").</param>
/// <param name="Deflection">The agent's deflecting sentence, null for no_reply.</param>
public sealed record UnansweredQuestion(
    string Question,
    string Topic,
    string Reason,
    bool UserDissatisfied,
    Evidence? Deflection,
    double Confidence,
    Evidence Evidence);
