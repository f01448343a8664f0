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

    /// <summary>One zstd frame (https://www.rfc-editor.org/rfc/rfc8878) holding the bytes as received; the frame header names the dictionary it needs, if any (<see cref="ZstdDictionaries"/>).</summary>
    public const int Zstd = 1;

    private const int Level = 3;

    // A compressor holds a native-sized context: one per thread, reused (compression runs on the request threads).
    [ThreadStatic]
    private static Compressor? t_compressor;

    [ThreadStatic]
    private static Decompressor? t_decompressor;

    [ThreadStatic]
    private static Compressor? t_jsonCompressor;

    [ThreadStatic]
    private static Dictionary<uint, Decompressor>? t_dictionaryDecompressors;

    [ThreadStatic]
    private static Compressor? t_bodyCompressor;

    /// <summary>
    /// The codec and the bytes to store for <paramref name="body"/>: one zstd frame with the shipped body dictionary
    /// (named in the frame header), ~20 % smaller than without on the dev calls (bench/README.md, part "size").
    /// </summary>
    public static (int Codec, byte[] Stored) Encode(ReadOnlySpan<byte> body)
    {
        var packed = (t_bodyCompressor ??= WithDictionary(ZstdDictionaries.CurrentBody)).Wrap(body).ToArray();
        return packed.Length < body.Length ? (Zstd, packed) : (Identity, body.ToArray());
    }

    /// <summary>One zstd frame of <paramref name="bytes"/> without dictionary (as every frame was before part "size" of issue 13).</summary>
    public static byte[] Compress(ReadOnlySpan<byte> bytes) => (t_compressor ??= new Compressor(Level)).Wrap(bytes).ToArray();

    /// <summary>
    /// One zstd frame of a small JSON value (an analysis result, a report, an outbox payload), compressed with the
    /// current shipped dictionary (<see cref="ZstdDictionaries"/>), whose id the frame header carries: a few KB of
    /// JSON shrinks about twice as much as alone (bench/README.md, part "size").
    /// </summary>
    public static byte[] CompressJson(ReadOnlySpan<byte> json)
    {
        return (t_jsonCompressor ??= WithDictionary(ZstdDictionaries.Current)).Wrap(json).ToArray();
    }

    private static Compressor WithDictionary(uint dictionary)
    {
        var compressor = new Compressor(Level);
        compressor.LoadDictionary(ZstdDictionaries.Get(dictionary));
        return compressor;
    }

    /// <summary>The bytes of one zstd frame written by <see cref="Compress"/> or <see cref="CompressJson"/>.</summary>
    public static byte[] Decompress(byte[] frame) => Decode(Zstd, frame);

    /// <summary>The bytes as received, from a stored row.</summary>
    public static byte[] Decode(int codec, byte[] stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        return codec switch
        {
            Identity => stored,
            Zstd => DecompressorFor(ZstdDictionaries.IdOf(stored)).Unwrap(stored).ToArray(),
            _ => throw new InvalidDataException($"Unknown payload codec {codec}."),
        };
    }

    // The frame names its dictionary (0: none); one decompressor per dictionary and thread, reused.
    private static Decompressor DecompressorFor(uint dictionary)
    {
        if (dictionary == 0)
        {
            return t_decompressor ??= new Decompressor();
        }

        var decompressors = t_dictionaryDecompressors ??= [];
        if (!decompressors.TryGetValue(dictionary, out var decompressor))
        {
            decompressor = new Decompressor();
            decompressor.LoadDictionary(ZstdDictionaries.Get(dictionary));
            decompressors[dictionary] = decompressor;
        }

        return decompressor;
    }
}
