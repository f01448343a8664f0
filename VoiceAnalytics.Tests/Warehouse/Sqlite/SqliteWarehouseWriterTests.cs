using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using VoiceAnalytics.Core.Alerts.Ops;
using VoiceAnalytics.Core.Analysis;
using VoiceAnalytics.Core.Analysis.Performance;
using VoiceAnalytics.Core.Analysis.Performance.Costs;
using VoiceAnalytics.Core.Analysis.Quality;
using VoiceAnalytics.Core.Analysis.Sales;
using VoiceAnalytics.Core.Analysis.Sales.Sizing;
using VoiceAnalytics.Core.Analysis.Sentiment;
using VoiceAnalytics.Core.Contracts;
using VoiceAnalytics.Core.Contracts.Parsing;
using VoiceAnalytics.Core.Contracts.TranscriptItems;
using VoiceAnalytics.Core.Pipeline;
using VoiceAnalytics.Core.Scoring;
using VoiceAnalytics.Core.Warehouse;
using VoiceAnalytics.Core.Warehouse.Sqlite;
using VoiceAnalytics.LocalHost.Cli;
using VoiceAnalytics.Tests.Analysis.Performance;
using VoiceAnalytics.Tests.Support;

namespace VoiceAnalytics.Tests.Warehouse.Sqlite;

public sealed class SqliteWarehouseWriterTests : IDisposable
{
    private readonly SqliteStores _stores = new();

    public void Dispose() => _stores.Dispose();

    [Fact]
    public async Task DeliverAsync_Twice_LeavesOneRowPerKeyAndOneMetricsSet()
    {
        var (session, report) = Analyze("qualified_meeting_booked.json", "wh-1");
        var sut = CreateSut();

        await sut.DeliverAsync(session, report, CancellationToken.None);
        await sut.DeliverAsync(session, report, CancellationToken.None);

        Assert.Equal(1, Count("sessions", "wh-1"));
        Assert.Equal(1, Count("transcripts", "wh-1"));
        Assert.Equal(1, Count("analysis_results", "wh-1"));
        Assert.Equal(report.Get<PerformanceReport>()!.Turns.Count, Count("metrics", "wh-1"));
        Assert.True(Count("metrics", "wh-1") > 0);
        Assert.Equal(1, _stores.Scalar("SELECT total_calls FROM leads WHERE email = $e", ("$e", session.UserEmail!.ToLowerInvariant())));
    }

    [Fact]
    public async Task DeliverAsync_SessionFacts_MatchThePayload()
    {
        var (session, report) = Analyze("qualified_meeting_booked.json", "wh-2");

        await CreateSut().DeliverAsync(session, report, CancellationToken.None);

        var messages = session.Transcript.Messages.Count(m => m.IsUser || m.IsAssistant);
        Assert.Equal(messages, _stores.Scalar("SELECT turn_count FROM sessions WHERE session_id = 'wh-2'"));
        Assert.Equal(1, _stores.Scalar("SELECT meeting_booked FROM sessions WHERE session_id = 'wh-2'"));
        Assert.Equal(284, _stores.Scalar("SELECT duration_seconds FROM sessions WHERE session_id = 'wh-2'"));
        Assert.Equal(1, _stores.Scalar("SELECT COUNT(*) FROM analysis_results WHERE session_id = 'wh-2' AND va_json(performance_analysis) LIKE '%\"turns\"%'"));
    }

    [Fact]
    public async Task DeliverAsync_TranscriptText_IsFullTextSearchable()
    {
        var (session, report) = Analyze("qualified_meeting_booked.json", "wh-3");

        await CreateSut().DeliverAsync(session, report, CancellationToken.None);

        Assert.Equal(1, _stores.Scalar("SELECT COUNT(*) FROM transcripts_fts WHERE transcripts_fts MATCH 'hubspot' AND session_id = 'wh-3'"));
        Assert.Equal(0, _stores.Scalar("SELECT COUNT(*) FROM transcripts_fts WHERE transcripts_fts MATCH 'xylophone'"));
    }

    [Fact]
    public async Task WriteAsync_TranscriptRewrittenThenErased_TheIndexFollowsWithoutACopyOfTheText()
    {
        var writer = new SqliteWarehouseWriter(_stores.Database);
        var record = WarehouseRecords.Session("wh-fts", _stores.Time.GetUtcNow());

        await writer.WriteAsync(record with { Transcript = record.Transcript with { TranscriptText = "user: the xylophone quote" } }, CancellationToken.None);
        await writer.WriteAsync(record with { Transcript = record.Transcript with { TranscriptText = "user: the marimba quote" } }, CancellationToken.None);

        Assert.Equal(0, _stores.Scalar("SELECT COUNT(*) FROM transcripts_fts WHERE transcripts_fts MATCH 'xylophone'"));
        Assert.Equal(1, _stores.Scalar("SELECT COUNT(*) FROM transcripts_fts WHERE transcripts_fts MATCH 'marimba' AND session_id = 'wh-fts'"));
        Assert.Equal(0, _stores.Scalar("SELECT COUNT(*) FROM sqlite_master WHERE name = 'transcripts_fts_content'"));
        _stores.Scalar("INSERT INTO transcripts_fts (transcripts_fts, rank) VALUES ('integrity-check', 1); SELECT 0;");

        await new SqliteWarehousePrivacy(_stores.Database).EraseAsync(["wh-fts"], null, null, CancellationToken.None);

        Assert.Equal(0, _stores.Scalar("SELECT COUNT(*) FROM transcripts_fts WHERE transcripts_fts MATCH 'marimba'"));
        _stores.Scalar("INSERT INTO transcripts_fts (transcripts_fts, rank) VALUES ('integrity-check', 1); SELECT 0;");
    }

    [Fact]
    public async Task WriteAsync_TranscriptJson_StoredAsAZstdFrameAndReadBackWhole()
    {
        var (session, report) = Analyze("qualified_meeting_booked.json", "wh-br");
        var record = WarehouseRecordBuilder.Build(session, report, _stores.Time.GetUtcNow());

        await new SqliteWarehouseWriter(_stores.Database).WriteAsync(record, CancellationToken.None);

        Assert.Equal(1, _stores.Scalar("SELECT typeof(transcript_json) = 'blob' AND hex(substr(transcript_json, 1, 4)) = '28B52FFD' FROM transcripts WHERE session_id = 'wh-br'"));
        Assert.True(_stores.Scalar("SELECT length(transcript_json) FROM transcripts WHERE session_id = 'wh-br'") * 4 < record.Transcript.TranscriptJson.Length);
        var read = (await new SqliteWarehouseExport(_stores.Database).ReadPageAsync(null, 10, CancellationToken.None)).Single();
        Assert.Equal(record.Transcript.TranscriptJson, read.Transcript.TranscriptJson);
    }

    [Fact]
    public async Task DeliverAsync_SecondCallOfSameEmail_CountsTwoCallsAndKeepsLatest()
    {
        var (first, firstReport) = Analyze("qualified_meeting_booked.json", "wh-a");
        var later = first with { SessionId = "wh-b", StartTime = first.StartTime.AddDays(2) };
        var sut = CreateSut();

        await sut.DeliverAsync(later, firstReport with { SessionId = "wh-b" }, CancellationToken.None);
        await sut.DeliverAsync(first, firstReport, CancellationToken.None);

        var email = first.UserEmail!.ToLowerInvariant();
        Assert.Equal(2, _stores.Scalar("SELECT total_calls FROM leads WHERE email = $e", ("$e", email)));
        Assert.Equal(1, _stores.Scalar("SELECT COUNT(*) FROM leads WHERE email = $e AND latest_session_id = 'wh-b'", ("$e", email)));
    }

    [Fact]
    public async Task DeliverAsync_FullReport_FillsScoreTierSentimentAndEngagement()
    {
        var (session, report) = AnalyzeAll("qualified_meeting_booked.json", "wh-full");

        await CreateSut().DeliverAsync(session, report, CancellationToken.None);

        var lead = report.Get<LeadScoreReport>()!;
        Assert.Equal(lead.Score, _stores.Scalar("SELECT lead_score FROM sessions WHERE session_id = 'wh-full'"));
        Assert.Equal(1, _stores.Scalar("SELECT COUNT(*) FROM sessions WHERE session_id = 'wh-full' AND qualification_tier = $t AND sentiment = $s", ("$t", lead.QualificationTier), ("$s", report.Get<SentimentReport>()!.Overall)));
        Assert.Equal(1, _stores.Scalar("SELECT COUNT(*) FROM sessions WHERE session_id = 'wh-full' AND abs(engagement_score - $q) < 1e-9", ("$q", report.Get<ConversationQualityReport>()!.QualityScore)));
        var sales = report.Get<SalesIntelligenceReport>()!;
        var email = session.UserEmail!.ToLowerInvariant();
        Assert.Equal(1, _stores.Scalar(
            "SELECT COUNT(*) FROM leads WHERE email = $e AND lead_score = $score AND qualification_tier = $t AND current_tool IS $tool AND decision_timeline IS $timeline",
            ("$e", email), ("$score", lead.Score), ("$t", lead.QualificationTier), ("$tool", (object?)sales.ProductFit.CurrentTool?.Value ?? DBNull.Value), ("$timeline", (object?)sales.Deal.DecisionTimeline?.Value ?? DBNull.Value)));
    }

    [Fact]
    public async Task DeliverAsync_LaterCallWithoutSizing_KeepsTheEarlierTeamSize()
    {
        var (first, firstReport) = AnalyzeAll("qualified_meeting_booked.json", "wh-c");
        var teamSize = firstReport.Get<SalesIntelligenceReport>()!.Sizing.TeamSize!.Value;
        var later = first with { SessionId = "wh-d", StartTime = first.StartTime.AddDays(1) };
        var laterResults = firstReport.Results.ToDictionary(p => p.Key, p => p.Value is SalesIntelligenceReport s ? s with { Sizing = SizingSignals.Empty } : p.Value);
        var sut = CreateSut();

        await sut.DeliverAsync(first, firstReport, CancellationToken.None);
        await sut.DeliverAsync(later, firstReport with { SessionId = "wh-d", Results = laterResults }, CancellationToken.None);

        Assert.Equal(teamSize, _stores.Scalar("SELECT team_size FROM leads WHERE latest_session_id = 'wh-d'"));
    }

    [Fact]
    public async Task DeliverAsync_RealtimeCall_StoresEachTurnsE2eLatencyForTheLatencyAlerts()
    {
        // Realtime responses have no pipeline stages: their latency is the messages' e2e (1600 and 2400 ms; the
        // tool-call response without audio has none), which the ops latency rules average from the metrics rows.
        var session = PerformanceFixtures.RealtimeCall() with { SessionId = "wh-rt" };
        var analyzer = new PerformanceMetricsAnalyzer(Options.Create(new PricingOptions()));
        var report = new SessionReport
        {
            SessionId = session.SessionId,
            AnalyzedAt = _stores.Time.GetUtcNow(),
            AnalyzerVersions = new Dictionary<string, int> { [analyzer.Name] = analyzer.Version },
            Results = new Dictionary<string, object> { [analyzer.Name] = analyzer.Analyze(AnalysisInput.ForSession(session)) },
        };

        await CreateSut().DeliverAsync(session, report, CancellationToken.None);
        var start = DateTimeOffset.UnixEpoch.AddSeconds(PerformanceFixtures.T0);
        var latency = await new SqliteOpsFigures(_stores.Database).LatencyAsync(start, start.AddMinutes(1), CancellationToken.None);

        Assert.Equal(3, Count("metrics", "wh-rt"));
        Assert.Equal(2, latency.Turns);
        Assert.Equal(2000, latency.AverageMs); // (1600 + 2400) / 2
    }

    [Theory]
    [InlineData("idx_user_email")]
    [InlineData("idx_start_time")]
    [InlineData("idx_qualification_tier")]
    [InlineData("idx_session_timestamp")]
    [InlineData("idx_timestamp")]
    [InlineData("idx_lead_score")]
    [InlineData("idx_last_call_date")]
    [InlineData("idx_analyzed_at")]
    [InlineData("idx_triggered_at")]
    [InlineData("idx_alert_type_severity")]
    public void Schema_HasTheSpecIndexes(string index) =>
        Assert.Equal(1, _stores.Scalar("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name = $n", ("$n", index)));

    private WarehouseSink CreateSut() => new(new SqliteWarehouseWriter(_stores.Database), _stores.Time);

    private long Count(string table, string sessionId) =>
        _stores.Scalar($"SELECT COUNT(*) FROM {table} WHERE session_id = $id", ("$id", sessionId));

    private (SessionPayload Session, SessionReport Report) AnalyzeAll(string file, string sessionId) =>
        AnalyzedSessions.Analyze(file, sessionId, _stores.Time.GetUtcNow());

    private (SessionPayload Session, SessionReport Report) Analyze(string file, string sessionId)
    {
        var session = PayloadParser.Parse(Payloads.SharedWithId(file, sessionId)).Payload!;
        var analyzer = new PerformanceMetricsAnalyzer(Options.Create(new PricingOptions()));
        var report = new SessionReport
        {
            SessionId = sessionId,
            AnalyzedAt = _stores.Time.GetUtcNow(),
            AnalyzerVersions = new Dictionary<string, int> { [analyzer.Name] = analyzer.Version },
            Results = new Dictionary<string, object> { [analyzer.Name] = analyzer.Analyze(AnalysisInput.ForSession(session)) },
        };
        return (session, report);
    }
}
