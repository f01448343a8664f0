using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using VoiceAnalytics.Core.Analysis;
using VoiceAnalytics.Core.Contracts;
using VoiceAnalytics.Core.Pipeline;
using VoiceAnalytics.Functions.Cli;
using VoiceAnalytics.Tests.Support;

namespace VoiceAnalytics.Tests.Sinks.Salesforce;

/// <summary>Shared LiveKit payloads run through the real nine analyzers, as the pipeline does before delivery.</summary>
internal static class AnalyzedSessions
{
    public const string Qualified = "qualified_meeting_booked.json";
    public const string Abandoned = "abandoned_short_call.json";

    public static (SessionPayload Session, SessionReport Report) Analyze(string file, string sessionId)
    {
        var session = PayloadParser.Parse(Payloads.SharedWithId(file, sessionId)).Payload!;
        using var services = OfflineServices.Build();
        var analyzers = services.GetServices<IAnalyzer>().ToList();
        var report = new SessionReport
        {
            SessionId = sessionId,
            AnalyzedAt = new FakeTimeProvider(session.EndTime ?? session.StartTime).GetUtcNow(),
            AnalyzerVersions = analyzers.ToDictionary(a => a.Name, a => a.Version),
            Results = StagedAnalysis.Run(analyzers, session).ToDictionary(p => p.Key, p => p.Value),
        };
        return (session, report);
    }
}
