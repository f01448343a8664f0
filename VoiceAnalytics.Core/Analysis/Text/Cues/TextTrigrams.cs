using System.Runtime.CompilerServices;

namespace VoiceAnalytics.Core.Analysis.Text.Cues;

/// <summary>
/// The trigram hashes of the last few texts each thread's <see cref="LiteralScanner"/>s were asked about. An analyzer
/// pass asks dozens of literal scanners about the same turn; once a text has been seen three times, its hashes are
/// taken in one pass and each later scanner rules the text out by testing its own table's words against them, instead
/// of reading the whole text again. Building at the second sighting was 2.6-2.9 % slower a pass (analyzers-compare):
/// many texts are asked about only twice. Strings are immutable, so the same reference is the same text.
/// </summary>
internal static class TextTrigrams
{
    public const int TableBits = 12;
    public const int Words = (1 << TableBits) / 64;
    private const int Slots = 4;
    private const int SightingsBeforeTable = 3;

    [ThreadStatic]
    private static Entry[]? t_entries;

    [ThreadStatic]
    private static int t_next;

    /// <summary>
    /// The hashes of <paramref name="text"/>'s case-folded trigrams, or null until the text has been seen
    /// <see cref="SightingsBeforeTable"/> times (a text read by one or two scanners should not pay for the table).
    /// </summary>
    public static Entry? Of(string text)
    {
        var entries = t_entries ??= [new(), new(), new(), new()];
        foreach (var entry in entries)
        {
            if (ReferenceEquals(entry.Text, text))
            {
                if (!entry.Built && ++entry.Sightings >= SightingsBeforeTable)
                {
                    entry.Build();
                }

                return entry.Built ? entry : null;
            }
        }

        var slot = entries[t_next];
        t_next = (t_next + 1) % Slots;
        slot.Reset(text);
        return null;
    }

    /// <summary>The same hash <see cref="LiteralScanner"/> gives a literal's first three (folded) characters.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Hash(uint first, uint second, uint third) =>
        (int)((((first * 961u) + (second * 31u)) + third) * 2654435761u >> (32 - TableBits));

    /// <summary>Only ASCII letters fold: every literal is ASCII, so no other character can equal one of its characters.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Fold(char c) => c is >= 'A' and <= 'Z' ? (uint)(c | 0x20) : c;

    public sealed class Entry
    {
        private readonly ulong[] _bits = new ulong[Words];

        public string? Text { get; private set; }

        public bool Built { get; private set; }

        internal int Sightings { get; set; }

        /// <summary>Whether the text holds a character a case-insensitive regex reads as an ASCII letter (see <see cref="LiteralScanner.CaseFoldEscapes"/>).</summary>
        public bool HasCaseFoldEscape { get; private set; }

        public bool Any(ReadOnlySpan<ulong> table, ReadOnlySpan<byte> words)
        {
            foreach (var word in words)
            {
                if ((_bits[word] & table[word]) != 0)
                {
                    return true;
                }
            }

            return false;
        }

        internal void Reset(string text)
        {
            Text = text;
            Built = false;
            Sightings = 1;
        }

        internal void Build()
        {
            var text = Text!;
            Array.Clear(_bits);
            HasCaseFoldEscape = text.AsSpan().IndexOfAny(LiteralScanner.CaseFoldEscapes) >= 0;
            if (text.Length >= 3)
            {
                var (first, second) = (Fold(text[0]), Fold(text[1]));
                for (var i = 2; i < text.Length; i++)
                {
                    var third = Fold(text[i]);
                    var hash = Hash(first, second, third);
                    _bits[hash >> 6] |= 1UL << hash;
                    (first, second) = (second, third);
                }
            }

            Built = true;
        }
    }
}
