using VoiceAnalytics.Core.Contracts;
using VoiceAnalytics.Core.Scoring;

namespace VoiceAnalytics.Core.Analysis;

/// <summary>
/// What an analyzer sees: the session, the results of earlier stages, and facts the pipeline looked up before
/// analysis (a returning user's previous score), so that analyzers themselves never do I/O.
/// </summary>
public sealed record AnalysisInput(SessionPayload Session, AnalysisResults Earlier)
{
    public PreviousLeadScore? PreviousLead { get; init; }

    public static AnalysisInput ForSession(SessionPayload session) => new(session, AnalysisResults.Empty);
}
