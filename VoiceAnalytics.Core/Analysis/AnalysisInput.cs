using VoiceAnalytics.Core.Contracts;

namespace VoiceAnalytics.Core.Analysis;

/// <summary>What an analyzer sees: the session and, for the late stages, the results of earlier analyzers.</summary>
public sealed record AnalysisInput(SessionPayload Session, AnalysisResults Earlier)
{
    public static AnalysisInput ForSession(SessionPayload session) => new(session, AnalysisResults.Empty);
}
