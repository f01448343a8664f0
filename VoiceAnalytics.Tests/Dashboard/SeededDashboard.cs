using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using VoiceAnalytics.Tests.Support;

namespace VoiceAnalytics.Tests.Dashboard;

/// <summary>
/// A real local host holding ten analyzed dev calls moved to now: eight started 7-70 minutes ago (one 7 minutes ago),
/// two about four hours ago (inside the previous window of the four-hour view [From, To)). Half run agent
/// SDK 1.7.0, half 1.7.1. <see cref="Facts"/> holds what each call's own report says (tier, sentiment, industry), so a
/// test computes the figures it expects without asking the dashboard.
/// </summary>
public sealed class SeededDashboard : IAsyncLifetime
{
    public ApiHost Host { get; private set; } = null!;

    public DateTimeOffset Now { get; } = DateTimeOffset.UtcNow;

    /// <summary>The start of the current UTC hour: the figures endpoints widen a window to whole hours, so views use whole hours.</summary>
    public DateTimeOffset HourStart => new(Now.Year, Now.Month, Now.Day, Now.Hour, 0, 0, TimeSpan.Zero);

    /// <summary>The view's window: the two whole hours before this one, this one and the next.</summary>
    public DateTimeOffset From => HourStart.AddHours(-2);

    public DateTimeOffset To => HourStart.AddHours(2);

    public List<SessionFacts> Facts { get; } = [];

    public IEnumerable<SessionFacts> InWindow => Facts.Where(f => f.Start >= From && f.Start < To);

    public string Query => "range=custom&from=" + Uri.EscapeDataString(Iso(From)) + "&to=" + Uri.EscapeDataString(Iso(To));

    public async Task InitializeAsync()
    {
        Host = await ApiHost.StartAsync(new Dictionary<string, string?> { ["Ingest:MaxBodyBytes"] = "1000000" });
        var files = Directory.GetFiles(Path.Combine(TestData.SharedDir, "data", "calls"), "dev-0??.json").Order(StringComparer.Ordinal).Take(10).ToList();
        for (var i = 0; i < files.Count; i++)
        {
            var start = i < 8 ? Now.AddMinutes(-(7 + (9 * i))) : Now.AddHours(-4).AddMinutes(-i);
            await SeedAsync(files[i], $"dash-{i}", start, i % 2 == 0 ? "1.7.0" : "1.7.1");
        }
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();

    /// <summary>Posts a dev call as session <paramref name="id"/> starting at <paramref name="start"/>, waits for its analysis, records its facts.</summary>
    public async Task<SessionFacts> SeedAsync(string file, string id, DateTimeOffset start, string sdk)
    {
        var node = JsonNode.Parse(await File.ReadAllTextAsync(file))!;
        var duration = node["duration_seconds"]?.GetValue<double>() ?? 240;
        node["session_id"] = id;
        node["start_time"] = Iso(start);
        node["end_time"] = Iso(start.AddSeconds(duration));
        node["agent_sdk_version"] = sdk;
        using var post = await Host.Client.SendAsync(SessionsClient.Post(System.Text.Encoding.UTF8.GetBytes(node.ToJsonString())));
        post.EnsureSuccessStatusCode();
        var status = await SessionsClient.WaitForStatusAsync(Host.Client, id, "analyzed", TimeSpan.FromSeconds(60));
        var results = status.GetProperty("report").GetProperty("results");
        var facts = new SessionFacts(
            id,
            start,
            results.GetProperty("lead_scoring").GetProperty("qualification_tier").GetString()!,
            results.GetProperty("sentiment").GetProperty("overall").GetString()!,
            results.GetProperty("sales_intelligence").GetProperty("product_fit").GetProperty("industry") is { ValueKind: JsonValueKind.Object } industry ? industry.GetProperty("value").GetString() : null,
            string.Join(' ', new[] { node["agent_name"]?.GetValue<string>(), sdk }.Where(v => !string.IsNullOrWhiteSpace(v))),
            results.GetProperty("lead_scoring").GetProperty("score").GetInt32(),
            results.GetProperty("content_gaps").GetProperty("total_searches").GetInt32());
        Facts.Add(facts);
        return facts;
    }

    public static string Iso(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}

public sealed record SessionFacts(string SessionId, DateTimeOffset Start, string Tier, string Sentiment, string? Industry, string AgentVersion, int Score, int Searches);
