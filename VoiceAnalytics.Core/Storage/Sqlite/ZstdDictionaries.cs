using System.Buffers.Binary;

namespace VoiceAnalytics.Core.Storage.Sqlite;

/// <summary>
/// The zstd dictionaries shipped in this assembly, by id. A frame compressed with a dictionary carries its
/// Dictionary_ID in the frame header (RFC 8878, section 3.1.1.1.3), so a stored value always says which dictionary
/// reads it; a shipped dictionary never changes (a better one gets a new id and a file of its own, and the old one
/// stays for the rows it wrote). Trained by <c>bench -- train-dictionary</c> on what the app stores for synthetic
/// calls (bench/README.md, part "size").
/// </summary>
internal static class ZstdDictionaries
{
    /// <summary>json-1: analysis results, reports, outbox payloads and transcripts; "VA" 0x5641 then 1.</summary>
    public const uint Json1 = 0x5641_0001;

    /// <summary>body-1: raw request bodies (call payloads as agents send them).</summary>
    public const uint Body1 = 0x5641_0002;

    /// <summary>The dictionary new small JSON values are compressed with.</summary>
    public const uint Current = Json1;

    /// <summary>The dictionary new raw bodies are compressed with.</summary>
    public const uint CurrentBody = Body1;

    private static readonly Dictionary<uint, string> Resources = new() { [Json1] = "json-1.zdict", [Body1] = "body-1.zdict" };

    private static readonly Lazy<IReadOnlyDictionary<uint, byte[]>> Loaded = new(Load);

    /// <summary>The dictionary bytes for <paramref name="id"/>.</summary>
    public static byte[] Get(uint id) => Loaded.Value.TryGetValue(id, out var bytes)
        ? bytes
        : throw new InvalidDataException($"The value was compressed with zstd dictionary {id}, which this version does not ship.");

    /// <summary>
    /// The Dictionary_ID in a zstd frame's header, 0 when the frame names none (RFC 8878, section 3.1.1.1): after
    /// the 4-byte magic, the Frame_Header_Descriptor's low two bits give the ID's size (0, 1, 2 or 4 bytes) and bit 5
    /// (Single_Segment_flag) says whether a Window_Descriptor byte sits before it.
    /// </summary>
    public static uint IdOf(ReadOnlySpan<byte> frame)
    {
        if (frame.Length < 5)
        {
            throw new InvalidDataException("Too short for a zstd frame header.");
        }

        var descriptor = frame[4];
        var at = (descriptor & 0x20) != 0 ? 5 : 6;
        var id = (descriptor & 0x03) switch
        {
            0 => 0u,
            1 => frame.Length > at ? frame[at] : throw new InvalidDataException("Truncated zstd frame header."),
            2 => frame.Length >= at + 2 ? BinaryPrimitives.ReadUInt16LittleEndian(frame[at..]) : throw new InvalidDataException("Truncated zstd frame header."),
            _ => frame.Length >= at + 4 ? BinaryPrimitives.ReadUInt32LittleEndian(frame[at..]) : throw new InvalidDataException("Truncated zstd frame header."),
        };
        return id;
    }

    private static IReadOnlyDictionary<uint, byte[]> Load()
    {
        var assembly = typeof(ZstdDictionaries).Assembly;
        var loaded = new Dictionary<uint, byte[]>();
        foreach (var (id, name) in Resources)
        {
            using var stream = assembly.GetManifestResourceStream("VoiceAnalytics.Core.Storage.Sqlite.Dictionaries." + name)
                ?? throw new InvalidOperationException($"The zstd dictionary {name} is not embedded.");
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            var bytes = copy.ToArray();
            // The id in the dictionary's own header (after its 4-byte magic) must be the one it is filed under.
            if (BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(4)) != id)
            {
                throw new InvalidDataException($"The zstd dictionary {name} does not carry id {id}.");
            }

            loaded[id] = bytes;
        }

        return loaded;
    }
}
