using System.Collections.Frozen;
using VoiceAnalytics.Core.Analysis.Text.Words;

namespace VoiceAnalytics.Core.Analysis.Sales.Deal.People;

/// <summary>
/// Finds role titles by words, not by regex: phrases are indexed by their first word, so a title is tried only where
/// its first word stands, and the longest phrase there wins ("director of operations" over "director"). Templates
/// separate words with spaces and alternatives with '|': "head|vp|director of sales" is three phrases.
/// </summary>
internal sealed class RolePhraseTable
{
    private static readonly string[] NotAfterHr =
        ["doc", "docs", "document", "documents", "paperwork", "form", "forms", "stuff", "file", "files", "onboarding", "packet", "packets", "software", "system"];

    private readonly FrozenDictionary<string, RolePhrase[]>.AlternateLookup<ReadOnlySpan<char>> _anyCase;
    private readonly FrozenDictionary<string, RolePhrase[]>.AlternateLookup<ReadOnlySpan<char>> _exactCase;
    private readonly int _maxWords;

    public RolePhraseTable(IEnumerable<(string Label, string Template)> templates)
    {
        var phrases = templates.SelectMany(t => Expand(t.Label, t.Template)).ToList();
        FirstWords = [.. phrases.Select(p => p.Words[0]).Distinct(StringComparer.Ordinal)];
        _maxWords = phrases.Max(p => p.Words.Count);
        _anyCase = Index(phrases.Where(p => !p.Words[0].StartsWith('=')), StringComparer.OrdinalIgnoreCase);
        _exactCase = Index(phrases.Where(p => p.Words[0].StartsWith('=')), StringComparer.Ordinal);
    }

    /// <summary>The first words of every phrase ("=IT" kept exact), to use as scanner triggers.</summary>
    public IReadOnlyList<string> FirstWords { get; }

    /// <summary>The longest role phrase starting at <paramref name="index"/>, with where it ends; null when none.</summary>
    public (RolePhrase Phrase, int End)? MatchAt(string text, int index)
    {
        var first = WordAt(text, index);
        var anyCase = Candidates(_anyCase, text, first);
        var exactCase = Candidates(_exactCase, text, first);
        if (anyCase.Length == 0 && exactCase.Length == 0)
        {
            return null;
        }

        // Every candidate reads the same words from the index (a common first word such as "it" or "people" has dozens
        // of phrases), so they are read once, with the word after the longest phrase for the HR check.
        Span<(int Start, int End, int Stem)> words = stackalloc (int, int, int)[_maxWords + 1];
        var position = index;
        for (var i = 0; i < words.Length; i++)
        {
            var (start, end) = WordAt(text, position);
            words[i] = (start, end, Stem(text.AsSpan(start, end - start)).Length);
            position = end;
        }

        var best = Longest(anyCase, text, words, null);
        return Longest(exactCase, text, words, best);
    }

    /// <summary>The longest match among <paramref name="candidates"/>, a phrase that needs no determiner winning a tie.</summary>
    private static (RolePhrase Phrase, int End)? Longest(
        RolePhrase[] candidates, string text, ReadOnlySpan<(int Start, int End, int Stem)> words, (RolePhrase Phrase, int End)? best)
    {
        foreach (var phrase in candidates)
        {
            if (EndOf(phrase, text, words) is { } end
                && (best is null || end > best.Value.End || (end == best.Value.End && best.Value.Phrase.NeedsDeterminer && !phrase.NeedsDeterminer)))
            {
                best = (phrase, end);
            }
        }

        return best;
    }

    private static RolePhrase[] Candidates(FrozenDictionary<string, RolePhrase[]>.AlternateLookup<ReadOnlySpan<char>> index, string text, (int Start, int End) word) =>
        word.End > word.Start && index.TryGetValue(Stem(text.AsSpan(word.Start, word.End - word.Start)), out var found) ? found : [];

    /// <summary>Where <paramref name="phrase"/> ends when it matches <paramref name="words"/>, the words read from its start.</summary>
    private static int? EndOf(RolePhrase phrase, string text, ReadOnlySpan<(int Start, int End, int Stem)> words)
    {
        var count = phrase.Words.Count;
        for (var i = 0; i < count; i++)
        {
            var expected = phrase.Words[i];
            var (start, end, stem) = words[i];
            var word = text.AsSpan(start, stem);
            var exact = expected.StartsWith('=');
            var matches = exact ? word.SequenceEqual(expected.AsSpan(1)) : word.Equals(expected, StringComparison.OrdinalIgnoreCase);
            if (end == start || !matches)
            {
                return null;
            }
        }

        var isBareHr = phrase.Words is ["=HR"] or ["hr"];
        var next = words[count];
        return isBareHr && DealText.IsAny(text.AsSpan(next.Start, next.End - next.Start), NotAfterHr) ? null : words[count - 1].End;
    }

    /// <summary>The word at or after <paramref name="index"/>, skipping spaces and hyphens but not punctuation.</summary>
    private static (int Start, int End) WordAt(string text, int index)
    {
        var start = index;
        while (start < text.Length && text[start] is ' ' or '-')
        {
            start++;
        }

        var end = start;
        while (end < text.Length && SpeechTokenizer.IsWordChar(text[end]))
        {
            end++;
        }

        return (start, end);
    }

    // Possessives name the same role: "our CFO's", "our VP of operations'".
    private static ReadOnlySpan<char> Stem(ReadOnlySpan<char> word) =>
        word.Length > 2 && word[^1] is 's' or 'S' && word[^2] is '\'' or '\u2019' ? word[..^2]
        : word.Length > 2 && word[^1] is '\'' or '\u2019' && word[^2] is 's' or 'S' ? word[..^1]
        : word;

    private static IEnumerable<RolePhrase> Expand(string label, string template)
    {
        var needsDeterminer = template.StartsWith('~');
        IEnumerable<string[]> sequences = [[]];
        foreach (var position in template.TrimStart('~').Split(' '))
        {
            var alternatives = position.Split('|');
            sequences = sequences.SelectMany(s => alternatives.Select(a => (string[])[.. s, a])).ToList();
        }

        return sequences.Select(words => new RolePhrase(label, words, needsDeterminer));
    }

    private static FrozenDictionary<string, RolePhrase[]>.AlternateLookup<ReadOnlySpan<char>> Index(IEnumerable<RolePhrase> phrases, StringComparer comparer) =>
        phrases.GroupBy(p => p.Words[0].TrimStart('='), comparer)
            .ToFrozenDictionary(g => g.Key, g => g.ToArray(), comparer)
            .GetAlternateLookup<ReadOnlySpan<char>>();
}
