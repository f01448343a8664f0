using System.Buffers;
using System.Security.Cryptography;
using System.Text.Json;

namespace VoiceAnalytics.Core.Ingest;

/// <summary>
/// The idempotency key of a body: SHA-256 (hex) of its canonical JSON form, so the same document sent again with
/// other whitespace, another key order or other string escapes is the same body. Canonical: no whitespace, each
/// object's members in ordinal order of their names (members with the same name keep their order), strings
/// unescaped and written again one way, numbers and literals exactly as written (<c>1.0</c> is not <c>1</c>).
/// One pass over the parsed document, written straight into the hash: linear in the body but for sorting each
/// object's names, with memory for the parsed document only. A body that cannot be canonicalized (not JSON, too
/// deep, invalid text in a string) is keyed by the SHA-256 of its bytes.
/// </summary>
public static class JsonContentHash
{
    /// <summary>As deep as <see cref="Contracts.PayloadParser"/> accepts, so recursion stays bounded.</summary>
    private const int MaxDepth = 64;

    public static string Compute(ReadOnlyMemory<byte> body)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        try
        {
            using var document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = MaxDepth });
            var sink = new HashingBufferWriter(hash);
            using (var writer = new Utf8JsonWriter(sink, new JsonWriterOptions { MaxDepth = MaxDepth + 1 }))
            {
                Write(document.RootElement, writer);
                writer.Flush();
            }

            return Convert.ToHexStringLower(hash.GetHashAndReset());
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException or InvalidOperationException)
        {
            return Convert.ToHexStringLower(SHA256.HashData(body.Span));
        }
    }

    private static void Write(JsonElement element, Utf8JsonWriter writer)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                writer.WriteStartObject();
                WriteMembers(element, writer);
                writer.WriteEndObject();
                break;
            case JsonValueKind.Array:
                writer.WriteStartArray();
                foreach (var item in element.EnumerateArray())
                {
                    Write(item, writer);
                }

                writer.WriteEndArray();
                break;
            default:
                element.WriteTo(writer); // strings unescaped and escaped again; numbers and literals as written
                break;
        }
    }

    /// <summary>
    /// The members in ordinal order of their names, equal names in document order. Each name is read once into a
    /// pooled array, and an object already in order (most small ones) is not sorted at all.
    /// </summary>
    private static void WriteMembers(JsonElement element, Utf8JsonWriter writer)
    {
        var count = element.GetPropertyCount();
        var members = ArrayPool<Member>.Shared.Rent(count);
        try
        {
            var n = 0;
            var inOrder = true;
            foreach (var property in element.EnumerateObject())
            {
                var member = new Member(property.Name, n, property.Value);
                inOrder &= n == 0 || string.CompareOrdinal(members[n - 1].Name, member.Name) <= 0;
                members[n++] = member;
            }

            if (!inOrder)
            {
                Array.Sort(members, 0, n, MemberOrder.Instance);
            }

            for (var i = 0; i < n; i++)
            {
                writer.WritePropertyName(members[i].Name);
                Write(members[i].Value, writer);
            }
        }
        finally
        {
            ArrayPool<Member>.Shared.Return(members, clearArray: true);
        }
    }

    private readonly record struct Member(string Name, int Position, JsonElement Value);

    /// <summary>Ordinal by name, then by position: Array.Sort is not stable, and equal names must keep their order.</summary>
    private sealed class MemberOrder : IComparer<Member>
    {
        public static readonly MemberOrder Instance = new();

        public int Compare(Member x, Member y)
        {
            var byName = string.CompareOrdinal(x.Name, y.Name);
            return byName != 0 ? byName : x.Position.CompareTo(y.Position);
        }
    }

    /// <summary>Hands every byte the writer commits to the hash; keeps one reusable buffer, never the whole output.</summary>
    private sealed class HashingBufferWriter(IncrementalHash hash) : IBufferWriter<byte>
    {
        private byte[] _buffer = new byte[16 * 1024];

        public void Advance(int count) => hash.AppendData(_buffer, 0, count);

        public Memory<byte> GetMemory(int sizeHint = 0)
        {
            Ensure(sizeHint);
            return _buffer;
        }

        public Span<byte> GetSpan(int sizeHint = 0)
        {
            Ensure(sizeHint);
            return _buffer;
        }

        private void Ensure(int sizeHint)
        {
            if (sizeHint > _buffer.Length)
            {
                _buffer = new byte[Math.Max(sizeHint, _buffer.Length * 2)];
            }
        }
    }
}
