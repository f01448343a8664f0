using VoiceAnalytics.Core.Sinks.Amplitude;
using VoiceAnalytics.Tests.Sinks.Salesforce;
using WireMock.RequestBuilders;

namespace VoiceAnalytics.Tests.Sinks.Amplitude;

public sealed class AmplitudeClientRejectionTests : IDisposable
{
    private readonly AmplitudeServer _amplitude = new();

    public void Dispose() => _amplitude.Dispose();

    [Fact]
    public async Task SendAsync_400NamingEvents_DropsThemAndResendsTheRestOnce()
    {
        _amplitude.Server.Given(AmplitudeServer.Upload()).InScenario("partial").WillSetStateTo("resent").RespondWith(AmplitudeServer.Json(400, """
            {"code":400,"error":"Request missing required field","events_with_invalid_fields":{"time":[1]},"events_with_missing_fields":{"event_type":[3]}}
            """));
        _amplitude.Server.Given(AmplitudeServer.Upload()).InScenario("partial").WhenStateIs("resent").WillSetStateTo("resent").RespondWith(AmplitudeServer.Ok());
        var events = AmplitudeServer.Events(4);

        var result = await _amplitude.CreateClient().SendAsync(events, CancellationToken.None);

        Assert.True(result.IsComplete);
        Assert.Equal(2, result.SentCount);
        Assert.Collection(
            result.Dropped,
            d => Assert.Equal((events[1], "HTTP 400: invalid field time"), (d.Event, d.Reason)),
            d => Assert.Equal((events[3], "HTTP 400: missing field event_type"), (d.Event, d.Reason)));
        var uploads = _amplitude.Uploads();
        Assert.Equal(2, uploads.Count);
        Assert.Equal(["insert-0", "insert-1", "insert-2", "insert-3"], AmplitudeServer.InsertIds(uploads[0]));
        Assert.Equal(["insert-0", "insert-2"], AmplitudeServer.InsertIds(uploads[1]));
        Assert.Equal("test-api-key", AmplitudeServer.BodyOf(uploads[1]).GetProperty("api_key").GetString());
    }

    [Fact]
    public async Task SendAsync_400AgainAfterTheResend_DropsTheRestWithoutAThirdRequest()
    {
        _amplitude.Server.Given(AmplitudeServer.Upload()).RespondWith(AmplitudeServer.Json(400, """
            {"code":400,"error":"Invalid id length for user_id or device_id","events_with_invalid_id_lengths":{"user_id":[0]}}
            """));

        var result = await _amplitude.CreateClient().SendAsync(AmplitudeServer.Events(3), CancellationToken.None);

        Assert.Equal(0, result.SentCount);
        Assert.Equal(3, result.Dropped.Count);
        Assert.Equal("HTTP 400: id too short user_id", result.Dropped[0].Reason);
        Assert.Equal(2, _amplitude.Uploads().Count);
        Assert.True(result.IsComplete);
    }

    [Fact]
    public async Task SendAsync_400NamingNoEvents_DropsTheWholeBatchWithTheMissingField()
    {
        _amplitude.Server.Given(AmplitudeServer.Upload()).RespondWith(AmplitudeServer.Json(400, """
            {"code":400,"error":"Request missing required field","missing_field":"api_key"}
            """));

        var result = await _amplitude.CreateClient().SendAsync(AmplitudeServer.Events(2), CancellationToken.None);

        Assert.Equal(2, result.Dropped.Count);
        Assert.All(result.Dropped, d => Assert.Equal("HTTP 400: missing field api_key", d.Reason));
        Assert.Single(_amplitude.Uploads());
    }

    [Fact]
    public async Task SendAsync_413AboveTwoEvents_SplitsInHalvesUntilAccepted()
    {
        _amplitude.Server.Given(AmplitudeServer.Upload().WithBody((string? body) => AmplitudeServer.EventCount(body) > 2))
            .AtPriority(1)
            .RespondWith(AmplitudeServer.Json(413, """{"code":413,"error":"Payload too large"}"""));
        _amplitude.Server.Given(AmplitudeServer.Upload()).AtPriority(2).RespondWith(AmplitudeServer.Ok());

        var result = await _amplitude.CreateClient().SendAsync(AmplitudeServer.Events(5), CancellationToken.None);

        Assert.True(result.IsComplete);
        Assert.Equal(5, result.SentCount);
        Assert.Empty(result.Dropped);
        var uploads = _amplitude.Uploads();
        Assert.Equal([5, 2, 3, 1, 2], uploads.Select(u => AmplitudeServer.InsertIds(u).Count));
        var accepted = uploads.Where(u => AmplitudeServer.InsertIds(u).Count <= 2).SelectMany(AmplitudeServer.InsertIds);
        Assert.Equal(Enumerable.Range(0, 5).Select(i => $"insert-{i}"), accepted);
    }

    [Fact]
    public async Task SendAsync_413ForASingleEvent_DropsIt()
    {
        _amplitude.Server.Given(AmplitudeServer.Upload()).RespondWith(AmplitudeServer.Json(413, """{"code":413,"error":"Payload too large"}"""));

        var result = await _amplitude.CreateClient().SendAsync(AmplitudeServer.Events(2), CancellationToken.None);

        Assert.Equal(2, result.Dropped.Count);
        Assert.All(result.Dropped, d => Assert.StartsWith("HTTP 413", d.Reason, StringComparison.Ordinal));
        Assert.Equal(3, _amplitude.Uploads().Count);
    }
}
