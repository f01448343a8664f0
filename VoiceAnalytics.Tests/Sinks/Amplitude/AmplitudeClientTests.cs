using System.Text.Json;
using VoiceAnalytics.Core.Sinks.Amplitude;
using VoiceAnalytics.Tests.Sinks.Salesforce;

namespace VoiceAnalytics.Tests.Sinks.Amplitude;

public sealed class AmplitudeClientTests : IDisposable
{
    private readonly AmplitudeServer _amplitude = new();

    public void Dispose() => _amplitude.Dispose();

    [Fact]
    public async Task SendAsync_Accepted_PostsTheDocumentedBody()
    {
        _amplitude.AcceptAll();
        _amplitude.Settings.MinIdLength = 3;
        var start = new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);
        AmplitudeEvent[] events =
        [
            new("Voice Call Analyzed")
            {
                UserId = "user-123",
                Time = start.AddSeconds(284),
                InsertId = "0123456789abcdef0123456789abcdef",
                SessionId = start.ToUnixTimeMilliseconds(),
                EventProperties = new Dictionary<string, object?> { ["lead_score"] = 82, ["tier"] = "hot", ["competitors"] = new[] { "DocuSign" }, ["summary"] = null },
                UserProperties = new Dictionary<string, object?> { ["qualification_tier"] = "hot" },
            },
            new("Voice Call Started") { DeviceId = "device-456" },
        ];

        var result = await _amplitude.CreateClient().SendAsync(events, CancellationToken.None);

        Assert.True(result.IsComplete);
        Assert.Equal(2, result.SentCount);
        Assert.Empty(result.Dropped);
        var upload = Assert.Single(_amplitude.Uploads());
        Assert.StartsWith("application/json", upload.Request().Headers!["Content-Type"].First(), StringComparison.Ordinal);
        var body = AmplitudeServer.BodyOf(upload);
        Assert.Equal("test-api-key", body.GetProperty("api_key").GetString());
        Assert.Equal(3, body.GetProperty("options").GetProperty("min_id_length").GetInt32());
        var first = body.GetProperty("events")[0];
        Assert.Equal("user-123", first.GetProperty("user_id").GetString());
        Assert.Equal("Voice Call Analyzed", first.GetProperty("event_type").GetString());
        Assert.Equal(start.AddSeconds(284).ToUnixTimeMilliseconds(), first.GetProperty("time").GetInt64());
        Assert.Equal("0123456789abcdef0123456789abcdef", first.GetProperty("insert_id").GetString());
        Assert.Equal(start.ToUnixTimeMilliseconds(), first.GetProperty("session_id").GetInt64());
        Assert.Equal(82, first.GetProperty("event_properties").GetProperty("lead_score").GetInt32());
        Assert.Equal("DocuSign", first.GetProperty("event_properties").GetProperty("competitors")[0].GetString());
        Assert.Equal(JsonValueKind.Null, first.GetProperty("event_properties").GetProperty("summary").ValueKind);
        Assert.Equal("hot", first.GetProperty("user_properties").GetProperty("qualification_tier").GetString());
        var second = body.GetProperty("events")[1];
        Assert.Equal("device-456", second.GetProperty("device_id").GetString());
        Assert.False(second.TryGetProperty("user_id", out _));
        Assert.False(second.TryGetProperty("time", out _));
        Assert.False(second.TryGetProperty("event_properties", out _));
    }

    [Fact]
    public async Task SendAsync_WithoutMinIdLength_SendsNoOptions()
    {
        _amplitude.AcceptAll();

        await _amplitude.CreateClient().SendAsync(AmplitudeServer.Events(1), CancellationToken.None);

        Assert.False(AmplitudeServer.BodyOf(Assert.Single(_amplitude.Uploads())).TryGetProperty("options", out _));
    }

    [Fact]
    public async Task SendAsync_MoreThanMaxBatchEvents_SendsBatchesInOrder()
    {
        _amplitude.AcceptAll();
        _amplitude.Settings.MaxBatchEvents = 2;

        var result = await _amplitude.CreateClient().SendAsync(AmplitudeServer.Events(5), CancellationToken.None);

        Assert.Equal(5, result.SentCount);
        Assert.Equal([2, 2, 1], _amplitude.Uploads().Select(u => AmplitudeServer.InsertIds(u).Count));
        Assert.Equal(
            Enumerable.Range(0, 5).Select(i => $"insert-{i}"),
            _amplitude.Uploads().SelectMany(AmplitudeServer.InsertIds));
    }

    [Fact]
    public async Task SendAsync_NoEvents_SendsNothing()
    {
        var result = await _amplitude.CreateClient().SendAsync([], CancellationToken.None);

        Assert.True(result.IsComplete);
        Assert.Equal(0, result.SentCount);
        Assert.Empty(_amplitude.Server.LogEntries);
    }
}
