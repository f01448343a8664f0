using VoiceAnalytics.Core.Analysis.Text;
using VoiceAnalytics.Core.Contracts;
using VoiceAnalytics.Core.Scoring;

namespace VoiceAnalytics.Core.Analysis;

/// <summary>
/// What an analyzer sees: the session, the results of earlier stages, and facts the pipeline looked up before
/// analysis (a returning user's previous score), so that analyzers themselves never do I/O.
/// </summary>
public sealed record AnalysisInput(SessionPayload Session, AnalysisResults Earlier)
{
    /// <summary>The call as analyzers read it, built once with the input and shared by every stage (<c>with</c> copies it).</summary>
    public Conversation Conversation { get; init; } = new(Session);

    public PreviousLeadScore? PreviousLead { get; init; }

    public static AnalysisInput ForSession(SessionPayload session) => new(session, AnalysisResults.Empty);
}
