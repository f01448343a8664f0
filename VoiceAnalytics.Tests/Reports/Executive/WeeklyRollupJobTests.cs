using VoiceAnalytics.Core.Reports.Executive;
using VoiceAnalytics.Core.Scheduling;
using VoiceAnalytics.Tests.Reports.Email;

namespace VoiceAnalytics.Tests.Reports.Executive;

/// <summary>
/// Sessions analyzed by the real analyzers and delivered by the real warehouse sink. The Monday 2026-08-24 08:00
/// occurrence (America/Chicago) reports the week Monday 17 to Sunday 23 August against 10 to 16 August.
/// </summary>
public sealed class WeeklyRollupJobTests : IAsyncDisposable
{
    private static readonly TimeSpan Cdt = TimeSpan.FromHours(-5);
    private static readonly DateTimeOffset Monday = new(2026, 8, 17, 0, 0, 0, Cdt);
    private static readonly JobOccurrence Timer = new(WeeklyRollupJob.TimerName, Monday.AddDays(7).AddHours(8), IsPastDue: false);

    private readonly ReportsWarehouse _warehouse = new();
    private readonly TestSmtpServer _smtp = new();

    public async ValueTask DisposeAsync()
    {
        await _smtp.DisposeAsync();
        _warehouse.Dispose();
    }

    [Fact]
    public async Task RunAsync_AnalyzedCalls_EmailsTheWeekWithWeekOverWeekChange()
    {
        await SeedAsync();

        await CreateSut().RunAsync(Timer, CancellationToken.None);

        var mail = Assert.Single(_smtp.Mails);
        // No Reports:Recipients: the Email:To list receives it.
        Assert.Equal(["team@example.com"], mail.Recipients);
        var message = mail.Parse();
        Assert.Equal("Voice Agent Weekly Review - Week of 2026-08-17", message.Subject);
        var text = message.TextBody!;
        Assert.Contains("Week of 2026-08-17 (Monday) to 2026-08-23 (Sunday)", text, StringComparison.Ordinal);
        Assert.Contains("Total Calls: 3 (↑ 200% WoW)", text, StringComparison.Ordinal);
        Assert.Contains("Qualified Leads: 1 (33% qualification rate, ↑ 33 pts WoW)", text, StringComparison.Ordinal);
        Assert.Contains("Meetings Booked: 1 (100% booking rate, n/a WoW)", text, StringComparison.Ordinal);
        // The analyzers price the calls at $0.241037 (meeting booked), $0.111734 (failed searches) and $0.045585 (abandoned).
        Assert.Contains("Cost: $0.40 (↑ 774% WoW)", text, StringComparison.Ordinal);
        Assert.Contains("1. Dana Whitfield - Score 72 (Tier 1) - 35 users, hubspot need - Next: demo at the booked meeting", text, StringComparison.Ordinal);
        Assert.Contains("Integration need \"hubspot\": 1 call(s) (new WoW)", text, StringComparison.Ordinal);
        Assert.Contains("Requested feature \"bulk send\": 1 call(s) (new WoW)", text, StringComparison.Ordinal);
        Assert.Contains("Failed Searches: 2", text, StringComparison.Ordinal);
        Assert.Contains("Top Qualification Drivers (1 qualified call(s)):", text, StringComparison.Ordinal);
        Assert.Contains("100% had a Salesforce or HubSpot integration need", text, StringComparison.Ordinal);
        Assert.Contains("100% had teams of 5+ users", text, StringComparison.Ordinal);
        Assert.Contains("Negative Sentiment: 33% of calls (↑ 33 pts WoW)", text, StringComparison.Ordinal);
        Assert.Contains("P95 Latency: ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("P95 Latency: n/a", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_PastDueOnWednesday_StillReportsTheLastFullWeek()
    {
        await SeedAsync();

        await CreateSut().RunAsync(Timer with { ScheduledTime = Monday.AddDays(9).AddHours(8), IsPastDue = true }, CancellationToken.None);

        Assert.Equal("Voice Agent Weekly Review - Week of 2026-08-17", Assert.Single(_smtp.Mails).Parse().Subject);
    }

    [Fact]
    public async Task RunAsync_NoSmtp_WritesTheRollupToTheOutboxUnderItsWeek()
    {
        await SeedAsync();

        await new WeeklyRollupJob(ExecutiveTestHost.Runner(_warehouse, new Core.Reports.Email.EmailOptions())).RunAsync(Timer, CancellationToken.None);

        var entry = Assert.Single(await _warehouse.OutboxAsync("email"));
        Assert.Equal(("weekly-rollup", "2026-08-17"), (entry.Destination, entry.MessageKey));
    }

    /// <summary>This week: the meeting-booked call, the failed-search call and a short abandoned call; last week: nothing but the abandoned one.</summary>
    private async Task SeedAsync()
    {
        await _warehouse.DeliverAnalyzedAsync("qualified_meeting_booked.json", "w-1", Monday.AddDays(2).AddHours(10), Monday.AddDays(2).AddHours(11));
        await _warehouse.DeliverAnalyzedAsync("kb_search_failures_frustrated.json", "w-2", Monday.AddDays(3).AddHours(10), Monday.AddDays(3).AddHours(11));
        await _warehouse.DeliverAnalyzedAsync("abandoned_short_call.json", "w-3", Monday.AddDays(6).AddHours(23), Monday.AddDays(7).AddHours(1));
        await _warehouse.DeliverAnalyzedAsync("abandoned_short_call.json", "w-0", Monday.AddDays(-3), Monday.AddDays(-3).AddHours(1));
    }

    private WeeklyRollupJob CreateSut() =>
        new(ExecutiveTestHost.Runner(_warehouse, ExecutiveTestHost.Smtp(_smtp.Port, "team@example.com")));
}
