using System.IO.Compression;
using System.Text;
using Microsoft.Data.Sqlite;

namespace VoiceAnalytics.Core.Warehouse.Sqlite;

/// <summary>
/// How <c>transcripts.transcript_json</c> is stored. Nothing reads into it with SQL (the ready queries, reports and
/// ops read other tables; the backfill export and the privacy redaction read it whole), so a row keeps it as a BLOB:
/// one codec byte (1 = Brotli, .NET's built-in <see cref="BrotliEncoder"/>) and the compressed UTF-8 JSON, about a
/// seventh of the text. Rows written before this are TEXT and read as they are.
/// </summary>
internal static class TranscriptJsonCodec
{
    private const byte Brotli = 1;

    // Quality 5 of 11 with a 4 MB window: most of quality 11's ratio on ~20 KB JSON at a small fraction of its time.
    private const int Quality = 5;
    private const int Window = 22;

    public static byte[] Encode(string json)
    {
        var utf8 = Encoding.UTF8.GetBytes(json);
        var stored = new byte[1 + BrotliEncoder.GetMaxCompressedLength(utf8.Length)];
        stored[0] = Brotli;
        if (!BrotliEncoder.TryCompress(utf8, stored.AsSpan(1), out var written, Quality, Window))
        {
            throw new InvalidOperationException("Brotli could not compress the transcript JSON into its maximum compressed length.");
        }

        return stored[..(1 + written)];
    }

    public static string Decode(SqliteDataReader reader, int ordinal) => reader.GetValue(ordinal) switch
    {
        string text => text,
        byte[] { Length: > 0 } stored when stored[0] == Brotli => Decompress(stored),
        byte[] stored => throw new InvalidDataException($"transcript_json has an unknown codec byte ({(stored.Length == 0 ? "empty" : stored[0].ToString(System.Globalization.CultureInfo.InvariantCulture))})."),
        var other => throw new InvalidDataException($"transcript_json holds a {other.GetType().Name}, not text or a coded BLOB."),
    };

    private static string Decompress(byte[] stored)
    {
        using var input = new MemoryStream(stored, 1, stored.Length - 1);
        using var brotli = new BrotliStream(input, CompressionMode.Decompress);
        using var text = new StreamReader(brotli, Encoding.UTF8);
        return text.ReadToEnd();
    }
}
