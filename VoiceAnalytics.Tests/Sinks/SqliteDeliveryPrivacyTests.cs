using VoiceAnalytics.Core.Sinks;
using VoiceAnalytics.Tests.Support;

namespace VoiceAnalytics.Tests.Sinks;

public sealed class SqliteDeliveryPrivacyTests : IDisposable
{
    private readonly SqliteStores _stores = new();

    public void Dispose() => _stores.Dispose();

    [Fact]
    public async Task EraseAsync_CompressedSharedEntries_RewritesOnlyThoseNamingThePerson()
    {
        var outbox = new SqliteOutbox(_stores.Database, _stores.Time);
        await outbox.WriteAsync("slack", "#digest", "digest:1", null, "{\"text\":\"Ana Lima (ana@example.com) and Ana Lima again\"}", CancellationToken.None);
        await outbox.WriteAsync("slack", "#digest", "digest:2", null, "{\"text\":\"Bo Chen called\"}", CancellationToken.None);
        await outbox.WriteAsync("salesforce", "Lead", "s-1:lead", "s-1", "{\"Email\":\"ana@example.com\"}", CancellationToken.None);
        await outbox.WriteAsync("salesforce", "Lead", "s-2:lead", "s-2", "{\"Name\":\"Ana Lima\"}", CancellationToken.None);

        var erased = await CreateSut().EraseAsync(["s-1"], new PersonMention("ana@example.com", null, "Ana Lima", "[CALLER]"), CancellationToken.None);

        Assert.Equal((1, 1), (erased.OutboxEntries, erased.OutboxRewritten));
        var left = (await outbox.ListAsync(null, null, 10, CancellationToken.None)).ToDictionary(e => e.MessageKey, e => e.Payload);
        Assert.Equal("{\"text\":\"[CALLER] ([EMAIL]) and [CALLER] again\"}", left["digest:1"]);
        Assert.Equal("{\"text\":\"Bo Chen called\"}", left["digest:2"]);
        Assert.Equal("{\"Name\":\"Ana Lima\"}", left["s-2:lead"]); // another session's entry is not a shared one
        Assert.False(left.ContainsKey("s-1:lead"));
    }

    [Fact]
    public async Task EraseAsync_MoreSharedEntriesThanAPage_RewritesEveryPage()
    {
        var outbox = new SqliteOutbox(_stores.Database, _stores.Time);
        for (var i = 0; i < 1_001; i++)
        {
            await outbox.WriteAsync("slack", "#digest", $"digest:{i}", null, i % 500 == 0 ? "{\"t\":\"ana@example.com\"}" : "{\"t\":\"x\"}", CancellationToken.None);
        }

        var erased = await CreateSut().EraseAsync([], new PersonMention("ana@example.com", null, null, null), CancellationToken.None);

        Assert.Equal(3, erased.OutboxRewritten);
    }

    private SqliteDeliveryPrivacy CreateSut() => new(_stores.Database);
}
