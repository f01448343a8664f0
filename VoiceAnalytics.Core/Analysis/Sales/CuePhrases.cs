using System.Collections.Frozen;
using VoiceAnalytics.Core.Analysis.Text;

namespace VoiceAnalytics.Core.Analysis.Sales;

/// <summary>
/// A fixed set of cue phrases ("don't love", "can we", "right now") looked up word by word, so testing a sentence
/// costs one hash lookup per word however many phrases there are. Case-insensitive; phrases match whole words.
/// </summary>
internal sealed class CuePhrases
{
    private readonly FrozenDictionary<string, string[][]>.AlternateLookup<ReadOnlySpan<char>> _byFirstWord;

    public CuePhrases(params string[] phrases)
    {
        _byFirstWord = phrases
            .Select(p => p.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .GroupBy(words => words[0], StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(g => g.Key, g => g.Select(words => words[1..]).ToArray(), StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public bool In(ReadOnlySpan<char> text) => IndexIn(text) >= 0;

    /// <summary>Where the first cue starts in <paramref name="text"/>, or -1.</summary>
    public int IndexIn(ReadOnlySpan<char> text)
    {
        var i = 0;
        while (NextWord(text, ref i, out var start))
        {
            if (_byFirstWord.TryGetValue(text[start..i], out var rests))
            {
                foreach (var rest in rests)
                {
                    if (RestFollows(text, i, rest))
                    {
                        return start;
                    }
                }
            }
        }

        return -1;
    }

    private static bool RestFollows(ReadOnlySpan<char> text, int index, string[] rest)
    {
        foreach (var expected in rest)
        {
            if (!NextWord(text, ref index, out var start) || !text[start..index].Equals(expected, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Moves <paramref name="index"/> past the next word; false at the end of the text.</summary>
    private static bool NextWord(ReadOnlySpan<char> text, ref int index, out int start)
    {
        while (index < text.Length && !WordScan.IsWordChar(text[index]))
        {
            index++;
        }

        start = index;
        while (index < text.Length && WordScan.IsWordChar(text[index]))
        {
            index++;
        }

        return index > start;
    }
}
