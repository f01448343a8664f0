using System.Text;
using System.Text.RegularExpressions;

namespace VoiceAnalytics.Core.Analysis.Text.Cues;

/// <summary>
/// A regex behind two cheap guards that give exactly its results. First the literals every match must contain
/// (<see cref="RequiredLiterals"/>): a text holding none of them is ruled out by one vectorized search, where a regex
/// call costs microseconds even on a short sentence. Then, for a backtracking pattern with lookarounds (which
/// <see cref="RegexOptions.NonBacktracking"/> cannot run), a non-backtracking copy with its lookarounds removed:
/// removing a lookaround only widens what matches, so where the copy finds nothing the original cannot match either,
/// and the slow engine runs only on the few texts that hold a candidate. It also starts there: every match of the
/// original is a match of the copy, so none starts before the copy's leftmost match, and the backtracking engine
/// (which tries every position) begins at that match instead of at the start of the text. A non-backtracking
/// pattern is run as it is.
/// </summary>
public sealed class GuardedRegex
{
    private readonly RequiredLiterals.Filter? _literals;
    private readonly Regex? _guard;

    /// <summary>
    /// True when nothing in the pattern reads the text before a match's start except <c>\b</c> and <c>\B</c> (no
    /// lookbehind, no <c>^</c>, <c>\A</c> or <c>\G</c>). Then a range may begin at a candidate that follows a space: both boundaries read a
    /// space before the start exactly as they read the start of the input, and no match starts before the candidate.
    /// </summary>
    private readonly bool _readsOnlyBoundariesBehind;

    public GuardedRegex(Regex exact)
    {
        ArgumentNullException.ThrowIfNull(exact);
        Exact = exact;
        _literals = RequiredLiterals.FilterFor(exact);
        if ((exact.Options & RegexOptions.NonBacktracking) == 0)
        {
            var pattern = exact.ToString();
            _guard = new Regex(WithoutLookarounds(pattern), exact.Options | RegexOptions.NonBacktracking);
            _readsOnlyBoundariesBehind = !pattern.Contains('^', StringComparison.Ordinal) && !pattern.Contains(@"\A", StringComparison.Ordinal)
                && !pattern.Contains(@"\G", StringComparison.Ordinal) && !pattern.Contains("(?<=", StringComparison.Ordinal)
                && !pattern.Contains("(?<!", StringComparison.Ordinal);
        }
    }

    /// <summary>The regex whose results these are.</summary>
    public Regex Exact { get; }

    /// <summary>Whether the literal guard holds anything (a pattern it cannot read, or with short literals, has none).</summary>
    public bool HasLiteralGuard => _literals is not null;

    public bool IsMatch(string text) => EarliestStart(text, 0, text) is var start and >= 0 && Exact.IsMatch(text.AsSpan(), start);

    public bool IsMatch(ReadOnlySpan<char> text) => EarliestStart(text, 0) is var start and >= 0 && Exact.IsMatch(text, start);

    public Match Match(string text) => Match(text, 0);

    /// <summary>The first match starting at or after <paramref name="startAt"/> (lookbehinds still see the text before it).</summary>
    public Match Match(string text, int startAt) =>
        EarliestStart(text, startAt, text) is var start and >= 0 ? Exact.Match(text, start) : System.Text.RegularExpressions.Match.Empty;

    /// <summary>
    /// A match inside <c>text[start..(start + length)]</c>, read as if that range were the whole input. The
    /// backtracking search starts at the copy's leftmost candidate in the range when that cannot change the result (see
    /// <see cref="_readsOnlyBoundariesBehind"/>): the range then begins there.
    /// </summary>
    public Match Match(string text, int start, int length)
    {
        var range = text.AsSpan(start, length);
        return EarliestStart(range, 0, text) is not (var candidate and >= 0) ? System.Text.RegularExpressions.Match.Empty
            : candidate > 0 && _readsOnlyBoundariesBehind && char.IsWhiteSpace(range[candidate - 1])
                ? Exact.Match(text, start + candidate, length - candidate)
                : Exact.Match(text, start, length);
    }

    public IReadOnlyList<Match> Matches(string text)
    {
        if (_guard is null)
        {
            return (_literals is null || _literals.MayMatch(text, text)) ? Exact.Matches(text) : [];
        }

        // Each search starts at the copy's next match; an empty match (none of our patterns has one) would need
        // Regex's own bump-along rule, so that case is left to Regex.Matches.
        List<Match>? found = null;
        var at = 0;
        while (at <= text.Length && EarliestStart(text, at, text) is var start and >= 0)
        {
            var match = Exact.Match(text, start);
            if (!match.Success)
            {
                break;
            }

            if (match.Length == 0)
            {
                return Exact.Matches(text);
            }

            (found ??= []).Add(match);
            at = match.Index + match.Length;
        }

        return found ?? [];
    }

    /// <summary>
    /// The matches' positions without allocating. Only the literal guard runs first: a pattern that has one cannot
    /// match an empty input, so an empty enumeration stands for "none".
    /// </summary>
    public Regex.ValueMatchEnumerator EnumerateMatches(ReadOnlySpan<char> text) =>
        Exact.EnumerateMatches(MayMatch(text, guard: false) ? text : []);

    /// <summary>
    /// Where the first match at or after <paramref name="startAt"/> can start at the earliest, or -1 when none can
    /// exist: the literals are looked for in the rest of the text, then the lookaround-free copy finds its leftmost
    /// match (reading the text before <paramref name="startAt"/> for word boundaries, as the original does).
    /// <paramref name="whole"/>, when given, is the string <paramref name="text"/> lies in.
    /// </summary>
    private int EarliestStart(ReadOnlySpan<char> text, int startAt, string? whole = null)
    {
        if (_literals is not null && !(whole is null ? _literals.MayMatch(text[startAt..]) : _literals.MayMatch(text[startAt..], whole)))
        {
            return -1;
        }

        if (_guard is null)
        {
            return startAt;
        }

        foreach (var candidate in _guard.EnumerateMatches(text, startAt))
        {
            return candidate.Index;
        }

        return -1;
    }

    /// <summary>
    /// False only when no match can exist. A match lies inside the text it is found in, so the literals are looked
    /// for in that text; the lookaround-free copy may read context before it, so it runs only on whole inputs.
    /// </summary>
    private bool MayMatch(ReadOnlySpan<char> text, bool guard = true) =>
        (_literals is null || _literals.MayMatch(text)) && (!guard || _guard is null || _guard.IsMatch(text));

    /// <summary>
    /// The pattern with every <c>(?=…)</c>, <c>(?!…)</c>, <c>(?&lt;=…)</c> and <c>(?&lt;!…)</c> group removed, skipping
    /// escaped characters and character classes while it looks for them.
    /// </summary>
    public static string WithoutLookarounds(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        var result = new StringBuilder(pattern.Length);
        var i = 0;
        while (i < pattern.Length)
        {
            if (IsLookaround(pattern, i))
            {
                i = AfterGroup(pattern, i);
                continue;
            }

            var next = AfterToken(pattern, i);
            result.Append(pattern, i, next - i);
            i = next;
        }

        return result.ToString();
    }

    private static bool IsLookaround(string pattern, int i) =>
        pattern[i] == '(' && i + 2 < pattern.Length && pattern[i + 1] == '?'
        && (pattern[i + 2] is '=' or '!' || (pattern[i + 2] == '<' && i + 3 < pattern.Length && pattern[i + 3] is '=' or '!'));

    /// <summary>The index after the group that opens at <paramref name="open"/>.</summary>
    private static int AfterGroup(string pattern, int open)
    {
        var depth = 0;
        var i = open;
        while (i < pattern.Length)
        {
            depth += pattern[i] switch { '(' => 1, ')' => -1, _ => 0 };
            i = AfterToken(pattern, i);
            if (depth == 0)
            {
                return i;
            }
        }

        throw new ArgumentException("Unbalanced group in the pattern.", nameof(pattern));
    }

    /// <summary>The index after one token: an escape pair, a whole character class, or one character.</summary>
    private static int AfterToken(string pattern, int i)
    {
        if (pattern[i] == '\\')
        {
            return Math.Min(i + 2, pattern.Length);
        }

        if (pattern[i] != '[')
        {
            return i + 1;
        }

        var j = i + 1;
        j += j < pattern.Length && pattern[j] == '^' ? 1 : 0;
        j += j < pattern.Length && pattern[j] == ']' ? 1 : 0; // a leading ']' is a literal
        while (j < pattern.Length && pattern[j] != ']')
        {
            j += pattern[j] == '\\' ? 2 : 1;
        }

        return Math.Min(j + 1, pattern.Length);
    }
}
