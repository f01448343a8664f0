using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Data.Sqlite;
using NSubstitute;
using VoiceAnalytics.Core.Storage;
using VoiceAnalytics.Core.Storage.Sqlite;
using VoiceAnalytics.Functions.Api;
using VoiceAnalytics.Functions.Functions.Http;
using VoiceAnalytics.Tests.Support;

namespace VoiceAnalytics.Tests.Functions.Api;

/// <summary><c>GET /api/health</c> on the real embedded database: queue depth and the oldest message's age.</summary>
public sealed class HealthTests : IDisposable
{
    private readonly SqliteStores _stores = new();

    public void Dispose() => _stores.Dispose();

    [Fact]
    public async Task Run_MessagesWaiting_DepthAndTheOldestAge()
    {
        var database = new SqliteDatabase(_stores.Database.File, [new HealthProbeSchema()]);
        await _stores.Queue.EnqueueAsync(new SessionMessage("s-1", "s-1", _stores.Time.GetUtcNow()), CancellationToken.None);
        _stores.Time.Advance(TimeSpan.FromSeconds(30));
        await _stores.Queue.EnqueueAsync(new SessionMessage("s-2", "s-2", _stores.Time.GetUtcNow()), CancellationToken.None);
        Assert.NotNull(await _stores.Queue.ReceiveAsync(CancellationToken.None)); // a leased message still waits
        _stores.Time.Advance(TimeSpan.FromSeconds(60));
        var health = new Health(new SqliteStorageProbe(database, _stores.Time), _stores.Queue, _stores.Time);

        var result = Assert.IsType<Ok<HealthResponse>>(await health.Run(Substitute.For<HttpRequest>(), CancellationToken.None));

        Assert.Equal("ok", result.Value!.Status);
        Assert.True(result.Value.Storage.CanWrite);
        Assert.Equal(2, result.Value.Queue.Depth);
        Assert.Equal(90, result.Value.Queue.OldestAgeSeconds);
    }

    [Fact]
    public async Task Run_ProbeCannotWrite_503WithTheCause()
    {
        var probe = Substitute.For<IStorageProbe>();
        probe.CheckAsync(default).ReturnsForAnyArgs(StorageProbeResult.Failed(new SqliteException("SQLite Error 13: 'database or disk is full'.", 13)));
        var health = new Health(probe, _stores.Queue, _stores.Time);

        var result = Assert.IsType<JsonHttpResult<HealthResponse>>(await health.Run(Substitute.For<HttpRequest>(), CancellationToken.None));

        Assert.Equal(503, result.StatusCode);
        Assert.Equal("unavailable", result.Value!.Status);
        Assert.Equal("full", result.Value.Storage.Cause);
        Assert.Equal("""{"status":"unavailable","storage":{"can_write":false,"cause":"full"},"queue":{"depth":0,"oldest_age_seconds":null,"error":null}}""", JsonSerializer.Serialize(result.Value));
    }
}
