using Microsoft.Data.Sqlite;
using VoiceAnalytics.Core.Storage.Sqlite;

namespace VoiceAnalytics.Tests.Storage.Sqlite;

/// <summary>Reports and transcript JSON round-trip through one zstd frame; TEXT rows from before read as they are.</summary>
public sealed class CompressedTextTests
{
    [Theory]
    [InlineData("""{"items":[]}""")]
    [InlineData("""{"items":[{"role":"user","content":["Grüße, 東京 — ok? 🙂"]}]}""")]
    public void Decode_EncodedBlobOrOldText_TheSameJson(string json)
    {
        Assert.Equal(json, Read(CompressedText.Encode(json)));
        Assert.Equal(json, Read(json));
    }

    [Fact]
    public void Encode_RepetitiveJson_StoresFarFewerBytes()
    {
        var json = "[" + string.Join(",", Enumerable.Range(0, 500).Select(i => $$"""{"role":"assistant","text":"turn {{i}} of the call"}""")) + "]";

        Assert.True(CompressedText.Encode(json).Length * 5 < json.Length);
    }

    [Fact]
    public void Decode_BlobThatIsNoZstdFrame_Throws() =>
        Assert.Throws<InvalidDataException>(() => Read(new byte[] { 7, 1, 2 }));

    [Fact]
    public void Decode_Null_IsNull() => Assert.Null(CompressedText.Decode(DBNull.Value));

    private static string? Read(object stored)
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT $value;";
        command.Parameters.AddWithValue("$value", stored);
        using var reader = command.ExecuteReader();
        reader.Read();
        return CompressedText.Decode(reader.GetValue(0));
    }
}
