using System.Text;

namespace VoiceAnalytics.Bench.Ingest;

/// <summary>
/// Unique, fixed-width session ids, generated before timing. Every id has the same width, so every body has the
/// same size; unique ids keep the store's idempotency check from short-circuiting the write.
/// </summary>
public sealed class SessionIdPool
{
    private const string Prefix = "bench-";
    private const int Digits = 10;

    private readonly byte[] _ids;
    private readonly int _count;
    private int _next = -1;

    /// <param name="first">The index of the first id: a store that already holds ids 0..first-1 gets new ones.</param>
    public SessionIdPool(int count, int first = 0)
    {
        _count = count;
        _ids = new byte[count * Width];
        for (var i = 0; i < count; i++)
        {
            Encoding.ASCII.GetBytes(Id(first + i), _ids.AsSpan(i * Width, Width));
        }
    }

    public static int Width => Prefix.Length + Digits;

    /// <summary>The id written into the template; never handed out, so no request collides with it.</summary>
    public static string Placeholder => Prefix + new string('x', Digits);

    public int Count => _count;

    /// <summary>Starts again from the first id: call only against a fresh store.</summary>
    public void Reset() => Volatile.Write(ref _next, -1);

    public bool TryTake(out ReadOnlyMemory<byte> id)
    {
        var index = Interlocked.Increment(ref _next);
        if (index >= _count)
        {
            id = default;
            return false;
        }

        id = _ids.AsMemory(index * Width, Width);
        return true;
    }

    /// <summary>The id handed out <paramref name="index"/>-th (from 0) after a reset.</summary>
    public static string Id(int index) => Prefix + index.ToString("D" + Digits, System.Globalization.CultureInfo.InvariantCulture);
}
