using VoiceAnalytics.Core.Sinks;
using VoiceAnalytics.Tests.Support;

namespace VoiceAnalytics.Tests.Sinks;

public sealed class SqliteOutboxTests : IDisposable
{
    private readonly SqliteStores _stores = new();

    public void Dispose() => _stores.Dispose();

    [Fact]
    public async Task WriteAsync_SameKeyTwice_OneEntryWithTheLatestPayload()
    {
        var sut = CreateSut();

        await sut.WriteAsync("slack", "#sales", "s-1:hot_lead", "s-1", "{\"v\":1}", CancellationToken.None);
        await sut.WriteAsync("slack", "#sales", "s-1:hot_lead", "s-1", "{\"v\":2}", CancellationToken.None);

        var entry = Assert.Single(await sut.ListAsync(null, null, 10, CancellationToken.None));
        Assert.Equal("{\"v\":2}", entry.Payload);
    }

    [Fact]
    public async Task ListAsync_FiltersBySinkAndSession()
    {
        var sut = CreateSut();
        await sut.WriteAsync("slack", "#sales", "a", "s-1", "{}", CancellationToken.None);
        await sut.WriteAsync("amplitude", "httpapi", "b", "s-1", "{}", CancellationToken.None);
        await sut.WriteAsync("slack", "#ops", "c", null, "{}", CancellationToken.None);

        Assert.Equal(2, (await sut.ListAsync("slack", null, 10, CancellationToken.None)).Count);
        Assert.Equal(2, (await sut.ListAsync(null, "s-1", 10, CancellationToken.None)).Count);
        Assert.Equal("b", Assert.Single(await sut.ListAsync("amplitude", "s-1", 10, CancellationToken.None)).MessageKey);
    }

    private SqliteOutbox CreateSut() => new(_stores.Database, _stores.Time);
}
