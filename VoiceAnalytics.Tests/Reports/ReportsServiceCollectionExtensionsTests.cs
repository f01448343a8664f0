using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using VoiceAnalytics.Core.Reports;
using VoiceAnalytics.Core.Reports.Executive;
using VoiceAnalytics.Core.Sinks;
using VoiceAnalytics.Core.Storage;
using VoiceAnalytics.Core.Warehouse;
using VoiceAnalytics.Core.Warehouse.Sqlite;
using VoiceAnalytics.Core.Storage.Sqlite;
using VoiceAnalytics.Core.Scheduling;
using VoiceAnalytics.Tests.Alerts.Slack;
using VoiceAnalytics.Tests.Reports.Email;
using VoiceAnalytics.Tests.Support;

namespace VoiceAnalytics.Tests.Reports;

public sealed class ReportsServiceCollectionExtensionsTests : IDisposable
{
    private static readonly DateTimeOffset EightAm = new(2026, 8, 18, 8, 0, 0, TimeSpan.Zero);
    private readonly TempFolder _folder = new();

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }

    [Fact]
    public async Task AddReportTimers_Twice_RegistersEachTimerOnceWithADefaultSchedule()
    {
        await using var provider = CreateProvider([], twice: true);

        var names = provider.GetServices<IScheduledJob>().Select(t => t.Name).ToList();

        Assert.Equal(["QualityDigest", "DailyExecSummary", "WeeklyRollup"], names);
        var schedules = provider.GetRequiredService<IOptions<TimerOptions>>().Value.Schedules;
        Assert.All(names, name => Assert.True(schedules.ContainsKey(name), name));
    }

    [Fact]
    public async Task AddReportTimers_ReportsSection_IsBound()
    {
        await using var provider = CreateProvider(new()
        {
            ["Reports:Recipients:0"] = "vp@example.com",
            ["Reports:SubjectPrefix"] = "Ava",
            ["Reports:DashboardUrl"] = "https://dash.example.com/voice",
            ["Reports:LatencyTargetMs"] = "800",
        });

        var options = provider.GetRequiredService<IOptions<ExecutiveReportOptions>>().Value;

        Assert.Equal(["vp@example.com"], options.Recipients);
        Assert.Equal("Ava", options.SubjectPrefix);
        Assert.Equal(new Uri("https://dash.example.com/voice"), options.DashboardUrl);
        Assert.Equal(800, options.LatencyTargetMs);
    }

    [Fact]
    public async Task AddReportTimers_EmptySubjectPrefix_FailsValidation()
    {
        await using var provider = CreateProvider(new() { ["Reports:SubjectPrefix"] = "" });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<ExecutiveReportOptions>>().Value);

        Assert.Contains(nameof(ExecutiveReportOptions.SubjectPrefix), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddReportTimers_EmailSectionConfigured_DailySummaryGoesThroughThatServer()
    {
        await using var smtp = new TestSmtpServer();
        await using var provider = CreateProvider(new()
        {
            ["Email:Host"] = "127.0.0.1",
            ["Email:Port"] = smtp.Port.ToString(CultureInfo.InvariantCulture),
            ["Email:Security"] = "None",
            ["Email:From"] = "reports@example.com",
            ["Email:To:0"] = "team@example.com",
            ["Reports:Recipients:0"] = "vp@example.com",
            ["Reports:DashboardUrl"] = "https://dash.example.com/voice",
        });

        await Timer(provider, DailyExecSummaryJob.TimerName).RunAsync(new JobOccurrence(DailyExecSummaryJob.TimerName, EightAm, false), CancellationToken.None);

        var mail = Assert.Single(smtp.Mails);
        Assert.Equal(["vp@example.com"], mail.Recipients);
        Assert.Contains("href=\"https://dash.example.com/voice\"", mail.Parse().HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddReportTimers_NothingConfigured_WeeklyRollupGoesToTheOutbox()
    {
        await using var provider = CreateProvider([]);

        await Timer(provider, WeeklyRollupJob.TimerName).RunAsync(new JobOccurrence(WeeklyRollupJob.TimerName, EightAm, false), CancellationToken.None);

        var entry = Assert.Single(await provider.GetRequiredService<IOutbox>().ListAsync("email", null, 10, CancellationToken.None));
        Assert.Equal(("weekly-rollup", "2026-08-10"), (entry.Destination, entry.MessageKey));
    }

    [Fact]
    public async Task AddReportTimers_SlackProductChannel_DigestPostsToIt()
    {
        await using var slack = await SlackWebhookServer.StartAsync();
        await using var provider = CreateProvider(new() { ["Slack:Channels:product"] = slack.WebhookUrl("T/B/product") });
        using (var connection = provider.GetRequiredService<SqliteDatabase>().Open())
        using (var command = connection.CreateCommand())
        {
            command.CommandText = """
                INSERT INTO sessions (session_id, start_time, engagement_score, created_at) VALUES ('low', '2026-08-18T07:20:00.000Z', 2.0, 'x');
                INSERT INTO analysis_results (session_id, analyzed_at, analyzer_version) VALUES ('low', '2026-08-18T07:30:00.000Z', 't');
                """;
            command.ExecuteNonQuery();
        }

        await Timer(provider, "QualityDigest").RunAsync(new JobOccurrence("QualityDigest", EightAm, false), CancellationToken.None);

        Assert.Contains("Session low: Score 2.0", Assert.Single(slack.ReceivedBy("T/B/product")).Body, StringComparison.Ordinal);
    }

    private static IScheduledJob Timer(IServiceProvider provider, string name) =>
        provider.GetServices<IScheduledJob>().Single(t => t.Name == name);

    private ServiceProvider CreateProvider(Dictionary<string, string?> settings, bool twice = false)
    {
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .AddLogging()
            .AddSingleton<TimeProvider>(new FakeTimeProvider(EightAm))
            .AddSingleton<ISqliteSchema, SessionTablesSchema>()
            .AddSingleton<ISqliteSchema, WarehouseSchema>()
            .AddSingleton<ISqliteSchema, DeliveryTablesSchema>()
            .AddSingleton(sp => new SqliteDatabase(Path.Combine(_folder.Path, "di.db"), sp.GetServices<ISqliteSchema>()))
            .AddSingleton<IOutbox, SqliteOutbox>()
            .AddSingleton<ISessionActivity, SqliteSessionActivity>()
            .AddWarehouse();
        services.AddReportTimers();
        if (twice)
        {
            services.AddReportTimers();
        }

        return services.BuildServiceProvider();
    }
}
