using VoiceAnalytics.Core.Contracts;
using VoiceAnalytics.Core.Contracts.Parsing;
using VoiceAnalytics.Core.Contracts.TranscriptItems;
using VoiceAnalytics.Core.Pipeline;
using VoiceAnalytics.Core.Sinks.Amplitude;
using VoiceAnalytics.Tests.Analysis.Performance;
using VoiceAnalytics.Tests.Support;

namespace VoiceAnalytics.Tests.Sinks.Amplitude;

public sealed class AmplitudeEventMapperTests
{
    private static readonly DateTimeOffset Analyzed = new(2026, 8, 18, 15, 10, 0, TimeSpan.Zero);

    [Fact]
    public void Map_Email_IsTheUserIdLowerCased()
    {
        var events = Map(Minimal() with { UserEmail = " Someone@Example.com " });

        Assert.All(events, e => Assert.Equal(("someone@example.com", null), (e.UserId, e.DeviceId)));
    }

    [Fact]
    public void Map_NoEmail_UsesTheParticipantId()
    {
        var events = Map(Minimal() with { UserEmail = null, ParticipantId = "pd-user-42" });

        Assert.All(events, e => Assert.Equal(("pd-user-42", null), (e.UserId, e.DeviceId)));
    }

    [Fact]
    public void Map_IdShorterThanAmplitudesMinimum_BecomesAPrefixedDeviceId()
    {
        var events = Map(Minimal() with { UserEmail = null, ParticipantId = "u42" });

        Assert.All(events, e => Assert.Equal((null, "voice-user:u42"), (e.UserId, e.DeviceId)));
    }

    [Fact]
    public void Map_NoIdAtAll_UsesADeviceIdOfTheSession()
    {
        var events = Map(Minimal() with { UserEmail = null, ParticipantId = null });

        Assert.All(events, e => Assert.Equal((null, "voice-session:map-1"), (e.UserId, e.DeviceId)));
    }

    [Fact]
    public void Map_ReportWithoutResults_SendsOnlyTheSessionCompletedEventWithUnknownTier()
    {
        var completed = Assert.Single(Map(Minimal()));

        Assert.Equal(AmplitudeEventNames.SessionCompleted, completed.EventType);
        Assert.Equal("Unknown", completed.EventProperties!["qualification_tier"]);
        Assert.Equal(AmplitudeInsertId.For("map-1", AmplitudeEventNames.SessionCompleted, "0"), completed.InsertId);
    }

    [Fact]
    public void Map_SearchOnlyInToolCalls_StillBecomesAKnowledgeBaseEvent()
    {
        var session = Minimal() with
        {
            ToolCalls =
            [
                new ToolCall
                {
                    CallId = "c1",
                    Name = "unleash_search_knowledge",
                    Arguments = System.Text.Json.JsonDocument.Parse("""{"query":"bulk send","category":"features"}""").RootElement,
                    Output = """{"results":[],"total":0}""",
                    StartedAt = 1787065400.25,
                },
            ],
        };

        var search = Assert.Single(Map(session), e => e.EventType == AmplitudeEventNames.KnowledgeBaseSearched);

        Assert.Equal("bulk send", search.EventProperties!["query"]);
        Assert.Equal("features", search.EventProperties["category"]);
        Assert.Equal(false, search.EventProperties["results_found"]);
        Assert.Equal(0, search.EventProperties["total_results"]);
        Assert.Equal(1787065400250, search.Time!.Value.ToUnixTimeMilliseconds());
    }

    [Fact]
    public void Map_DurationAsLongAsTheContractAllows_EndsAtTheLastRepresentableInstant()
    {
        // Issue 10: the contract accepts durations up to 10^15 s; start plus duration used to throw and fail the delivery.
        var session = Minimal() with { EndTime = null, DurationSeconds = 1e15, Transcript = new Transcript() };

        var events = Map(session);

        Assert.Contains(events, e => e.Time == DateTimeOffset.MaxValue);
    }

    [Fact]
    public void Map_RealtimeCall_SendsTheLatencyOnItsBasis()
    {
        var session = PerformanceFixtures.RealtimeCall();
        var performance = PerformanceFixtures.Analyze(session);
        var report = new SessionReport
        {
            SessionId = session.SessionId,
            AnalyzedAt = Analyzed,
            AnalyzerVersions = new Dictionary<string, int>(),
            Results = new Dictionary<string, object> { ["performance_metrics"] = performance },
        };

        var latency = Assert.Single(new AmplitudeEventMapper().Map(session, report), e => e.EventType == AmplitudeEventNames.LatencyMeasured);

        // The e2e latencies 1600 and 2400 ms, not the realtime TTFTs (800 and 1200 ms).
        Assert.Equal((2000L, 2400L), ((long)latency.EventProperties!["avg_latency_ms"]!, (long)latency.EventProperties["max_latency_ms"]!));
    }

    private static IReadOnlyList<AmplitudeEvent> Map(SessionPayload session) =>
        new AmplitudeEventMapper().Map(session, new SessionReport
        {
            SessionId = session.SessionId,
            AnalyzedAt = Analyzed,
            AnalyzerVersions = new Dictionary<string, int>(),
            Results = new Dictionary<string, object>(),
        });

    private static SessionPayload Minimal() => PayloadParser.Parse(System.Text.Encoding.UTF8.GetBytes(Payloads.Minimal("map-1"))).Payload!;
}
