using VoiceAnalytics.Core.Reports.Executive;
using VoiceAnalytics.Core.Storage.Sqlite;
using VoiceAnalytics.Core.Warehouse;
using VoiceAnalytics.Core.Warehouse.Sqlite;

namespace VoiceAnalytics.Bench.Warehouse;

/// <summary>A read the app runs, through its real adapter; <see cref="DayOrLess"/> marks the ones spec 8.3's 1 s target applies to.</summary>
internal sealed record HotQuery(string Port, string Call, string Window, bool DayOrLess, Func<int, Task<int>> Run);

/// <summary>Every hot read of the ports, over windows ending at <see cref="WarehouseGenerator.Now"/>.</summary>
internal static class HotQueries
{
    private static readonly ExecutiveThresholds Thresholds = new(70, "Tier 1", 5, 100, ["Salesforce", "HubSpot"]);

    /// <param name="emails">Returning users' emails, one per run in turn.</param>
    /// <param name="openAlert">A name with an open ops alert.</param>
    public static IReadOnlyList<HotQuery> All(SqliteDatabase database, IReadOnlyList<string> emails, string industry, string agentVersion, string openAlert)
    {
        var now = WarehouseGenerator.Now;
        var ops = new SqliteOpsFigures(database);
        var digest = new SqliteDigestFigures(database);
        var executive = new SqliteExecutiveFigures(database);
        var dashboard = new SqliteDashboardFigures(database);
        var leads = new SqliteLeadHistory(database);
        var alerts = new SqliteAlertHistory(database);
        var activity = new SqliteSessionActivity(database);
        var queries = new List<HotQuery>
        {
            new("ops", "LatestSessionStart", "-", true, async _ => (await ops.LatestSessionStartAsync(default)).HasValue ? 1 : 0),
        };
        foreach (var (label, minutes) in new[] { ("5 min", 5), ("15 min", 15), ("1 h", 60) })
        {
            var from = now.AddMinutes(-minutes);
            queries.Add(new("ops", "SessionOutcomes", label, true, async _ => (await ops.SessionOutcomesAsync(from, now, default)).Count));
            queries.Add(new("ops", "Latency", label, true, async _ => (await ops.LatencyAsync(from, now, default)).Turns));
            queries.Add(new("ops", "Tokens", label, true, async _ => (int)Math.Min(int.MaxValue, await ops.TokensAsync(from, now, default))));
            queries.Add(new("ops", "Cost", label, true, async _ => (await ops.CostAsync(from, now, default)).Sessions));
        }

        var hour = now.AddHours(-1);
        queries.Add(new("digest", "FailedSearches", "1 h", true, async _ => (await digest.FailedSearchesAsync(hour, now, default)).Count));
        queries.Add(new("digest", "LowEngagement", "1 h", true, async _ => (await digest.LowEngagementAsync(hour, now, 4, default)).Count));
        queries.Add(new("digest", "FeatureMentions", "1 h", true, async _ => (await digest.FeatureMentionsAsync(hour, now, default)).Count));

        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var day = new ReportPeriod(today.AddDays(-1), today.AddDays(-1), now.AddDays(-1), now);
        var week = new ReportPeriod(today.AddDays(-7), today.AddDays(-1), now.AddDays(-7), now);
        queries.Add(new("executive", "ReadAsync", "1 day", true, async _ => (await executive.ReadAsync(day, Thresholds, default)).Activity.Sessions));
        queries.Add(new("executive", "ReadAsync", "7 days", false, async _ => (await executive.ReadAsync(week, Thresholds, default)).Activity.Sessions));

        foreach (var (label, filter, bucket, dayOrLess) in new[]
        {
            ("24 h by hour", new DashboardFilter(now.AddHours(-24), now), TimeBucket.Hour, true),
            ("30 days by day", new DashboardFilter(now.AddDays(-30), now), TimeBucket.Day, false),
        })
        {
            foreach (var (name, filtered) in new[]
            {
                ("", filter),
                (" tier", filter with { Tier = "Tier 1" }),
                (" sentiment", filter with { Sentiment = "negative" }),
                (" industry", filter with { Industry = industry }),
                (" agent", filter with { AgentVersion = agentVersion }),
            })
            {
                queries.Add(new("dashboard", "Sessions" + name, label, dayOrLess, async _ => (await dashboard.SessionsAsync(filtered, bucket, default)).Sum(b => b.Sessions)));
                queries.Add(new("dashboard", "Latency" + name, label, dayOrLess, async _ => (await dashboard.LatencyAsync(filtered, bucket, default)).Sum(b => b.Turns)));
            }
        }

        queries.Add(new("leads", "FindPrevious", "-", true, async run => (await leads.FindPreviousAsync(emails[run % emails.Count], "none", now, default)) is null ? 0 : 1));
        queries.Add(new("alerts", "List", "1 day", true, async _ => (await alerts.ListAsync(now.AddDays(-1), now, default)).Count));
        queries.Add(new("alerts", "FindOpen (open)", "-", true, async _ => (await alerts.FindOpenAsync(openAlert, default)) is null ? 0 : 1));
        queries.Add(new("alerts", "FindOpen (none)", "-", true, async _ => (await alerts.FindOpenAsync("no_such_alert", default)) is null ? 0 : 1));
        queries.Add(new("activity", "LatestReceived", "15 min", true, async _ => (await activity.LatestReceivedAsync(now.AddMinutes(-15), default)).HasValue ? 1 : 0));
        queries.Add(new("activity", "Failures", "1 h", true, async _ => (await activity.FailuresAsync(hour, now, default)).Count));
        queries.Add(new("activity", "Failures", "1 day", true, async _ => (await activity.FailuresAsync(now.AddDays(-1), now, default)).Count));
        return queries;
    }
}
