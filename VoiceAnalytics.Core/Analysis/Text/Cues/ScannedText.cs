using System.Text.RegularExpressions;

namespace VoiceAnalytics.Core.Analysis.Text.Cues;

/// <summary>A text after one <see cref="CueScanner"/> pass: which cues may match in which sentence.</summary>
public sealed class ScannedText
{
    private readonly CueScanner _scanner;
    private List<(int Start, int End, ulong Mask)>? _sentences;
    private List<(int Index, ulong Mask)>? _anchors;

    internal ScannedText(CueScanner scanner, string text) => (_scanner, Text) = (scanner, text);

    public string Text { get; }

    /// <summary>The cues with a trigger word anywhere in the text.</summary>
    public ulong Mask { get; private set; }

    public bool MayMatch(Cue cue) => (Mask & _scanner.BitOf(cue)) != 0;

    /// <summary>The cue's matches, in order, found by running its regex only where its trigger words are.</summary>
    public IEnumerable<Match> Matches(Cue cue)
    {
        ArgumentNullException.ThrowIfNull(cue);
        var bit = _scanner.BitOf(cue);
        if ((Mask & bit) == 0)
        {
            return [];
        }

        var pattern = cue.Pattern ?? throw new ArgumentException("The cue has no pattern; use TriggerIndexes.", nameof(cue));
        return cue.Anchored ? AnchoredMatches(pattern, bit) : SentenceMatches(cue.Guarded!, bit);
    }

    /// <summary>Where the trigger words of an anchored cue start, in order.</summary>
    public IEnumerable<int> TriggerIndexes(Cue cue)
    {
        ArgumentNullException.ThrowIfNull(cue);
        var bit = _scanner.BitOf(cue);
        return (Mask & bit) == 0 || _anchors is null ? [] : _anchors.Where(a => (a.Mask & bit) != 0).Select(a => a.Index);
    }

    /// <summary>The first match <paramref name="accept"/> takes (all when null), or null.</summary>
    public Match? First(Cue cue, Func<string, Match, bool>? accept = null)
    {
        foreach (var match in Matches(cue))
        {
            if (accept is null || accept(Text, match))
            {
                return match;
            }
        }

        return null;
    }

    /// <summary>Whether the cue matches in the sentence holding <paramref name="index"/>.</summary>
    public bool MatchesInSentence(Cue cue, int index)
    {
        ArgumentNullException.ThrowIfNull(cue);
        var bit = _scanner.BitOf(cue);
        if (SentenceAt(index) is not var (start, end, mask))
        {
            return false;
        }

        var sentence = Text.AsSpan(start, end - start);
        return (mask & bit) != 0 && (cue.Guarded?.IsMatch(sentence) ?? cue.Pattern?.IsMatch(sentence) ?? false);
    }

    /// <summary>Whether the cue matches inside [start, end), a stretch the caller bounds itself (at word edges).</summary>
    public bool MatchesWithin(Cue cue, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(cue);
        if ((Mask & _scanner.BitOf(cue)) == 0)
        {
            return false;
        }

        var stretch = Text.AsSpan(start, end - start);
        return cue.Guarded?.IsMatch(stretch) ?? cue.Pattern?.IsMatch(stretch) ?? false;
    }

    // Binary search over the sentences (in order, not overlapping): a linear search per mention is quadratic.
    private (int Start, int End, ulong Mask)? SentenceAt(int index)
    {
        if (_sentences is null)
        {
            return null;
        }

        var (low, high) = (0, _sentences.Count - 1);
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            var sentence = _sentences[middle];
            if (index < sentence.Start)
            {
                high = middle - 1;
            }
            else if (index >= sentence.End)
            {
                low = middle + 1;
            }
            else
            {
                return sentence;
            }
        }

        return null;
    }

    internal void AddSentence(int start, int end, ulong mask)
    {
        if (mask != 0)
        {
            (_sentences ??= []).Add((start, end, mask));
            Mask |= mask;
        }
    }

    internal void AddAnchor(int index, ulong mask) => (_anchors ??= []).Add((index, mask));

    private IEnumerable<Match> SentenceMatches(GuardedRegex pattern, ulong bit)
    {
        foreach (var (start, end, mask) in _sentences!)
        {
            if ((mask & bit) != 0)
            {
                for (var match = pattern.Match(Text, start, end - start); match.Success; match = match.NextMatch())
                {
                    AnalysisCancellation.ThrowIfRequested();
                    yield return match;
                }
            }
        }
    }

    private IEnumerable<Match> AnchoredMatches(Regex pattern, ulong bit)
    {
        var from = 0;
        foreach (var (index, mask) in _anchors!)
        {
            if ((mask & bit) != 0 && index >= from && pattern.Match(Text, index) is { Success: true } match)
            {
                from = index + Math.Max(1, match.Length);
                yield return match;
            }
        }
    }
}
