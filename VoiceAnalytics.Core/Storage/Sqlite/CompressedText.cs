using System.Text;

namespace VoiceAnalytics.Core.Storage.Sqlite;

/// <summary>
/// How a JSON column is stored (<c>ingested_sessions.report_json</c>, <c>transcripts.transcript_json</c>, the ten
/// result columns of <c>analysis_results</c>): its UTF-8 as one zstd frame in a BLOB, compressed with the shipped
/// JSON dictionary (<see cref="PayloadCodec.CompressJson"/>; a 22 KB report takes ~3 KB). Rows written before hold
/// the JSON as TEXT (or a frame without dictionary) and still read as they are, so old files need no migration: the
/// column's storage class and the frame header say which. SQL reads into such a column only through
/// <c>va_json(col)</c> (<see cref="StoredJson"/>).
/// </summary>
internal static class CompressedText
{
    // Every zstd frame starts with this magic number, little-endian (RFC 8878, section 3.1.1).
    private static readonly byte[] FrameMagic = [0x28, 0xB5, 0x2F, 0xFD];

    public static byte[] Encode(string json) => PayloadCodec.CompressJson(Encoding.UTF8.GetBytes(json));

    /// <summary>The text of a stored column value: a compressed BLOB, TEXT of an older row, or null.</summary>
    public static string? Decode(object? stored) => stored switch
    {
        null or DBNull => null,
        string text => text,
        byte[] frame when frame.AsSpan().StartsWith(FrameMagic) => Encoding.UTF8.GetString(PayloadCodec.Decompress(frame)),
        byte[] => throw new InvalidDataException("The column holds a BLOB that is not a zstd frame."),
        _ => throw new InvalidDataException($"The column holds a {stored.GetType().Name}, not text."),
    };
}
