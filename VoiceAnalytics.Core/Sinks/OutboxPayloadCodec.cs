using System.Buffers;
using System.IO.Compression;
using System.Text;

namespace VoiceAnalytics.Core.Sinks;

/// <summary>
/// How an outbox payload is stored: the <c>codec</c> column says how to read the <c>payload</c> column, so rows
/// written before compression (codec 0, UTF-8 text) read as they always did. New rows are Brotli (codec 1): the
/// Salesforce, Amplitude and Slack JSON of a session (~22 KB) shrinks several times over.
/// </summary>
internal static class OutboxPayloadCodec
{
    public const int Text = 0;
    public const int Brotli = 1;

    // Quality 5 with a 4 MB window: most of the ratio of the slow levels at a small share of their time on
    // kilobyte-sized JSON (https://learn.microsoft.com/dotnet/api/system.io.compression.brotliencoder.-ctor).
    private const int Quality = 5;
    private const int Window = 22;

    public static (byte[] Bytes, int Codec) Encode(string payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        var text = Encoding.UTF8.GetBytes(payload);
        var buffer = ArrayPool<byte>.Shared.Rent(BrotliEncoder.GetMaxCompressedLength(text.Length));
        try
        {
            if (!BrotliEncoder.TryCompress(text, buffer, out var written, Quality, Window))
            {
                throw new InvalidOperationException("Brotli did not fit its own maximum compressed length.");
            }

            return (buffer.AsSpan(0, written).ToArray(), Brotli);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <param name="stored">The column as read: text for codec 0 (a BLOB is accepted too), bytes for codec 1.</param>
    public static string Decode(object stored, long codec)
    {
        ArgumentNullException.ThrowIfNull(stored);
        return codec switch
        {
            Text => stored as string ?? Encoding.UTF8.GetString((byte[])stored),
            Brotli => Decompress((byte[])stored),
            _ => throw new InvalidDataException($"Unknown outbox payload codec {codec}."),
        };
    }

    private static string Decompress(byte[] compressed)
    {
        using var input = new MemoryStream(compressed, writable: false);
        using var brotli = new BrotliStream(input, CompressionMode.Decompress);
        using var reader = new StreamReader(brotli, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
