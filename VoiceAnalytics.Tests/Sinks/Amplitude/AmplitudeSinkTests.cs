using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using VoiceAnalytics.Core.Analysis.Performance;
using VoiceAnalytics.Core.Analysis.Quality;
using VoiceAnalytics.Core.Analysis.Sales;
using VoiceAnalytics.Core.Analysis.Text;
using VoiceAnalytics.Core.Contracts;
using VoiceAnalytics.Core.Contracts.TranscriptItems;
using VoiceAnalytics.Core.Pipeline;
using VoiceAnalytics.Core.Scoring;
using VoiceAnalytics.Core.Sinks;
using VoiceAnalytics.Core.Sinks.Amplitude;
using VoiceAnalytics.Tests.Support;
using WireMock.ResponseBuilders;

namespace VoiceAnalytics.Tests.Sinks.Amplitude;

public sealed class AmplitudeSinkTests : IDisposable
{
    private const string SessionId = "amp-1";
    private readonly AmplitudeServer _amplitude = new();
    private readonly SqliteStores _stores = new();
    private readonly SessionPayload _session;
    private readonly SessionReport _report;

    public AmplitudeSinkTests() => (_session, _report) = AnalyzedSessions.Analyze("qualified_meeting_booked.json", SessionId, _stores.Time.GetUtcNow());

    public void Dispose()
    {
        _amplitude.Dispose();
        _stores.Dispose();
    }

    [Fact]
    public async Task DeliverAsync_AnalyzedCall_UploadsTheSpecEventsInOrder()
    {
        _amplitude.AcceptAll();

        await CreateSut().DeliverAsync(_session, _report, CancellationToken.None);

        var features = _report.Get<SalesIntelligenceReport>()!.ProductFit.FeatureRequests.Count;
        string[] expected =
        [
            "voice_trial_session_completed", "knowledge_base_searched", "knowledge_base_searched", "sales_meeting_booked",
            .. Enumerable.Repeat("feature_discussed", features), "conversation_quality_measured", "latency_measured",
        ];
        Assert.Equal(expected, Events().Select(e => e.GetProperty("event_type").GetString()));
        Assert.All(Events(), e => Assert.Equal("dana.whitfield@brightlinelogistics.com", e.GetProperty("user_id").GetString()));
        Assert.All(Events(), e => Assert.Equal(_session.StartTime.ToUnixTimeMilliseconds(), e.GetProperty("session_id").GetInt64()));
        Assert.All(Events(), e => Assert.Equal(SessionId, e.GetProperty("event_properties").GetProperty("session_id").GetString()));
    }

    [Fact]
    public async Task DeliverAsync_AnalyzedCall_SessionCompletedCarriesTheSessionFactsAndUserProperties()
    {
        _amplitude.AcceptAll();

        await CreateSut().DeliverAsync(_session, _report, CancellationToken.None);

        var completed = Event("voice_trial_session_completed");
        var lead = _report.Get<LeadScoreReport>()!;
        var properties = completed.GetProperty("event_properties");
        Assert.Equal(284, properties.GetProperty("duration_seconds").GetInt32());
        Assert.Equal(_session.Transcript.Messages.Count(m => m.IsUser || m.IsAssistant), properties.GetProperty("turn_count").GetInt32());
        Assert.Equal(lead.QualificationTier, properties.GetProperty("qualification_tier").GetString());
        Assert.True(properties.GetProperty("meeting_booked").GetBoolean());
        Assert.Equal(3, properties.GetProperty("tool_calls_count").GetInt32());
        Assert.InRange(properties.GetProperty("engagement_score").GetDouble(), 0, 10);
        Assert.Contains(properties.GetProperty("sentiment").GetString(), new[] { "positive", "neutral", "negative" });
        Assert.Equal(_session.EndTime!.Value.ToUnixTimeMilliseconds(), completed.GetProperty("time").GetInt64());
        var set = completed.GetProperty("user_properties").GetProperty("$set");
        Assert.Equal(lead.Score, set.GetProperty("lead_score").GetInt32());
        Assert.Equal(_report.Get<SalesIntelligenceReport>()!.Sizing.TeamSize!.Value, set.GetProperty("team_size").GetInt32());
        Assert.Equal("2026-08-18T15:02:11.4829130Z", set.GetProperty("last_call_date").GetString());
        Assert.False(set.TryGetProperty("location", out _));
        Assert.Equal(1, completed.GetProperty("user_properties").GetProperty("$add").GetProperty("total_calls").GetInt32());
    }

    [Fact]
    public async Task DeliverAsync_AnalyzedCall_ToolEventsCarryQueryResultsAndBookingAtTheirCallTimes()
    {
        _amplitude.AcceptAll();

        await CreateSut().DeliverAsync(_session, _report, CancellationToken.None);

        var search = Events().First(e => e.GetProperty("event_type").GetString() == "knowledge_base_searched");
        var searched = search.GetProperty("event_properties");
        Assert.Equal("HubSpot integration sync deal amount and contact into document tokens", searched.GetProperty("query").GetString());
        Assert.True(searched.GetProperty("results_found").GetBoolean());
        Assert.Equal(3, searched.GetProperty("total_results").GetInt32());
        Assert.Equal(JsonValueKind.Null, searched.GetProperty("category").ValueKind);
        Assert.Equal(1787065419610, search.GetProperty("time").GetInt64());
        var booking = Event("sales_meeting_booked").GetProperty("event_properties");
        Assert.True(booking.GetProperty("success").GetBoolean());
        Assert.Equal("2026-08-20", booking.GetProperty("preferred_date").GetString());
        Assert.Equal("afternoon", booking.GetProperty("preferred_time").GetString());
        Assert.Equal("2026-08-20T14:00:00.0000000-05:00", booking.GetProperty("meeting_time").GetString());
        var latency = Event("latency_measured").GetProperty("event_properties");
        var performance = _report.Get<PerformanceReport>()!;
        Assert.Equal((long)Math.Round(performance.Total.Average!.Value), latency.GetProperty("avg_latency_ms").GetInt64());
        Assert.Equal((long)Math.Round(performance.Total.P95!.Value), latency.GetProperty("p95_latency_ms").GetInt64());
        Assert.Equal(performance.TotalTokens, latency.GetProperty("total_tokens").GetInt64());
        var quality = Event("conversation_quality_measured").GetProperty("event_properties");
        Assert.Contains(quality.GetProperty("natural_ending").ValueKind, new[] { JsonValueKind.True, JsonValueKind.False });
        Assert.Equal(_report.Get<ConversationQualityReport>()!.Interruptions, quality.GetProperty("interruption_count").GetInt32());
    }

    [Fact]
    public async Task DeliverAsync_FeatureRequests_OneFeatureDiscussedEventEachAtTheTurnThatAskedIt()
    {
        _amplitude.AcceptAll();
        var turn = _session.Transcript.Messages.First(m => m.IsUser);
        var report = _report.With<SalesIntelligenceReport>(s => s with
        {
            ProductFit = s.ProductFit with
            {
                FeatureRequests =
                [
                    new Extracted<string>("bulk_send", 0.9, new Evidence("can you show me a demo of bulk send", turn.Id, 0, 10)),
                    new Extracted<string>("templates", 0.6, new Evidence("do you have templates?", turn.Id, 0, 10)),
                ],
            },
        });

        await CreateSut().DeliverAsync(_session, report, CancellationToken.None);

        var features = Events().Where(e => e.GetProperty("event_type").GetString() == "feature_discussed").ToList();
        Assert.Equal(2, features.Count);
        Assert.Equal(("bulk_send", "high", "demo_request"), Feature(features[0]));
        Assert.Equal(("templates", "low", "question"), Feature(features[1]));
        Assert.All(features, f => Assert.Equal((long)Math.Round(turn.CreatedAt * 1000), f.GetProperty("time").GetInt64()));
        Assert.NotEqual(features[0].GetProperty("insert_id").GetString(), features[1].GetProperty("insert_id").GetString());
    }

    [Fact]
    public async Task DeliverAsync_Twice_SendsTheSameInsertIdsAndTimes()
    {
        _amplitude.AcceptAll();
        var sut = CreateSut();

        await sut.DeliverAsync(_session, _report, CancellationToken.None);
        await sut.DeliverAsync(_session, _report with { AnalyzedAt = _report.AnalyzedAt.AddHours(1) }, CancellationToken.None);

        var uploads = _amplitude.Uploads();
        Assert.Equal(2, uploads.Count);
        Assert.Equal(AmplitudeServer.InsertIds(uploads[0]), AmplitudeServer.InsertIds(uploads[1]));
        Assert.Equal(Times(uploads[0]), Times(uploads[1]));
        Assert.Equal(AmplitudeServer.InsertIds(uploads[0]).Count, AmplitudeServer.InsertIds(uploads[0]).Distinct().Count());
    }

    [Fact]
    public async Task DeliverAsync_400NamingOneEvent_RecordsItAsDroppedAndSendsTheRest()
    {
        _amplitude.Server.Given(AmplitudeServer.Upload()).InScenario("partial").WillSetStateTo("resent").RespondWith(AmplitudeServer.Json(400, """
            {"code":400,"error":"Request missing required field","events_with_invalid_fields":{"time":[1]}}
            """));
        _amplitude.Server.Given(AmplitudeServer.Upload()).InScenario("partial").WhenStateIs("resent").WillSetStateTo("resent").RespondWith(AmplitudeServer.Ok());

        await CreateSut().DeliverAsync(_session, _report, CancellationToken.None);

        var uploads = _amplitude.Uploads();
        var refused = AmplitudeServer.InsertIds(uploads[0])[1];
        Assert.Equal(AmplitudeServer.InsertIds(uploads[0]).Where(id => id != refused), AmplitudeServer.InsertIds(uploads[1]));
        var dropped = Assert.Single(await Outbox().ListAsync(AmplitudeSink.DroppedSinkName, SessionId, 10, CancellationToken.None));
        Assert.Equal(refused, dropped.MessageKey);
        using var payload = JsonDocument.Parse(dropped.Payload);
        Assert.Equal("HTTP 400: invalid field time", payload.RootElement.GetProperty("reason").GetString());
        Assert.Equal("knowledge_base_searched", payload.RootElement.GetProperty("event").GetProperty("event_type").GetString());
        Assert.Equal(refused, payload.RootElement.GetProperty("event").GetProperty("insert_id").GetString());
    }

    [Fact]
    public async Task DeliverAsync_429ThenOk_WaitsAndDeliversTheSameEvents()
    {
        _amplitude.Server.Given(AmplitudeServer.Upload()).InScenario("throttle").WillSetStateTo("ok")
            .RespondWith(AmplitudeServer.Json(429, """{"code":429,"error":"Too many requests for some devices and users"}""").WithHeader("Retry-After", "5"));
        _amplitude.Server.Given(AmplitudeServer.Upload()).InScenario("throttle").WhenStateIs("ok").WillSetStateTo("ok").RespondWith(AmplitudeServer.Ok());
        var delivery = CreateSut().DeliverAsync(_session, _report, CancellationToken.None);

        var retriedAfter = await FakeClock.DriveAsync(delivery, _amplitude.Time, TimeSpan.FromSeconds(1), () => _amplitude.Uploads().Count >= 2);

        Assert.InRange(retriedAfter!.Value, TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(15));
        var uploads = _amplitude.Uploads();
        Assert.Equal(2, uploads.Count);
        Assert.Equal(AmplitudeServer.InsertIds(uploads[0]), AmplitudeServer.InsertIds(uploads[1]));
        Assert.Empty(await Outbox().ListAsync(null, SessionId, 10, CancellationToken.None));
    }

    [Fact]
    public async Task DeliverAsync_StillThrottledAfterTheRetries_FailsInTheLedgerAndDropsNothing()
    {
        _amplitude.Settings.MaxThrottleRetries = 0;
        _amplitude.Server.Given(AmplitudeServer.Upload()).RespondWith(AmplitudeServer.Json(429, """{"code":429,"error":"Too many requests"}"""));

        var records = await _stores.Dispatcher(CreateSut()).DeliverAsync(_session, _report, CancellationToken.None);

        var record = Assert.Single(records);
        Assert.Equal(DeliveryStatus.Failed, record.Status);
        Assert.Contains(nameof(AmplitudeDeliveryException), record.LastError, StringComparison.Ordinal);
        Assert.Contains("429", record.LastError, StringComparison.Ordinal);
        Assert.Empty(await Outbox().ListAsync(null, SessionId, 10, CancellationToken.None));
    }

    [Fact]
    public async Task DeliverAsync_NotConfigured_WritesTheBatchToTheOutboxAndSendsNothing()
    {
        var sut = new AmplitudeSink(new AmplitudeConnection(false, () => throw new InvalidOperationException("no client")), new AmplitudeEventMapper(), Outbox(), NullLogger<AmplitudeSink>.Instance);

        await sut.DeliverAsync(_session, _report, CancellationToken.None);
        await sut.DeliverAsync(_session, _report, CancellationToken.None);

        var entry = Assert.Single(await Outbox().ListAsync(AmplitudeSink.SinkName, SessionId, 10, CancellationToken.None));
        Assert.Equal(("httpapi", SessionId), (entry.Destination, entry.MessageKey));
        using var payload = JsonDocument.Parse(entry.Payload);
        Assert.False(payload.RootElement.TryGetProperty("api_key", out _));
        Assert.Equal(new AmplitudeEventMapper().Map(_session, _report).Count, payload.RootElement.GetProperty("events").GetArrayLength());
        Assert.Equal("voice_trial_session_completed", payload.RootElement.GetProperty("events")[0].GetProperty("event_type").GetString());
        Assert.Empty(_amplitude.Server.LogEntries);
    }

    [Fact]
    public async Task DeliverAsync_Cancelled_ThrowsAndRecordsNothing()
    {
        _amplitude.AcceptAll();
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => CreateSut().DeliverAsync(_session, _report, cancellation.Token));

        Assert.Empty(_amplitude.Uploads());
        Assert.Empty(await Outbox().ListAsync(null, SessionId, 10, CancellationToken.None));
    }

    private static (string?, string?, string?) Feature(JsonElement feature)
    {
        var properties = feature.GetProperty("event_properties");
        return (properties.GetProperty("feature_name").GetString(), properties.GetProperty("interest_level").GetString(), properties.GetProperty("context").GetString());
    }

    private AmplitudeSink CreateSut() =>
        new(new AmplitudeConnection(true, _amplitude.CreateClient), new AmplitudeEventMapper(), Outbox(), NullLogger<AmplitudeSink>.Instance);

    private SqliteOutbox Outbox() => new(_stores.Database, _stores.Time);

    private IReadOnlyList<JsonElement> Events() =>
        [.. AmplitudeServer.BodyOf(_amplitude.Uploads()[0]).GetProperty("events").EnumerateArray()];

    private JsonElement Event(string type) => Events().Single(e => e.GetProperty("event_type").GetString() == type);

    private static IReadOnlyList<long> Times(WireMock.Logging.ILogEntry upload) =>
        [.. AmplitudeServer.BodyOf(upload).GetProperty("events").EnumerateArray().Select(e => e.GetProperty("time").GetInt64())];
}
