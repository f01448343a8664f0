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

    [Theory]
    [InlineData(null, null, "k5,k4")]
    [InlineData("slack", null, "k5,k3")]
    [InlineData(null, "s-1", "k4,k2")]
    [InlineData("slack", "s-1", "k2,k1")]
    public async Task ListAsync_EveryFilterCombination_NewestFirstUpToTheLimit(string? sink, string? session, string expected)
    {
        var sut = CreateSut();
        await sut.WriteAsync("slack", "#sales", "k1", "s-1", "{}", CancellationToken.None);
        await sut.WriteAsync("slack", "#sales", "k2", "s-1", "{}", CancellationToken.None);
        await sut.WriteAsync("slack", "#sales", "k3", "s-2", "{}", CancellationToken.None);
        await sut.WriteAsync("amplitude", "httpapi", "k4", "s-1", "{}", CancellationToken.None);
        await sut.WriteAsync("slack", "#ops", "k5", null, "{}", CancellationToken.None);

        var entries = await sut.ListAsync(sink, session, 2, CancellationToken.None);

        Assert.Equal(expected, string.Join(',', entries.Select(e => e.MessageKey)));
    }

    [Fact]
    public async Task WriteAsync_Payload_StoredCompressedAndReadBackVerbatim()
    {
        var sut = CreateSut();
        // Repetitive like a real Salesforce body, with non-ASCII text, escapes and odd whitespace.
        var payload = "{\"Description\": \"Café – ñandú \\u00e9 \\\"quoted\\\"\\n\",\t\"rows\":[" + string.Join(",\n ", Enumerable.Range(0, 200).Select(i => $"{{\"Id\":{i},\"Name\":\"Zoë {i}\"}}")) + "]}";

        await sut.WriteAsync("salesforce", "Lead", "s-1:lead", "s-1", payload, CancellationToken.None);

        Assert.Equal(payload, Assert.Single(await sut.ListAsync(null, "s-1", 10, CancellationToken.None)).Payload);
        Assert.Equal(OutboxPayloadCodec.Zstd, _stores.Scalar("SELECT codec FROM outbox;"));
        Assert.Equal("blob", Text("SELECT typeof(payload) FROM outbox;"));
        Assert.True(_stores.Scalar("SELECT length(payload) FROM outbox;") * 4 < System.Text.Encoding.UTF8.GetByteCount(payload));
    }

    [Fact]
    public async Task ListAsync_RowWrittenBeforeCompression_ReadsAsText()
    {
        Execute("INSERT INTO outbox (sink, destination, message_key, session_id, payload, created_at) VALUES ('slack', '#sales', 'old', 's-1', '{\"old\":\"é\"}', '2026-08-01T00:00:00.0000000Z');");

        var entry = Assert.Single(await CreateSut().ListAsync(null, "s-1", 10, CancellationToken.None));

        Assert.Equal("{\"old\":\"é\"}", entry.Payload);
        Assert.Equal(OutboxPayloadCodec.Text, _stores.Scalar("SELECT codec FROM outbox;"));
    }

    [Fact]
    public async Task WriteAsync_OverAnOldTextRow_ReplacesItCompressed()
    {
        Execute("INSERT INTO outbox (sink, destination, message_key, session_id, payload, created_at) VALUES ('slack', '#sales', 'k', 's-1', '{\"v\":1}', '2026-08-01T00:00:00.0000000Z');");
        var sut = CreateSut();

        await sut.WriteAsync("slack", "#sales", "k", "s-1", "{\"v\":2}", CancellationToken.None);

        Assert.Equal("{\"v\":2}", Assert.Single(await sut.ListAsync(null, null, 10, CancellationToken.None)).Payload);
        Assert.Equal(OutboxPayloadCodec.Zstd, _stores.Scalar("SELECT codec FROM outbox;"));
    }

    [Fact]
    public void Decode_UnknownCodec_Throws()
    {
        Assert.Throws<InvalidDataException>(() => OutboxPayloadCodec.Decode(new byte[] { 1 }, 7));
    }

    private SqliteOutbox CreateSut() => new(_stores.Database, _stores.Time);

    private void Execute(string sql)
    {
        using var connection = _stores.Database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private string? Text(string sql)
    {
        using var connection = _stores.Database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar() as string;
    }
}
