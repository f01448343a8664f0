using System.Text;

namespace VoiceAnalytics.Core.Storage.Sqlite;

/// <summary>
/// How <c>ingested_sessions.report_json</c> is stored: UTF-8 JSON as one zstd frame in a BLOB (<see cref="PayloadCodec"/>;
/// a 22 KB report takes a few KB). Rows written before hold the JSON as TEXT and still read as they are, so old files
/// need no migration: the column's storage class says which.
/// </summary>
internal static class StoredReportCodec
{
    public static byte[] Encode(string json) => PayloadCodec.Compress(Encoding.UTF8.GetBytes(json));

    /// <summary>The JSON of a stored column value: a compressed BLOB, TEXT of an older row, or null.</summary>
    public static string? Decode(object? stored) => stored switch
    {
        null or DBNull => null,
        string text => text,
        byte[] compressed => Encoding.UTF8.GetString(PayloadCodec.Decompress(compressed)),
        _ => throw new InvalidDataException($"report_json holds a {stored.GetType().Name}, not a report."),
    };
}
