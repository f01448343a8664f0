using Microsoft.Data.Sqlite;
using VoiceAnalytics.Core.Warehouse.Sqlite;

namespace VoiceAnalytics.Tests.Warehouse.Sqlite;

/// <summary>transcript_json round-trips through its codec byte and Brotli; TEXT rows from before read as they are.</summary>
public sealed class TranscriptJsonCodecTests
{
    [Theory]
    [InlineData("""{"items":[]}""")]
    [InlineData("""{"items":[{"role":"user","content":["Grüße, 東京 — ok? 🙂"]}]}""")]
    public void Decode_EncodedBlobOrOldText_TheSameJson(string json)
    {
        Assert.Equal(json, Read(TranscriptJsonCodec.Encode(json)));
        Assert.Equal(json, Read(json));
    }

    [Fact]
    public void Decode_UnknownCodecByte_Throws() =>
        Assert.Throws<InvalidDataException>(() => Read(new byte[] { 7, 1, 2 }));

    private static string Read(object stored)
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT $value;";
        command.Parameters.AddWithValue("$value", stored);
        using var reader = command.ExecuteReader();
        reader.Read();
        return TranscriptJsonCodec.Decode(reader, 0);
    }
}
