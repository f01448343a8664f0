using VoiceAnalytics.Core.Privacy;

namespace VoiceAnalytics.Tests.Privacy;

public sealed class RetentionJobTests
{
    private const string Email = "dana.w@example.com";
    private const string Name = "Dana Whitfield";

    [Theory]
    [InlineData(29, false)]
    [InlineData(31, true)]
    public async Task RunAsync_TierTwoSessionAfterDays_RedactedOnlyPastThirty(int days, bool redacted)
    {
        using var app = new PrivacyApp();
        await app.CallAsync("s-t2", Email, Name, PrivacyApp.TierTwoText + " Call me on 555 010 2233.");
        Assert.Equal("Tier 2", app.Text("SELECT qualification_tier FROM sessions WHERE session_id = 's-t2';"));

        app.Time.Advance(TimeSpan.FromDays(days));
        await app.RunRetentionAsync();

        var stored = app.Text("SELECT user_email FROM sessions WHERE session_id = 's-t2';");
        var transcript = app.Text("SELECT transcript_text FROM transcripts WHERE session_id = 's-t2';")!;
        var payload = await PayloadAsync(app, "s-t2");
        var report = (await app.Get<VoiceAnalytics.Core.Storage.ISessionStore>().GetAsync("s-t2", CancellationToken.None))!.ReportJson!; // stored compressed
        var checkpoints = app.Scalar("SELECT COUNT(*) FROM analyzer_checkpoints WHERE session_id = 's-t2';");
        if (redacted)
        {
            Assert.StartsWith(EmailRedaction.Prefix, stored, StringComparison.Ordinal);
            Assert.Matches("^User [0-9a-f]{8}$", app.Text("SELECT user_name FROM sessions WHERE session_id = 's-t2';"));
            Assert.DoesNotContain("555 010 2233", transcript, StringComparison.Ordinal);
            Assert.Contains("[PHONE]", transcript, StringComparison.Ordinal);
            Assert.DoesNotContain(Email, payload, StringComparison.Ordinal);
            Assert.DoesNotContain(Name, payload, StringComparison.Ordinal);
            Assert.DoesNotContain(Email, report, StringComparison.Ordinal);
            Assert.DoesNotContain("\"quote\":\"Hello", report.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
            Assert.Equal(0, checkpoints);
            Assert.Equal(1, app.Scalar("SELECT COUNT(*) FROM transcripts_fts WHERE transcripts_fts MATCH 'PHONE';"));
            Assert.Equal(0, app.Scalar("SELECT COUNT(*) FROM transcripts_fts WHERE transcripts_fts MATCH '\"555 010 2233\"';"));
            Assert.Equal(0, app.Scalar("SELECT COUNT(*) FROM leads WHERE email = $e;", ("$e", Email)));
            Assert.Equal(1, app.Scalar("SELECT COUNT(*) FROM leads WHERE email = $e;", ("$e", stored)));
        }
        else
        {
            Assert.Equal(Email, stored);
            Assert.Contains("555 010 2233", transcript, StringComparison.Ordinal);
            Assert.Contains(Email, payload, StringComparison.Ordinal);
            Assert.Equal(0, checkpoints); // an analyzed session keeps no checkpoints: its report holds the results (issue 13)
        }
    }

    [Fact]
    public async Task RunAsync_TierOneAndTierTwoPastThirtyDays_OnlyTierTwoRedacted()
    {
        using var app = new PrivacyApp();
        await app.CallAsync("s-t1", "lee@big.example", "Lee Park", PrivacyApp.TierOneText);
        await app.CallAsync("s-t2", Email, Name, PrivacyApp.TierTwoText);
        Assert.Equal("Tier 1", app.Text("SELECT qualification_tier FROM sessions WHERE session_id = 's-t1';"));

        app.Time.Advance(TimeSpan.FromDays(31));
        await app.RunRetentionAsync();
        await app.RunRetentionAsync(); // idempotent

        Assert.Equal("lee@big.example", app.Text("SELECT user_email FROM sessions WHERE session_id = 's-t1';"));
        Assert.Equal("Lee Park", app.Text("SELECT user_name FROM sessions WHERE session_id = 's-t1';"));
        Assert.Contains("Lee Park", await PayloadAsync(app, "s-t1"), StringComparison.Ordinal);
        Assert.StartsWith(EmailRedaction.Prefix, app.Text("SELECT user_email FROM sessions WHERE session_id = 's-t2';"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(89, 1)]
    [InlineData(91, 0)]
    public async Task RunAsync_RawPayloadAfterDays_DeletedPastNinety(int days, long left)
    {
        using var app = new PrivacyApp();
        await app.CallAsync("s-t1", "lee@big.example", "Lee Park", PrivacyApp.TierOneText);

        app.Time.Advance(TimeSpan.FromDays(days));
        await app.RunRetentionAsync();

        Assert.Equal(left, app.Scalar("SELECT COUNT(*) FROM ingested_sessions WHERE session_id = 's-t1';"));
        Assert.Equal(left, app.Scalar("SELECT COUNT(*) FROM ingested_bodies WHERE session_id = 's-t1';"));
        Assert.Equal(1, app.Scalar("SELECT COUNT(*) FROM sessions WHERE session_id = 's-t1';")); // the warehouse keeps its rows
    }

    [Theory]
    [InlineData(364, false)]
    [InlineData(366, true)]
    public async Task RunAsync_MetricsAfterDays_RolledUpHourlyPastAYear(int days, bool rolledUp)
    {
        using var app = new PrivacyApp();
        await app.CallAsync("s-m", Email, Name, PrivacyApp.TierTwoText);
        app.Execute("DELETE FROM metrics;");
        var hour = new DateTimeOffset(2026, 8, 18, 15, 0, 0, TimeSpan.Zero);
        long[] latencies = [100, 200, 300, 400, 500, 600, 700, 800, 900, 1000, 1100, 1200, 1300, 1400, 1500, 1600, 1700, 1800, 1900, 5000];
        for (var i = 0; i < latencies.Length; i++)
        {
            app.Execute(
                "INSERT INTO metrics (session_id, timestamp, metric_type, total_latency_ms, prompt_tokens, created_at) VALUES ('s-m', $ts, 'latency', $ms, 10, $ts);",
                ("$ts", hour.AddMinutes(i).ToString("yyyy-MM-ddTHH:mm:ss.fffZ")), ("$ms", latencies[i]));
        }

        app.Time.SetUtcNow(hour.AddDays(days).AddMinutes(30));
        await app.RunRetentionAsync();
        await app.RunRetentionAsync();

        Assert.Equal(rolledUp ? 0 : 20, app.Scalar("SELECT COUNT(*) FROM metrics;"));
        Assert.Equal(rolledUp ? 1 : 0, app.Scalar("SELECT COUNT(*) FROM metrics_hourly;"));
        if (rolledUp)
        {
            Assert.Equal(20, app.Scalar("SELECT samples FROM metrics_hourly WHERE hour = '2026-08-18T15:00:00.000Z' AND metric_type = 'latency';"));
            Assert.Equal(latencies.Sum(), app.Scalar("SELECT sum_total_latency_ms FROM metrics_hourly;"));
            Assert.Equal(latencies.Sum() / 20, app.Scalar("SELECT CAST(avg_total_latency_ms AS INTEGER) FROM metrics_hourly;"));
            Assert.Equal(1900, app.Scalar("SELECT p95_total_latency_ms FROM metrics_hourly;")); // nearest rank: the 19th of 20
            Assert.Equal(5000, app.Scalar("SELECT max_total_latency_ms FROM metrics_hourly;"));
            Assert.Equal(200, app.Scalar("SELECT sum_prompt_tokens FROM metrics_hourly;"));
        }
    }

    [Theory]
    [InlineData(364, 1)]
    [InlineData(366, 0)]
    public async Task RunAsync_AlertsAfterDays_DeletedPastAYear(int days, long left)
    {
        using var app = new PrivacyApp();
        app.Execute("INSERT INTO alerts_history (alert_type, alert_name, severity, message, triggered_at) VALUES ('critical', 'agent_down', 'P1', 'down', $at);",
            ("$at", app.Time.GetUtcNow().ToString("yyyy-MM-ddTHH:mm:ss.fffZ")));

        app.Time.Advance(TimeSpan.FromDays(days));
        await app.RunRetentionAsync();

        Assert.Equal(left, app.Scalar("SELECT COUNT(*) FROM alerts_history;"));
    }

    [Fact]
    public async Task RunAsync_Cancelled_Throws()
    {
        using var app = new PrivacyApp();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        var job = app.Get<IEnumerable<Core.Scheduling.IScheduledJob>>().Single(j => j.Name == "Retention");

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => job.RunAsync(new("Retention", app.Time.GetUtcNow(), false), cancelled.Token));
    }

    /// <summary>The raw body as the store gives it back (stored compressed in <c>ingested_bodies</c>).</summary>
    private static async Task<string> PayloadAsync(PrivacyApp app, string sessionId) =>
        System.Text.Encoding.UTF8.GetString((await app.Get<Core.Storage.ISessionStore>().GetPayloadAsync(sessionId, CancellationToken.None))!);
}
