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
using VoiceAnalytics.Tests.Alerts.PagerDuty;
using VoiceAnalytics.Tests.Alerts.Slack;
using VoiceAnalytics.Tests.Support;

namespace VoiceAnalytics.Tests.Alerts.Ops;

/// <summary>
/// The app's services (Core + <c>AddOpsHealth</c>) on a real embedded database in a temp folder, a fake clock, and
/// the local PagerDuty Events v2 and Slack webhook servers; seeds the warehouse, intake, queue and ledger.
/// </summary>
public sealed class OpsHealthHarness : IAsyncDisposable
{
    public const string RoutingKey = "R0UT1NGKEY0123456789ABCDEFGHIJKL";
    public const string OpsHook = "T0/B0/ops";

    private readonly TempFolder _folder = new();
    private readonly ServiceProvider _services;
    private int _sequence;

    private OpsHealthHarness(PagerDutyEventsServer pagerDuty, SlackWebhookServer slack, DateTimeOffset now, bool configured, Dictionary<string, string?> settings, Action<IServiceCollection>? configure)
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

    public static async Task<OpsHealthHarness> StartAsync(
        DateTimeOffset now, bool configured = true, Dictionary<string, string?>? settings = null, Action<IServiceCollection>? configure = null)
    {
        var pagerDuty = await PagerDutyEventsServer.StartAsync();
        var slack = await SlackWebhookServer.StartAsync();
        return new OpsHealthHarness(pagerDuty, slack, now, configured, settings ?? [], configure);
    }

    /// <summary>Runs the timer's occurrence at the fake clock's now.</summary>
    public Task RunAsync(CancellationToken cancellationToken = default) =>
        Timer.RunAsync(new JobOccurrence(OpsHealthJob.TimerName, Time.GetUtcNow(), false), cancellationToken);

    public async Task<IReadOnlyList<AlertRecord>> AlertsAsync(string alertName) =>
        [.. (await _services.GetRequiredService<IAlertHistory>().ListAsync(DateTimeOffset.MinValue.AddYears(1), DateTimeOffset.MaxValue.AddYears(-1), CancellationToken.None))
            .Where(a => a.AlertName == alertName)];

    public IReadOnlyList<JsonNode> PagerDutyEventsFor(string alertName) =>
        [.. PagerDutyEvents.Where(e => ((string?)e["dedup_key"])?.StartsWith($"voice-analytics/{alertName}/", StringComparison.Ordinal) == true)];

    public IReadOnlyList<JsonNode> OpsMessagesAbout(string text) =>
        [.. OpsMessages.Where(m => ((string?)m["text"])?.Contains(text, StringComparison.Ordinal) == true)];

    public Task<IReadOnlyList<OutboxEntry>> OutboxAsync(string sink) =>
        _services.GetRequiredService<IOutbox>().ListAsync(sink, null, 100, CancellationToken.None);

    /// <summary>A warehouse session that ended <paramref name="endedAgo"/> before now, with its stored payload.</summary>
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
        Exec("INSERT INTO sessions (session_id, start_time, end_time, ended_at, created_at) VALUES ($id, $start, $end, $end, $end);",
            ("$id", id), ("$start", Warehouse(ended - TimeSpan.FromMinutes(3))), ("$end", Warehouse(ended)));
        return id;
    }

    /// <summary>
    /// A session received <paramref name="receivedAgo"/> before now whose processing fails now; the clock then moves
    /// on a second, so the failure falls inside the [from, to) window of the next run.
    /// </summary>
    public async Task AddFailedProcessingAsync(TimeSpan receivedAgo)
    {
        var id = $"failed-{++_sequence:000}";
        await AcceptAsync(id, Payloads.Minimal(id), Time.GetUtcNow() - receivedAgo);
        await _services.GetRequiredService<ISessionStore>().MarkFailedAsync(id, "JsonException: bad transcript", CancellationToken.None);
        Time.Advance(TimeSpan.FromSeconds(1));
    }

    /// <summary>A session started at <paramref name="startedAgo"/> before now, in the warehouse only.</summary>
    public void AddSessionStarted(TimeSpan startedAgo)
    {
        var id = $"started-{++_sequence:000}";
        Exec("INSERT INTO sessions (session_id, start_time, ended_at, created_at) VALUES ($id, $start, $start, $start);", ("$id", id), ("$start", Warehouse(Time.GetUtcNow() - startedAgo)));
    }

    /// <summary>One turn's metrics row, <paramref name="ago"/> before now, in a session of its own.</summary>
    public void AddTurn(TimeSpan ago, long totalLatencyMs = 800, long promptTokens = 0, long completionTokens = 0)
    {
        var session = $"turns-{++_sequence:000}";
        var at = Warehouse(Time.GetUtcNow() - ago);
        Exec("INSERT INTO sessions (session_id, start_time, ended_at, created_at) VALUES ($id, $at, $at, $at);", ("$id", session), ("$at", at));
        Exec(
            """
            INSERT INTO metrics (session_id, timestamp, metric_type, eou_delay_ms, llm_ttft_ms, tts_ttfb_ms, total_latency_ms, prompt_tokens, completion_tokens, total_tokens, created_at)
            VALUES ($session, $at, 'latency', 100, 200, 300, $total, $prompt, $completion, $tokens, $at);
            """,
            ("$session", session), ("$at", at), ("$total", totalLatencyMs), ("$prompt", promptTokens), ("$completion", completionTokens), ("$tokens", promptTokens + completionTokens));
    }

    /// <summary>A session that ended <paramref name="endedAgo"/> before now with the performance analyzer's cost.</summary>
    public void AddCost(TimeSpan endedAgo, double totalUsd)
    {
        var id = $"cost-{++_sequence:000}";
        var ended = Warehouse(Time.GetUtcNow() - endedAgo);
        Exec("INSERT INTO sessions (session_id, start_time, end_time, ended_at, created_at) VALUES ($id, $end, $end, $end, $end);", ("$id", id), ("$end", ended));
        var performance = new JsonObject { ["cost"] = new JsonObject { ["llm_usd"] = totalUsd * 0.5, ["stt_usd"] = totalUsd * 0.3, ["tts_usd"] = totalUsd * 0.2, ["total_usd"] = totalUsd } };
        Exec("INSERT INTO analysis_results (session_id, performance_analysis, analyzed_at, analyzer_version) VALUES ($id, $json, $end, 'test');",
            ("$id", id), ("$json", performance.ToJsonString()), ("$end", ended));
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

    private static string Warehouse(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await PagerDuty.DisposeAsync();
        await Slack.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }
}
