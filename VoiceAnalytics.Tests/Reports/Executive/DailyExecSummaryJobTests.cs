using System.Text.Json.Nodes;
using MimeKit;
using VoiceAnalytics.Core.Reports;
using VoiceAnalytics.Core.Reports.Email;
using VoiceAnalytics.Core.Reports.Executive;
using VoiceAnalytics.Core.Scheduling;
using VoiceAnalytics.Tests.Reports.Email;

namespace VoiceAnalytics.Tests.Reports.Executive;

/// <summary>
/// Timers in America/Chicago (UTC-5 in August). The 08:00 occurrence of Tuesday 2026-08-18 reports Monday
/// 2026-08-17 local, i.e. [2026-08-17 05:00Z, 2026-08-18 05:00Z), against Sunday 2026-08-16.
/// </summary>
public sealed class DailyExecSummaryJobTests : IAsyncDisposable
{
    private const string HostileName = "<script>alert('x')</script> & Co";
    private static readonly TimeSpan Cdt = TimeSpan.FromHours(-5);
    private static readonly JobOccurrence Timer = new(DailyExecSummaryJob.TimerName, new DateTimeOffset(2026, 8, 18, 8, 0, 0, Cdt), IsPastDue: false);

    private readonly ReportsWarehouse _warehouse = new();
    private readonly TestSmtpServer _smtp = new();

    public async ValueTask DisposeAsync()
    {
        await _smtp.DisposeAsync();
        _warehouse.Dispose();
    }

    [Fact]
    public async Task RunAsync_LocalDay_EmailsFiguresWithDayOverDayChangeToTheReportRecipients()
    {
        SeedTwoDays();

        await CreateSut().RunAsync(Timer, CancellationToken.None);

        var mail = Assert.Single(_smtp.Mails);
        Assert.Equal(["vp@example.com", "cfo@example.com"], mail.Recipients);
        var message = mail.Parse();
        Assert.Equal("Voice Agent Daily Summary - 2026-08-17", message.Subject);
        var text = message.TextBody!;
        Assert.Contains("Total Calls: 4 (↑ 100% vs day before)", text, StringComparison.Ordinal);
        Assert.Contains("Unique Users: 4 (↑ 100% vs day before)", text, StringComparison.Ordinal);
        Assert.Contains("Avg Duration: 3m 00s", text, StringComparison.Ordinal);
        Assert.Contains("Qualified Leads: 3 (75% qualification rate, ↑ 25 pts vs day before)", text, StringComparison.Ordinal);
        Assert.Contains("Meetings Booked: 2 (67% booking rate, ↓ 33 pts vs day before)", text, StringComparison.Ordinal);
        Assert.Contains("Avg Latency: 1,400 ms (⚠️ target: <1,000 ms; ↑ 40% vs day before)", text, StringComparison.Ordinal);
        Assert.Contains("P95 Latency: 3,000 ms", text, StringComparison.Ordinal);
        Assert.Contains("Tokens: 600 (prompt 500, completion 100; ↑ 400% vs day before)", text, StringComparison.Ordinal);
        Assert.Contains("Cost: $0.75 (n/a vs day before)", text, StringComparison.Ordinal);
        Assert.Contains("Hot Leads: 2 (scores >80; ↑ 100% vs day before)", text, StringComparison.Ordinal);
        Assert.Contains("Avg Lead Score: 70.5 (↑ 0.5 vs day before)", text, StringComparison.Ordinal);
        Assert.Contains("Tiers: Tier 1: 3, Tier 2: 1", text, StringComparison.Ordinal);
        Assert.Contains("Cost per Qualified Lead: $0.25", text, StringComparison.Ordinal);
        Assert.Contains("1. " + HostileName + " - Score 95 (Tier 1)", text, StringComparison.Ordinal);
        Assert.Contains("2. Globex Buyer - Score 85 (Tier 1) - Next: call today", text, StringComparison.Ordinal);
        Assert.Contains("Alerts: 1 (0 critical; new vs day before): Latency >1500ms Sustained", text, StringComparison.Ordinal);
        Assert.Contains("Negative Sentiment: 50% of calls (↑ 50 pts vs day before)", text, StringComparison.Ordinal);
        Assert.Contains("Failed Searches: 2 (most failed: \"Zapier <b>setup</b>\", 2)", text, StringComparison.Ordinal);
        Assert.Contains("Meeting booking rate fell from 100% to 67%", text, StringComparison.Ordinal);
        Assert.Contains("Write help content for \"Zapier <b>setup</b>\" (2 failed searches).", text, StringComparison.Ordinal);
        Assert.DoesNotContain("QUALIFICATION INSIGHTS", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_Cancelled_ThrowsAndSendsNothing()
    {
        SeedTwoDays();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => CreateSut().RunAsync(Timer, cancelled.Token));

        Assert.Empty(_smtp.Mails);
        Assert.Empty(await _warehouse.OutboxAsync("email"));
    }

    [Fact]
    public async Task RunAsync_SessionsNearMidnight_BelongToTheirLocalDay()
    {
        SeedTwoDays();

        await CreateSut().RunAsync(Timer, CancellationToken.None);

        var text = Assert.Single(_smtp.Mails).Parse().TextBody!;
        // 23:30 local on the 17th (04:30Z on the 18th) is in; 23:30 local on the 16th and 00:30 local on the 18th are not.
        Assert.Contains(HostileName, text, StringComparison.Ordinal);
        Assert.DoesNotContain("Previous Late", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Tomorrow Person", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_HostileName_IsHtmlEncoded()
    {
        SeedTwoDays();

        await CreateSut().RunAsync(Timer, CancellationToken.None);

        var html = Assert.Single(_smtp.Mails).Parse().HtmlBody!;
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; Co", html, StringComparison.Ordinal);
        Assert.Contains("Zapier &lt;b&gt;setup&lt;/b&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>setup", html, StringComparison.Ordinal);
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_SameOccurrenceTwice_SendsOneEmail()
    {
        SeedTwoDays();
        var sut = CreateSut();

        await sut.RunAsync(Timer, CancellationToken.None);
        await sut.RunAsync(Timer with { IsPastDue = true }, CancellationToken.None);

        Assert.Single(_smtp.Mails);
    }

    [Fact]
    public async Task RunAsync_NoSmtpHost_WritesTheEmailToTheOutboxOnce()
    {
        SeedTwoDays();
        var sut = new DailyExecSummaryJob(ExecutiveTestHost.Runner(_warehouse, new EmailOptions(), Reports()));

        await sut.RunAsync(Timer, CancellationToken.None);
        await sut.RunAsync(Timer, CancellationToken.None);

        var entry = Assert.Single(await _warehouse.OutboxAsync("email"));
        Assert.Equal("daily-exec-summary", entry.Destination);
        Assert.Equal("2026-08-17", entry.MessageKey);
        var payload = JsonNode.Parse(entry.Payload)!;
        Assert.Equal("Voice Agent Daily Summary - 2026-08-17", (string?)payload["subject"]);
        Assert.Contains("Total Calls: 4", (string?)payload["text_body"], StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", (string?)payload["html_body"], StringComparison.Ordinal);
        Assert.Empty(_smtp.Mails);
    }

    [Fact]
    public async Task RunAsync_NoRecipientsAnywhere_WritesToTheOutbox()
    {
        SeedTwoDays();

        await new DailyExecSummaryJob(ExecutiveTestHost.Runner(_warehouse, ExecutiveTestHost.Smtp(_smtp.Port))).RunAsync(Timer, CancellationToken.None);

        Assert.Single(await _warehouse.OutboxAsync("email"));
        Assert.Empty(_smtp.Mails);
    }

    [Fact]
    public async Task RunAsync_RecipientRefused_ThrowsAndSendsOnTheNextRun()
    {
        SeedTwoDays();
        _smtp.RecipientReplies["cfo@example.com"] = "550 5.1.1 mailbox unavailable";
        var sut = CreateSut();

        var error = await Assert.ThrowsAsync<ReportDeliveryException>(() => sut.RunAsync(Timer, CancellationToken.None));
        _smtp.RecipientReplies.Clear();
        await sut.RunAsync(Timer, CancellationToken.None);

        Assert.Contains("recipient_rejected", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("@", error.Message, StringComparison.Ordinal);
        Assert.Single(_smtp.Mails);
    }

    [Fact]
    public async Task RunAsync_EmptyWarehouse_StillReportsTheDay()
    {
        await CreateSut().RunAsync(Timer, CancellationToken.None);

        var text = Assert.Single(_smtp.Mails).Parse().TextBody!;
        Assert.Contains("Total Calls: 0 (→ flat vs day before)", text, StringComparison.Ordinal);
        Assert.Contains("No scored leads in this period.", text, StringComparison.Ordinal);
        Assert.Contains("No action needed", text, StringComparison.Ordinal);
    }

    /// <summary>
    /// Monday the 17th (local): four calls, one at 23:30; Sunday the 16th: two calls, one at 23:30; and one call at
    /// 00:30 on the 18th that belongs to neither.
    /// </summary>
    private void SeedTwoDays()
    {
        var day = new DateTimeOffset(2026, 8, 17, 0, 0, 0, Cdt);
        _warehouse.InsertSession("s1", day.AddHours(10), 180, "a@example.com", "Dana Whitfield", 72, "Tier 1", meeting: true, sentiment: "positive");
        _warehouse.InsertSession("s2", day.AddHours(14), 180, "b@example.com", "Globex Buyer", 85, "Tier 1", sentiment: "negative");
        _warehouse.InsertSession("s3", day.AddHours(23.5), 180, "c@example.com", HostileName, 95, "Tier 1", meeting: true);
        _warehouse.InsertSession("s4", day.AddHours(20), 180, "d@example.com", "Small Lead", 30, "Tier 2", sentiment: "negative");
        _warehouse.SetAnalysis("s1", "performance_analysis", """{"cost":{"total_usd":0.5}}""");
        _warehouse.SetAnalysis("s2", "performance_analysis", """{"cost":{"total_usd":0.25}}""");
        _warehouse.SetAnalysis("s2", "executive_summary", """{"next_action":{"action":"call","owner":"ae","timing":"today","talking_points":[]}}""");
        _warehouse.SetAnalysis("s2", "content_gaps", """{"failed_queries":[{"query":"Zapier <b>setup</b>"},{"query":"Zapier <b>setup</b> "}]}""");
        foreach (var (id, ms) in new[] { ("s1", 700), ("s1", 900), ("s2", 1100), ("s4", 1300), ("s4", 3000) })
        {
            _warehouse.InsertLatency(id, day.AddHours(12), ms);
        }

        _warehouse.InsertAlert("Latency >1500ms Sustained", "high", day.AddHours(12));
        _warehouse.InsertAlert("Agent Down", "critical", day.AddDays(1).AddHours(1));

        var before = day.AddDays(-1);
        _warehouse.InsertSession("p1", before.AddHours(9), 120, "e@example.com", "Early Bird", 50, "Tier 2");
        _warehouse.InsertSession("p2", before.AddHours(23.5), 120, "f@example.com", "Previous Late", 90, "Tier 1", meeting: true);
        _warehouse.InsertLatency("p1", before.AddHours(9), 1000);

        _warehouse.InsertSession("x1", day.AddDays(1).AddMinutes(30), 60, "g@example.com", "Tomorrow Person", 99, "Tier 1", meeting: true);
    }

    private static ExecutiveReportOptions Reports() => new() { Recipients = ["vp@example.com", "cfo@example.com"] };

    private DailyExecSummaryJob CreateSut() =>
        new(ExecutiveTestHost.Runner(_warehouse, ExecutiveTestHost.Smtp(_smtp.Port, "ignored@example.com"), Reports()));
}
