using Microsoft.Extensions.DependencyInjection;
using VoiceAnalytics.Core.Analysis;
using VoiceAnalytics.Core.Contracts;
using VoiceAnalytics.Core.Pipeline;
using VoiceAnalytics.Functions.Cli;

namespace VoiceAnalytics.Tests.Support;

/// <summary>A shared payload run through all nine analyzers, as the pipeline does (SqliteWarehouseSinkTests.AnalyzeAll).</summary>
public static class AnalyzedSessions
{
    public static (SessionPayload Session, SessionReport Report) Analyze(string file, string sessionId, DateTimeOffset analyzedAt)
    {
        var session = PayloadParser.Parse(Payloads.SharedWithId(file, sessionId)).Payload!;
        using var services = OfflineServices.Build();
        var analyzers = services.GetServices<IAnalyzer>().ToList();
        var report = new SessionReport
        {
            SessionId = sessionId,
            AnalyzedAt = analyzedAt,
            AnalyzerVersions = analyzers.ToDictionary(a => a.Name, a => a.Version),
            Results = StagedAnalysis.Run(analyzers, session).ToDictionary(p => p.Key, p => p.Value),
        };
        return (session, report);
    }

    /// <summary>The report with one analyzer result replaced, to make a rule fire or not.</summary>
    public static SessionReport With<T>(this SessionReport report, Func<T, T> change)
        where T : class =>
        report with { Results = report.Results.ToDictionary(p => p.Key, p => p.Value is T result ? change(result) : p.Value) };
}
