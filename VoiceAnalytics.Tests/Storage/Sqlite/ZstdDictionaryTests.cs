using System.Security.Cryptography;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.Data.Sqlite;
using VoiceAnalytics.Core.Sinks;
using VoiceAnalytics.Core.Storage.Sqlite;
using VoiceAnalytics.Tests.Support;

namespace VoiceAnalytics.Tests.Storage.Sqlite;

/// <summary>
/// Small JSON values are zstd frames with the shipped dictionary, whose id the frame header carries; frames without a
/// dictionary (older rows) and TEXT still read; SQL reads any of them through va_json().
/// </summary>
public sealed class ZstdDictionaryTests
{
    private const string Json = """{"cost":{"total_usd":0.25,"llm_usd":0.125},"turns":[{"turn":1,"latency_ms":900}]}""";

    [Fact]
    public void ShippedDictionary_NeverChanges()
    {
        // A row compressed with json-1 can only be read with these exact bytes: a new dictionary needs a new id and file.
        var bytes = ZstdDictionaries.Get(ZstdDictionaries.Json1);

        Assert.Equal("d8e281689fa449cd085213918ca3ae37ae37b232125fd6090cc761bb39cff0c4", Convert.ToHexStringLower(SHA256.HashData(bytes)));
    }

    [Fact]
    public void ShippedBodyDictionary_NeverChanges() =>
        Assert.Equal("1c62adf6f4ecd79da35775a37688901788d9b572d07aabcf246fc097cf13b0d1", Convert.ToHexStringLower(SHA256.HashData(ZstdDictionaries.Get(ZstdDictionaries.Body1))));

    [Fact]
    public void Encode_RawBody_FrameNamesTheBodyDictionaryAndDecodesToTheSameBytes()
    {
        var body = Payloads.SharedWithId("qualified_meeting_booked.json", "dict-body");

        var (codec, stored) = PayloadCodec.Encode(body);

        Assert.Equal(PayloadCodec.Zstd, codec);
        Assert.Equal(ZstdDictionaries.CurrentBody, ZstdDictionaries.IdOf(stored));
        Assert.Equal(body, PayloadCodec.Decode(codec, stored));
        Assert.Equal(body, PayloadCodec.Decode(PayloadCodec.Zstd, PayloadCodec.Compress(body)));
    }

    [Fact]
    public void CompressJson_FrameHeader_NamesTheCurrentDictionary()
    {
        var frame = PayloadCodec.CompressJson(Encoding.UTF8.GetBytes(Json));

        Assert.Equal(ZstdDictionaries.Current, ZstdDictionaries.IdOf(frame));
        Assert.Equal(0u, ZstdDictionaries.IdOf(PayloadCodec.Compress(Encoding.UTF8.GetBytes(Json))));
    }

    [Fact]
    public void Decompress_FrameWithoutDictionaryFromBefore_ReadsAsWritten()
    {
        var old = PayloadCodec.Compress(Encoding.UTF8.GetBytes(Json));

        Assert.Equal(Json, CompressedText.Decode(old));
        Assert.Equal(Json, OutboxPayloadCodec.Decode(old, OutboxPayloadCodec.Zstd));
    }

    [Fact]
    public void Decompress_FrameOfAnUnknownDictionary_Throws()
    {
        var frame = PayloadCodec.CompressJson(Encoding.UTF8.GetBytes(Json));
        var header = frame[4];
        var at = (header & 0x20) != 0 ? 5 : 6;
        frame[at] ^= 0x7F;

        Assert.Throws<InvalidDataException>(() => CompressedText.Decode(frame));
    }

    [Fact]
    public void Encode_AnyString_RoundTripsThroughTheDictionaryFrame() =>
        Prop.ForAll(ArbMap.Default.ArbFor<NonNull<string>>(), s =>
        {
            var text = s.Get;
            Assert.Equal(text, CompressedText.Decode(CompressedText.Encode(text)));
            Assert.Equal(text, OutboxPayloadCodec.Decode(OutboxPayloadCodec.Encode(text).Bytes, OutboxPayloadCodec.Zstd));
        }).QuickCheckThrowOnFailure();

    [Theory]
    [InlineData("frame")]
    [InlineData("old frame")]
    [InlineData("text")]
    public void VaJson_AnyStoredForm_JsonFunctionsReadIt(string form)
    {
        object stored = form switch
        {
            "frame" => CompressedText.Encode(Json),
            "old frame" => PayloadCodec.Compress(Encoding.UTF8.GetBytes(Json)),
            _ => Json,
        };

        Assert.Equal(0.25, Read("SELECT json_extract(va_json($v), '$.cost.total_usd');", stored));
        Assert.Equal(1L, Read("SELECT json_valid(va_json($v));", stored));
        Assert.Equal(900L, Read("SELECT json_extract(t.value, '$.latency_ms') FROM json_each(va_json($v), '$.turns') t;", stored));
    }

    [Fact]
    public void VaJson_Null_IsNull() => Assert.Equal(DBNull.Value, Read("SELECT va_json($v);", DBNull.Value));

    private static object Read(string sql, object stored)
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        StoredJson.Register(connection);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$v", stored);
        return command.ExecuteScalar()!;
    }
}
