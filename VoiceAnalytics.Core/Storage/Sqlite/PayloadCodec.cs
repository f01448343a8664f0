using ZstdSharp;

namespace VoiceAnalytics.Core.Storage.Sqlite;

/// <summary>
/// How a raw body sits in <c>ingested_bodies</c>: zstd-compressed (RFC 8878 frames with the content size, written by
/// ZstdSharp.Port), or as received when compressing would not make it smaller. The marker is stored per row, so a
/// later codec change still reads every older row. Chosen by <c>bench -- compression</c> (bench/README.md): on the
/// dev calls zstd at level 3 shrinks a body about as much as Brotli at quality 5 in a fraction of the time.
/// </summary>
public static class PayloadCodec
{
    /// <summary>The bytes as received.</summary>
    public const int Identity = 0;

    /// <summary>One zstd frame (https://www.rfc-editor.org/rfc/rfc8878) holding the bytes as received.</summary>
    public const int Zstd = 1;

    private const int Level = 3;

    // A compressor holds a native-sized context: one per thread, reused (compression runs on the request threads).
    [ThreadStatic]
    private static Compressor? t_compressor;

    [ThreadStatic]
    private static Decompressor? t_decompressor;

    /// <summary>The codec and the bytes to store for <paramref name="body"/>.</summary>
    public static (int Codec, byte[] Stored) Encode(ReadOnlySpan<byte> body)
    {
        var packed = Compress(body);
        return packed.Length < body.Length ? (Zstd, packed) : (Identity, body.ToArray());
    }

    /// <summary>One zstd frame of <paramref name="bytes"/>: for the other large columns kept whole (reports, outbox messages).</summary>
    public static byte[] Compress(ReadOnlySpan<byte> bytes) => (t_compressor ??= new Compressor(Level)).Wrap(bytes).ToArray();

    /// <summary>The bytes of one zstd frame written by <see cref="Compress"/>.</summary>
    public static byte[] Decompress(byte[] frame) => Decode(Zstd, frame);

    /// <summary>The bytes as received, from a stored row.</summary>
    public static byte[] Decode(int codec, byte[] stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        return codec switch
        {
            Identity => stored,
            Zstd => (t_decompressor ??= new Decompressor()).Unwrap(stored).ToArray(),
            _ => throw new InvalidDataException($"Unknown payload codec {codec}."),
        };
    }
}
