using Microsoft.Extensions.DependencyInjection;
using VoiceAnalytics.Core.Analysis;
using VoiceAnalytics.Core.Contracts;
using VoiceAnalytics.Core.Contracts.Parsing;
using VoiceAnalytics.Core.Pipeline;
using VoiceAnalytics.LocalHost.Cli;

namespace VoiceAnalytics.Tests.Support;

/// <summary>Shared payloads run through the real nine analyzers, as the pipeline does before delivery.</summary>
public static class AnalyzedSessions
{
    public const string Qualified = "qualified_meeting_booked.json";
    public const string Abandoned = "abandoned_short_call.json";

    /// <summary>A shared payload under another session id, analyzed at the end of the call.</summary>
    public static (SessionPayload Session, SessionReport Report) Analyze(string file, string sessionId)
    {
        var session = PayloadParser.Parse(Payloads.SharedWithId(file, sessionId)).Payload!;
        return (session, Report(session, session.EndTime ?? session.StartTime));
    }

    public static (SessionPayload Session, SessionReport Report) Analyze(string file, string sessionId, DateTimeOffset analyzedAt)
    {
        var session = PayloadParser.Parse(Payloads.SharedWithId(file, sessionId)).Payload!;
        return (session, Report(session, analyzedAt));
    }

    /// <summary>The report the pipeline would build for <paramref name="session"/>.</summary>
    public static SessionReport Report(SessionPayload session, DateTimeOffset analyzedAt)
    {
        using var services = OfflineServices.Build();
        var analyzers = services.GetServices<IAnalyzer>().ToList();
        return new SessionReport
        {
            SessionId = session.SessionId,
            AnalyzedAt = analyzedAt,
            AnalyzerVersions = analyzers.ToDictionary(a => a.Name, a => a.Version),
            Results = StagedAnalysis.Run(analyzers, session).ToDictionary(p => p.Key, p => p.Value),
        };
    }

    /// <summary>The report with one analyzer result replaced, to make a rule fire or not.</summary>
    public static SessionReport With<T>(this SessionReport report, Func<T, T> change)
        where T : class =>
        report with { Results = report.Results.ToDictionary(p => p.Key, p => p.Value is T result ? change(result) : p.Value) };
}
