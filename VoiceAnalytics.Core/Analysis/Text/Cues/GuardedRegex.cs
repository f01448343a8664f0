using System.Text;
using System.Text.RegularExpressions;

namespace VoiceAnalytics.Core.Analysis.Text.Cues;

/// <summary>
/// A backtracking regex, for a pattern with lookarounds (which <see cref="RegexOptions.NonBacktracking"/> cannot
/// run), guarded by a non-backtracking copy of the pattern with its lookarounds removed. Removing a lookaround only
/// widens what matches, so where the copy finds nothing the original cannot match either, and the slow engine runs
/// only on the few texts that hold a candidate. The results are exactly the original regex's. A pattern that is
/// already non-backtracking is used as it is.
/// </summary>
public sealed class GuardedRegex
{
    private readonly Regex? _guard;

    public GuardedRegex(Regex exact)
    {
        ArgumentNullException.ThrowIfNull(exact);
        Exact = exact;
        if ((exact.Options & RegexOptions.NonBacktracking) == 0)
        {
            _guard = new Regex(WithoutLookarounds(exact.ToString()), exact.Options | RegexOptions.NonBacktracking);
        }
    }

    /// <summary>The regex whose results these are.</summary>
    public Regex Exact { get; }

    public bool IsMatch(string text) => (_guard is null || _guard.IsMatch(text)) && Exact.IsMatch(text);

    public bool IsMatch(ReadOnlySpan<char> text) => (_guard is null || _guard.IsMatch(text)) && Exact.IsMatch(text);

    public Match Match(string text) =>
        _guard is null || _guard.IsMatch(text) ? Exact.Match(text) : System.Text.RegularExpressions.Match.Empty;

    /// <summary>A match inside <c>text[start..(start + length)]</c>, read as if that range were the whole input.</summary>
    public Match Match(string text, int start, int length) =>
        _guard is null || _guard.IsMatch(text.AsSpan(start, length)) ? Exact.Match(text, start, length) : System.Text.RegularExpressions.Match.Empty;

    public IReadOnlyList<Match> Matches(string text) =>
        _guard is null || _guard.IsMatch(text) ? Exact.Matches(text) : [];

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
