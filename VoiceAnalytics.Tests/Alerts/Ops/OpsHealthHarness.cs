using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using VoiceAnalytics.Core;
using VoiceAnalytics.Core.Alerts.History;
using VoiceAnalytics.Core.Alerts.Ops;
using VoiceAnalytics.Core.Sinks;
using VoiceAnalytics.Core.Storage;
using VoiceAnalytics.Core.Storage.Sqlite;
using VoiceAnalytics.Core.Scheduling;
using VoiceAnalytics.Core.Warehouse;
using VoiceAnalytics.Tests.Storage.Azure;
using VoiceAnalytics.Tests.Warehouse;
using VoiceAnalytics.Tests.Alerts.PagerDuty;
using VoiceAnalytics.Tests.Alerts.Slack;
using VoiceAnalytics.Tests.Support;

namespace VoiceAnalytics.Tests.Alerts.Ops;

/// <summary>
/// The app's services (Core + <c>AddOpsHealth</c>) on a real embedded database in a temp folder, a fake clock, and
/// the local PagerDuty Events v2 and Slack webhook servers; seeds the warehouse (through its write port), intake,
/// queue and ledger. Given an Azurite, it runs with <c>Storage:Provider=AzureStorage</c>: payloads, status and
/// activity markers in Blob, the session queue in a Storage Queue (fresh names per harness); the warehouse, ledger
/// and outbox stay in the embedded database, as in that deployment.
/// </summary>
public sealed class OpsHealthHarness : IAsyncDisposable
{
    public const string RoutingKey = "R0UT1NGKEY0123456789ABCDEFGHIJKL";
    public const string OpsHook = "T0/B0/ops";

    private readonly TempFolder _folder = new();
    private readonly ServiceProvider _services;
    private int _sequence;

    private OpsHealthHarness(
        PagerDutyEventsServer pagerDuty, SlackWebhookServer slack, DateTimeOffset now, bool configured, Dictionary<string, string?> settings,
        Action<IServiceCollection>? configure, AzuriteFixture? azurite)
    {
        PagerDuty = pagerDuty;
        Slack = slack;
        Time = new FakeTimeProvider(now);
        var config = new Dictionary<string, string?>
        {
            ["Storage:Path"] = _folder.Path,
            ["PagerDuty:BaseUrl"] = pagerDuty.BaseAddress.AbsoluteUri,
            ["PagerDuty:MaxAttempts"] = "1",
            ["Slack:MessageInterval"] = "00:00:00",
            ["Slack:MaxAttempts"] = "1",
            ["Alerts:Ops:BusinessTimeZone"] = "UTC",
        };
        if (azurite is not null)
        {
            var suffix = Guid.NewGuid().ToString("N")[..12];
            config["Storage:Provider"] = "AzureStorage";
            config["Storage:ConnectionString"] = azurite.ConnectionString;
            config["Storage:PayloadContainer"] = "payloads-" + suffix;
            config["Privacy:HashKey"] = "parity-test-privacy-hash-key-0123456789"; // required outside the embedded store
            config["Queue:Name"] = "sessions-" + suffix;
        }

        if (configured)
        {
            config["PagerDuty:RoutingKey"] = RoutingKey;
            config["Slack:Channels:ops"] = slack.WebhookUrl(OpsHook);
        }

        foreach (var (key, value) in settings)
        {
            config[key] = value;
        }

        var services = new ServiceCollection()
            .AddSingleton<TimeProvider>(Time)
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(config).Build())
            .AddLogging();
        services.AddVoiceAnalyticsCore();
        services.AddOpsHealth();
        configure?.Invoke(services);
        _services = services.BuildServiceProvider();
    }

    public PagerDutyEventsServer PagerDuty { get; }

    public SlackWebhookServer Slack { get; }

    public FakeTimeProvider Time { get; }

    public IServiceProvider Services => _services;

    public SqliteDatabase Database => _services.GetRequiredService<SqliteDatabase>();

    public OpsHealthJob Timer => _services.GetServices<IScheduledJob>().OfType<OpsHealthJob>().Single();

    /// <summary>PagerDuty trigger/resolve events received, oldest first.</summary>
    public IReadOnlyList<JsonNode> PagerDutyEvents => [.. PagerDuty.Received.Select(r => r.Json)];

    /// <summary>Slack messages posted to the #ops webhook, oldest first.</summary>
    public IReadOnlyList<JsonNode> OpsMessages => [.. Slack.ReceivedBy(OpsHook).Select(r => r.Json)];

    /// <param name="azurite">Runs the storage on Azurite (<c>Storage:Provider=AzureStorage</c>) instead of the embedded store.</param>
    public static async Task<OpsHealthHarness> StartAsync(
        DateTimeOffset now, bool configured = true, Dictionary<string, string?>? settings = null, Action<IServiceCollection>? configure = null,
        AzuriteFixture? azurite = null)
    {
        var pagerDuty = await PagerDutyEventsServer.StartAsync();
        var slack = await SlackWebhookServer.StartAsync();
        return new OpsHealthHarness(pagerDuty, slack, now, configured, settings ?? [], configure, azurite);
    }

    /// <summary>Runs the timer's occurrence at the fake clock's now.</summary>
    public Task RunAsync(CancellationToken cancellationToken = default) =>
        Timer.RunAsync(new JobOccurrence(OpsHealthJob.TimerName, Time.GetUtcNow(), false), cancellationToken);

    /// <summary>Every alert row triggered in [from, to), oldest first.</summary>
    public Task<IReadOnlyList<AlertRecord>> AlertsAsync(DateTimeOffset from, DateTimeOffset to) =>
        _services.GetRequiredService<IAlertHistory>().ListAsync(from, to, CancellationToken.None);

    public async Task<IReadOnlyList<AlertRecord>> AlertsAsync(string alertName) =>
        [.. (await _services.GetRequiredService<IAlertHistory>().ListAsync(DateTimeOffset.MinValue.AddYears(1), DateTimeOffset.MaxValue.AddYears(-1), CancellationToken.None))
            .Where(a => a.AlertName == alertName)];

    public IReadOnlyList<JsonNode> PagerDutyEventsFor(string alertName) =>
        [.. PagerDutyEvents.Where(e => ((string?)e["dedup_key"])?.StartsWith($"voice-analytics/{alertName}/", StringComparison.Ordinal) == true)];

    public IReadOnlyList<JsonNode> OpsMessagesAbout(string text) =>
        [.. OpsMessages.Where(m => ((string?)m["text"])?.Contains(text, StringComparison.Ordinal) == true)];

    public Task<IReadOnlyList<OutboxEntry>> OutboxAsync(string sink) =>
        _services.GetRequiredService<IOutbox>().ListAsync(sink, null, 100, CancellationToken.None);

    /// <summary>A warehouse session that ended <paramref name="endedAgo"/> before now, with its stored payload and its call figures.</summary>
    public async Task<string> AddCallAsync(TimeSpan endedAgo, string? closeReason = null, bool toolError = false, double? packetLoss = null, double? jitter = null)
    {
        var id = $"call-{++_sequence:000}";
        var ended = Time.GetUtcNow() - endedAgo;
        var payload = JsonNode.Parse(Payloads.Minimal(id))!;
        payload["start_time"] = (ended - TimeSpan.FromMinutes(3)).ToString("O", CultureInfo.InvariantCulture);
        payload["end_time"] = ended.ToString("O", CultureInfo.InvariantCulture);
        if (closeReason is not null)
        {
            payload["close_reason"] = closeReason;
        }

        if (toolError)
        {
            payload["tool_calls"] = new JsonArray(new JsonObject { ["call_id"] = "c1", ["name"] = "unleash_search_knowledge", ["is_error"] = true });
        }

        if (packetLoss is not null || jitter is not null)
        {
            payload["connection_quality"] = new JsonObject { ["packet_loss"] = packetLoss, ["jitter"] = jitter };
        }

        await AcceptAsync(id, payload.ToJsonString(), ended);
        // The warehouse row carries what WarehouseRecordBuilder takes from that payload (WarehouseRecordBuilderTests).
        await WriteAsync(WarehouseRecords.Session(id, ended - TimeSpan.FromMinutes(3), ended)
            .WithOutcome(closeReason, toolError ? ["unleash_search_knowledge"] : null, packetLoss, jitter));
        return id;
    }

    /// <summary>
    /// A session received <paramref name="receivedAgo"/> before now whose processing fails now; the clock then moves
    /// on a second, so the failure falls inside the [from, to) window of the next run.
    /// </summary>
    public async Task<string> AddFailedProcessingAsync(TimeSpan receivedAgo)
    {
        var id = $"failed-{++_sequence:000}";
        await AcceptAsync(id, Payloads.Minimal(id), Time.GetUtcNow() - receivedAgo);
        await _services.GetRequiredService<ISessionStore>().MarkFailedAsync(id, "JsonException: bad transcript", CancellationToken.None);
        Time.Advance(TimeSpan.FromSeconds(1));
        return id;
    }

    /// <summary>A payload received now and not yet analyzed (the intake's sign of life only).</summary>
    public Task AddReceivedAsync()
    {
        var id = $"received-{++_sequence:000}";
        return AcceptAsync(id, Payloads.Minimal(id), Time.GetUtcNow());
    }

    /// <summary>Re-queues a failed session, as the retry API does.</summary>
    public Task<SessionState?> RetryAsync(string sessionId) =>
        _services.GetRequiredService<ISessionStore>().RetryAsync(sessionId, CancellationToken.None);

    /// <summary>A session started at <paramref name="startedAgo"/> before now, in the warehouse only.</summary>
    public Task AddSessionStartedAsync(TimeSpan startedAgo) =>
        WriteAsync(WarehouseRecords.Session($"started-{++_sequence:000}", Time.GetUtcNow() - startedAgo));

    /// <summary>One turn's metrics row, <paramref name="ago"/> before now, in a session of its own.</summary>
    public Task AddTurnAsync(TimeSpan ago, long totalLatencyMs = 800, long promptTokens = 0, long completionTokens = 0)
    {
        var at = Time.GetUtcNow() - ago;
        return WriteAsync(WarehouseRecords.Session($"turns-{++_sequence:000}", at)
            .WithTurn(at, totalLatencyMs, eouMs: 100, ttftMs: 200, ttfbMs: 300, promptTokens: promptTokens, completionTokens: completionTokens));
    }

    /// <summary>A session that ended <paramref name="endedAgo"/> before now with the performance analyzer's cost.</summary>
    public Task AddCostAsync(TimeSpan endedAgo, double totalUsd)
    {
        var ended = Time.GetUtcNow() - endedAgo;
        return WriteAsync(WarehouseRecords.Session($"cost-{++_sequence:000}", ended, ended)
            .WithAnalysis(AnalysisJson.Performance, AnalysisJson.Cost(totalUsd, totalUsd * 0.5, totalUsd * 0.3, totalUsd * 0.2)));
    }

    public async Task EnqueueAsync(int messages)
    {
        var queue = _services.GetRequiredService<ISessionQueue>();
        for (var i = 0; i < messages; i++)
        {
            await queue.EnqueueAsync(new SessionMessage($"q-{i}", $"q-{i}", Time.GetUtcNow()), CancellationToken.None);
        }
    }

    public async Task AddFailedDeliveriesAsync(string sink, int count)
    {
        var ledger = _services.GetRequiredService<IDeliveryLedger>();
        for (var i = 0; i < count; i++)
        {
            await ledger.RecordAsync($"delivery-{++_sequence:000}", sink, DeliveryStatus.Failed, "HttpRequestException: 503", CancellationToken.None);
        }
    }

    public void Exec(string sql, params (string Name, object Value)[] parameters)
    {
        using var connection = Database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        command.ExecuteNonQuery();
    }

    private Task AcceptAsync(string id, string json, DateTimeOffset receivedAt)
    {
        var body = System.Text.Encoding.UTF8.GetBytes(json);
        return _services.GetRequiredService<ISessionStore>().AcceptAsync(
            new SessionSubmission(id, body, Convert.ToHexStringLower(SHA256.HashData(body)), receivedAt), CancellationToken.None);
    }

    private Task WriteAsync(WarehouseRecord record) =>
        _services.GetRequiredService<IWarehouseWriter>().WriteAsync(record, CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await PagerDuty.DisposeAsync();
        await Slack.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }
}
