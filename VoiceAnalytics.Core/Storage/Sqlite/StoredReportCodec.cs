using System.IO.Compression;
using System.Text;

namespace VoiceAnalytics.Core.Storage.Sqlite;

/// <summary>
/// How <c>ingested_sessions.report_json</c> is stored: Brotli-compressed UTF-8 JSON as a BLOB (a 22 KB report takes
/// ~3 KB). Rows written before hold the JSON as TEXT and still read as they are, so old files need no migration.
/// Brotli is in the base library (System.IO.Compression); the format is RFC 7932.
/// </summary>
internal static class StoredReportCodec
{
    // Quality 5 of 0-11 with the default 4 MB window: most of the ratio at a few hundred microseconds per report.
    private const int Quality = 5;
    private const int Window = 22;

    public static byte[] Encode(string json)
    {
        var utf8 = Encoding.UTF8.GetBytes(json);
        var buffer = new byte[BrotliEncoder.GetMaxCompressedLength(utf8.Length)];
        if (!BrotliEncoder.TryCompress(utf8, buffer, out var written, Quality, Window))
        {
            throw new InvalidOperationException("Brotli could not compress the report into its maximum compressed length.");
        }

        return buffer[..written];
    }

    /// <summary>The JSON of a stored column value: a compressed BLOB, TEXT of an older row, or null.</summary>
    public static string? Decode(object? stored) => stored switch
    {
        null or DBNull => null,
        string text => text,
        byte[] compressed => Decompress(compressed),
        _ => throw new InvalidDataException($"report_json holds a {stored.GetType().Name}, not a report."),
    };

    private static string Decompress(byte[] compressed)
    {
        using var input = new MemoryStream(compressed, writable: false);
        using var brotli = new BrotliStream(input, CompressionMode.Decompress);
        using var reader = new StreamReader(brotli, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
