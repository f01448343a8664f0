using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using VoiceAnalytics.Core.Alerts.Slack;
using VoiceAnalytics.Core.Reports;
using VoiceAnalytics.Core.Reports.Digest;
using VoiceAnalytics.Core.Scheduling;
using VoiceAnalytics.Tests.Alerts.Slack;

using VoiceAnalytics.Core.Warehouse.Sqlite;

namespace VoiceAnalytics.Tests.Reports.Digest;

public sealed class QualityDigestJobTests : IAsyncLifetime
{
    private const string ProductHook = "T000/B003/product";

    // The 15:00 UTC occurrence covers sessions analyzed in [14:00, 15:00).
    private static readonly DateTimeOffset Occurrence = new(2026, 8, 18, 15, 0, 0, TimeSpan.Zero);
    private static readonly JobOccurrence Timer = new(QualityDigestJob.TimerName, Occurrence, IsPastDue: false);

    private readonly ReportsWarehouse _warehouse = new();
    private readonly HttpClient _http = new();
    private SlackWebhookServer _slack = null!;

    public async Task InitializeAsync() => _slack = await SlackWebhookServer.StartAsync();

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _slack.DisposeAsync();
        _warehouse.Dispose();
    }

    [Fact]
    public async Task RunAsync_HourWithGapLowSessionAndFeature_PostsOneDigestToProduct()
    {
        await SeedHourAsync();

        await CreateSut().RunAsync(Timer, CancellationToken.None);

        var post = Assert.Single(_slack.ReceivedBy(ProductHook));
        var text = BlockText(post.Json);
        Assert.Contains("Failed Searches (2 total)", text, StringComparison.Ordinal);
        Assert.Contains("\"bulk send CSV recipients\" (1 search)", text, StringComparison.Ordinal);
        Assert.Contains("Session low-1: Score 3.2 - High interruptions", text, StringComparison.Ordinal);
        Assert.Contains("1 call with score &lt;5", text, StringComparison.Ordinal);
        Assert.Contains("Bulk send (1 mention) - \"I've been trying", text, StringComparison.Ordinal);
        Assert.DoesNotContain("outside the hour", text, StringComparison.Ordinal);
        Assert.DoesNotContain("late-1", text, StringComparison.Ordinal);
        Assert.Empty(await _warehouse.OutboxAsync("slack"));
    }

    [Fact]
    public async Task RunAsync_LowSessionFromRealAnalysis_ReasonComesFromItsQualityRedFlags()
    {
        await _warehouse.DeliverAnalyzedAsync("kb_search_failures_frustrated.json", "kb-low", Occurrence.AddMinutes(-50), Occurrence.AddMinutes(-40));
        LowerEngagement("kb-low", 4.1);

        await CreateSut().RunAsync(Timer, CancellationToken.None);

        // The call's red flags are negative_sentiment, tool_failures and long_agent_monologue: frustration wins.
        Assert.Contains("Session kb-low: Score 4.1 - User frustration detected", BlockText(Assert.Single(_slack.ReceivedBy(ProductHook)).Json), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_FeatureObjectionWithoutNamedFeatureAndSharedMissingTopic_ReportsBoth()
    {
        _warehouse.InsertSession("obj-1", Occurrence.AddMinutes(-30), engagement: 4.5);
        _warehouse.SetAnalysis("obj-1", "objections", """{"objections":[{"category":"features","evidence":{"quote":"No <mobile> app?"}}]}""");
        _warehouse.SetAnalysis("obj-1", "content_gaps", """{"missing_documentation":["mobile_app"]}""");
        _warehouse.InsertSession("obj-2", Occurrence.AddMinutes(-20), engagement: 4.0);
        _warehouse.SetAnalysis("obj-2", "content_gaps", """{"missing_documentation":["mobile_app","pricing"]}""");

        await CreateSut().RunAsync(Timer, CancellationToken.None);

        var text = BlockText(Assert.Single(_slack.ReceivedBy(ProductHook)).Json);
        Assert.Contains("Missing feature (not named) (1 mention) - \"No &lt;mobile&gt; app?\"", text, StringComparison.Ordinal);
        Assert.Contains("*Pattern:* 2 of these calls asked about mobile app (not in KB)", text, StringComparison.Ordinal);
        Assert.Contains("Session obj-2: Score 4.0 - Low quality score", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_SameOccurrenceTwice_PostsOnce()
    {
        await SeedHourAsync();
        var sut = CreateSut();

        await sut.RunAsync(Timer, CancellationToken.None);
        await sut.RunAsync(Timer with { IsPastDue = true }, CancellationToken.None);

        Assert.Single(_slack.ReceivedBy(ProductHook));
    }

    [Fact]
    public async Task RunAsync_NextOccurrence_IsANewDigest()
    {
        _warehouse.InsertSession("low-1", Occurrence.AddMinutes(-30), engagement: 3.2);
        _warehouse.InsertSession("low-2", Occurrence.AddMinutes(20), engagement: 2.5);
        var sut = CreateSut();

        await sut.RunAsync(Timer, CancellationToken.None);
        await sut.RunAsync(Timer with { ScheduledTime = Occurrence.AddHours(1) }, CancellationToken.None);

        var posts = _slack.ReceivedBy(ProductHook);
        Assert.Equal(2, posts.Count);
        Assert.Contains("low-1", BlockText(posts[0].Json), StringComparison.Ordinal);
        Assert.DoesNotContain("low-2", BlockText(posts[0].Json), StringComparison.Ordinal);
        Assert.Contains("low-2", BlockText(posts[1].Json), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_EmptyHour_SendsNothingAnywhere()
    {
        _warehouse.InsertSession("fine", Occurrence.AddMinutes(-30), engagement: 8.5);
        _warehouse.InsertSession("earlier", Occurrence.AddHours(-3), engagement: 1);

        await CreateSut().RunAsync(Timer, CancellationToken.None);
        await CreateSut(webhook: false).RunAsync(Timer, CancellationToken.None);

        Assert.Empty(_slack.Received);
        Assert.Empty(await _warehouse.OutboxAsync("slack"));
    }

    [Fact]
    public async Task RunAsync_NoProductWebhook_WritesTheDigestToTheOutboxOnce()
    {
        await SeedHourAsync();
        var sut = CreateSut(webhook: false);

        await sut.RunAsync(Timer, CancellationToken.None);
        await sut.RunAsync(Timer, CancellationToken.None);

        var entry = Assert.Single(await _warehouse.OutboxAsync("slack"));
        Assert.Equal("#product", entry.Destination);
        Assert.Equal("quality-digest/2026-08-18T15:00:00Z", entry.MessageKey);
        Assert.Contains("Session low-1: Score 3.2 - High interruptions", BlockText(JsonNode.Parse(entry.Payload)!), StringComparison.Ordinal);
        Assert.Empty(_slack.Received);
    }

    [Fact]
    public async Task RunAsync_SlackRefuses_ThrowsAndSendsOnTheNextRun()
    {
        _warehouse.InsertSession("low-1", Occurrence.AddMinutes(-30), engagement: 3.2);
        _slack.Enqueue(ProductHook, new ScriptedReply(404, "channel_not_found"));
        var sut = CreateSut();

        var error = await Assert.ThrowsAsync<ReportDeliveryException>(() => sut.RunAsync(Timer, CancellationToken.None));
        await sut.RunAsync(Timer, CancellationToken.None);

        Assert.Contains("channel_not_found", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("/services/", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, _slack.ReceivedBy(ProductHook).Count);
        Assert.True(await _warehouse.Deliveries.WasSentAsync(QualityDigestJob.TimerName, QualityDigestJob.MessageKey(Occurrence), CancellationToken.None));
    }

    [Fact]
    public async Task RunAsync_Cancelled_Throws()
    {
        await SeedHourAsync();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => CreateSut().RunAsync(Timer, cancelled.Token));

        Assert.Empty(_slack.Received);
    }

    /// <summary>
    /// In the hour: a real analysis of the failed-search call (2 failed searches, a bulk-send feature request) and a
    /// low-engagement session with an interruptions red flag. Outside it: a gap analyzed before, a session after.
    /// </summary>
    private async Task SeedHourAsync()
    {
        await _warehouse.DeliverAnalyzedAsync("kb_search_failures_frustrated.json", "kb-1", Occurrence.AddMinutes(-50), Occurrence.AddMinutes(-40));
        _warehouse.InsertSession("low-1", Occurrence.AddMinutes(-30), engagement: 3.2);
        _warehouse.SetAnalysis("low-1", "quality_analysis", """{"red_flags":[{"code":"abrupt_ending","detail":"d"},{"code":"interruptions","detail":"d"}]}""");
        _warehouse.InsertSession("old-1", Occurrence.AddHours(-2), analyzedAt: Occurrence.AddMinutes(-61));
        _warehouse.SetAnalysis("old-1", "content_gaps", """{"failed_queries":[{"query":"outside the hour"}]}""");
        _warehouse.InsertSession("late-1", Occurrence.AddMinutes(-5), engagement: 1, analyzedAt: Occurrence);
    }

    private void LowerEngagement(string sessionId, double score)
    {
        using var connection = _warehouse.Database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "UPDATE sessions SET engagement_score = $score WHERE session_id = $id;";
        command.Parameters.AddWithValue("$score", score);
        command.Parameters.AddWithValue("$id", sessionId);
        command.ExecuteNonQuery();
    }

    /// <summary>Every <c>text</c> string of a Block Kit message, one per line, to search.</summary>
    private static string BlockText(JsonNode message)
    {
        var texts = new List<string>();
        Collect(message["blocks"], texts);
        return string.Join('\n', texts);
    }

    private static void Collect(JsonNode? node, List<string> texts)
    {
        switch (node)
        {
            case JsonArray array:
                foreach (var item in array)
                {
                    Collect(item, texts);
                }

                break;
            case JsonObject obj:
                foreach (var (name, value) in obj)
                {
                    if (name == "text" && value is JsonValue v && v.TryGetValue<string>(out var text))
                    {
                        texts.Add(text);
                    }
                    else
                    {
                        Collect(value, texts);
                    }
                }

                break;
        }
    }

    private QualityDigestJob CreateSut(bool webhook = true)
    {
        var options = new SlackOptions { MessageInterval = TimeSpan.Zero };
        if (webhook)
        {
            options.Channels[SlackChannels.Product] = _slack.WebhookUrl(ProductHook);
        }

        var client = new SlackWebhookClient(_http, Options.Create(options), new WebhookRateGate(_warehouse.Time, TimeSpan.Zero), _warehouse.Time, NullLogger<SlackWebhookClient>.Instance);
        return new QualityDigestJob(
            new QualityDigestQuery(new SqliteDigestFigures(_warehouse.Database)), client, Options.Create(options), _warehouse.Outbox, _warehouse.Deliveries, NullLogger<QualityDigestJob>.Instance);
    }
}
