using System.Text;
using VoiceAnalytics.Core.Storage.Sqlite;

namespace VoiceAnalytics.Core.Sinks;

/// <summary>
/// How an outbox payload is stored: the <c>codec</c> column says how to read the <c>payload</c> column, so rows
/// written before compression (codec 0, UTF-8 text) read as they always did. New rows are one zstd frame (codec 1,
/// the codec of the raw bodies, <see cref="PayloadCodec"/>): the Salesforce, Amplitude and Slack JSON of a session
/// (~22 KB) shrinks several times over. Since part "size" of issue 13 a new frame is compressed with the shipped JSON
/// dictionary, whose id its header carries (<see cref="ZstdDictionaries"/>); codec 1 reads both kinds of frame.
/// </summary>
internal static class OutboxPayloadCodec
{
    public const int Text = 0;
    public const int Zstd = 1;

    public static (byte[] Bytes, int Codec) Encode(string payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        return (PayloadCodec.CompressJson(Encoding.UTF8.GetBytes(payload)), Zstd);
    }

    /// <param name="stored">The column as read: text for codec 0 (a BLOB is accepted too), bytes for codec 1.</param>
    public static string Decode(object stored, long codec)
    {
        ArgumentNullException.ThrowIfNull(stored);
        return codec switch
        {
            Text => stored as string ?? Encoding.UTF8.GetString((byte[])stored),
            Zstd => Encoding.UTF8.GetString(PayloadCodec.Decompress((byte[])stored)),
            _ => throw new InvalidDataException($"Unknown outbox payload codec {codec}."),
        };
    }
}
