using System.Text;
using VoiceAnalytics.Core.Storage;
using VoiceAnalytics.Core.Storage.Sqlite;
using VoiceAnalytics.Tests.Support;

namespace VoiceAnalytics.Tests.Storage.Sqlite;

/// <summary>The raw body in <c>ingested_bodies</c>, compressed (<see cref="PayloadCodec"/>): back byte for byte.</summary>
public sealed class SqliteSessionStoreBodyTests : IDisposable
{
    private readonly SqliteStores _stores = new();

    public void Dispose() => _stores.Dispose();

    public static TheoryData<string, byte[]> Bodies() => new()
    {
        { "odd whitespace", Encoding.UTF8.GetBytes("{ \"session_id\" :\t\"x\" ,\r\n\n   \"transcript\": [ ]   ,\"note\":\"  two  spaces  \" }\r\n   ") },
        { "unicode escapes", Encoding.UTF8.GetBytes("{\"session_id\":\"x\",\"text\":\"caf\\u00e9 \\ud83d\\ude00 \\\"quoted\\\" \\/ \\u0000\"}") },
        { "raw UTF-8 and a BOM", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("{\"session_id\":\"x\",\"text\":\"café 😀 Ünïcödé\"}")] },
        { "compresses badly", Noise(50_000) },
        { "large and repetitive", Encoding.UTF8.GetBytes("{\"session_id\":\"x\",\"metrics\":[" + string.Join(',', Enumerable.Repeat("{\"type\":\"llm\",\"ttft\":0.412}", 20_000)) + "]}") },
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task GetPayloadAsync_AfterAccept_ExactBytesReceived(string kind, byte[] body)
    {
        Assert.Equal(IntakeOutcome.Accepted, await _stores.Store.AcceptAsync(Submission("x", body), CancellationToken.None));

        var stored = await _stores.Store.GetPayloadAsync("x", CancellationToken.None);

        Assert.True(body.AsSpan().SequenceEqual(stored), kind);
    }

    [Fact]
    public async Task AcceptAsync_JsonBody_StoredCompressedInItsOwnTable()
    {
        var body = Encoding.UTF8.GetBytes("{\"session_id\":\"x\",\"transcript\":[" + string.Join(',', Enumerable.Range(0, 500).Select(i => $"{{\"role\":\"user\",\"content\":\"turn {i} about pricing\"}}")) + "]}");

        await _stores.Store.AcceptAsync(Submission("x", body), CancellationToken.None);

        Assert.Equal(PayloadCodec.Zstd, _stores.Scalar("SELECT codec FROM ingested_bodies WHERE session_id = 'x';"));
        Assert.True(_stores.Scalar("SELECT length(body) FROM ingested_bodies WHERE session_id = 'x';") < body.Length / 5);
        Assert.Equal(0, _stores.Scalar("SELECT COUNT(*) FROM pragma_table_info('ingested_sessions') WHERE name = 'body';"));
    }

    [Fact]
    public async Task AcceptAsync_BodyThatDoesNotShrink_StoredAsReceived()
    {
        var body = Noise(4_000);

        await _stores.Store.AcceptAsync(Submission("x", body), CancellationToken.None);

        Assert.Equal(PayloadCodec.Identity, _stores.Scalar("SELECT codec FROM ingested_bodies WHERE session_id = 'x';"));
        Assert.Equal(body.Length, _stores.Scalar("SELECT length(body) FROM ingested_bodies WHERE session_id = 'x';"));
    }

    [Theory]
    [InlineData(IntakeStatements.DecideSql)]
    [InlineData(SqliteSessionStore.PayloadSql)]
    public void IntakeStatement_ReadsByPrimaryKey(string sql)
    {
        using var connection = _stores.Database.Open();

        var plan = SqliteQueryPlan.Explain(connection, sql);

        Assert.Empty(SqliteQueryPlan.FullScans(sql, plan));
        Assert.Contains(plan, line => line.TrimStart().StartsWith("SEARCH", StringComparison.Ordinal));
    }

    [Fact]
    public async Task GetPayloadAsync_UnknownSession_Null()
    {
        Assert.Null(await _stores.Store.GetPayloadAsync("missing", CancellationToken.None));
    }

    [Fact]
    public void Decode_UnknownCodec_Throws()
    {
        Assert.Throws<InvalidDataException>(() => PayloadCodec.Decode(99, [1, 2, 3]));
    }

    private static byte[] Noise(int length)
    {
        var bytes = new byte[length];
        new Random(7).NextBytes(bytes);
        return bytes;
    }

    private SessionSubmission Submission(string id, byte[] body) =>
        new(id, body, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(body)), _stores.Time.GetUtcNow());
}
