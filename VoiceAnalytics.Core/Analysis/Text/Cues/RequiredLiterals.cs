using System.Text.RegularExpressions;

namespace VoiceAnalytics.Core.Analysis.Text.Cues;

/// <summary>
/// Strings of which every match of a regex must contain at least one: for each top-level alternative, the longest
/// literal run (or group of alternatives) the alternative cannot match without. A text holding none of them cannot
/// match, and one <see cref="LiteralScanner"/> pass rules that out in a fraction of a regex call (the
/// non-backtracking engine costs microseconds per call even on a short sentence that holds no candidate).
/// Only the pattern syntax the analyzers use is read; anything else (inline options, conditionals, right-to-left,
/// whitespace-ignoring patterns) gives no filter, which is always safe.
/// </summary>
public static class RequiredLiterals
{
    /// <summary>Shorter literals rule out too little text to pay for the search.</summary>
    public const int MinLength = 3;

    private const RegexOptions Unsupported =
        RegexOptions.IgnorePatternWhitespace | RegexOptions.RightToLeft | RegexOptions.ECMAScript;

    /// <summary>The filter for <paramref name="regex"/>, or null when every text must be tried.</summary>
    public static Filter? FilterFor(Regex regex)
    {
        ArgumentNullException.ThrowIfNull(regex);
        if ((regex.Options & Unsupported) != 0 || Of(regex.ToString()) is not { } literals)
        {
            return null;
        }

        // The reader keeps only ASCII literal characters, so every set it gives can be scanned.
        return LiteralScanner.For(literals, (regex.Options & RegexOptions.IgnoreCase) != 0) is { } scanner ? new Filter(scanner) : null;
    }

    /// <summary>
    /// The required literals of <paramref name="pattern"/>, each at least <see cref="MinLength"/> characters, or null
    /// when some alternative has none (or the pattern uses syntax this reader does not follow).
    /// </summary>
    public static string[]? Of(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        var reader = new Reader(pattern);
        var set = reader.Alternation();
        return reader.Failed || reader.Position != pattern.Length || set is null || set.Min(s => s.Length) < MinLength
            ? null
            : [.. set.Distinct(StringComparer.Ordinal)];
    }

    /// <summary>A compiled set of required literals.</summary>
    public sealed class Filter(LiteralScanner scanner)
    {
        /// <summary>False only when <paramref name="text"/> holds none of the literals, so the regex cannot match it.</summary>
        public bool MayMatch(ReadOnlySpan<char> text) => scanner.ContainsAny(text);

        /// <summary>As <see cref="MayMatch(ReadOnlySpan{char})"/>, for <paramref name="text"/> inside <paramref name="whole"/> (see <see cref="LiteralScanner.ContainsAny(ReadOnlySpan{char}, string)"/>).</summary>
        public bool MayMatch(ReadOnlySpan<char> text, string whole) => scanner.ContainsAny(text, whole);
    }

    private sealed class Reader(string pattern)
    {
        private const int MaxDepth = 64;
        private int _depth;

        public int Position { get; private set; }

        public bool Failed { get; private set; }

        /// <summary>Alternatives up to a ')' or the end; null when one of them has no requirement.</summary>
        public List<string>? Alternation()
        {
            if (++_depth > MaxDepth)
            {
                Failed = true;
                return null;
            }

            var union = new List<string>();
            var everyAlternativeHasOne = true;
            while (true)
            {
                var branch = Sequence();
                if (branch is null)
                {
                    everyAlternativeHasOne = false;
                }
                else
                {
                    union.AddRange(branch);
                }

                if (Failed || Position >= pattern.Length || pattern[Position] != '|')
                {
                    break;
                }

                Position++;
            }

            _depth--;
            return everyAlternativeHasOne ? union : null;
        }

        /// <summary>One alternative: the best of its mandatory literal runs and mandatory groups.</summary>
        private List<string>? Sequence()
        {
            List<string>? best = null;
            var run = new System.Text.StringBuilder();

            void Close()
            {
                if (run.Length > 0)
                {
                    best = Better(best, [run.ToString()]);
                    run.Clear();
                }
            }

            while (!Failed && Position < pattern.Length && pattern[Position] is not ('|' or ')'))
            {
                var c = pattern[Position];
                List<string>? groupSet = null;
                char? literal = null;
                var isGroup = false;
                if (c == '(')
                {
                    isGroup = true;
                    groupSet = Group();
                }
                else if (c == '[')
                {
                    SkipClass();
                }
                else if (c == '\\')
                {
                    literal = Escape();
                }
                else if (c is '.' or '^' or '$')
                {
                    Position++;
                }
                else if (c is '*' or '+' or '?' || (c == '{' && IsQuantifier(Position)))
                {
                    Failed = true; // a quantifier with nothing before it
                    break;
                }
                else
                {
                    literal = c;
                    Position++;
                }

                var (min, quantified) = Quantifier();
                if (literal is { } ch && IsPlainAscii(ch))
                {
                    if (min == 0)
                    {
                        Close();
                    }
                    else
                    {
                        run.Append(ch);
                        if (quantified)
                        {
                            Close(); // "ab+c" requires "ab", not "abc"
                        }
                    }

                    continue;
                }

                Close();
                if (isGroup && min > 0 && groupSet is not null)
                {
                    best = Better(best, groupSet);
                }
            }

            Close();
            return best;
        }

        /// <summary>
        /// Of two literal sets an alternative requires, the one that rules out more text: first one whose literals are
        /// all long enough to scan, then the one less likely to occur in a sentence (<see cref="CommonWords.HitCost"/>: "that", "have" and
        /// "thing" pass nearly every sentence, "approv" few), then the longer shortest literal, then the smaller set.
        /// </summary>
        private static List<string> Better(List<string>? current, List<string> candidate)
        {
            if (current is null)
            {
                return candidate;
            }

            var (a, b) = (current.Min(s => s.Length), candidate.Min(s => s.Length));
            if ((a >= MinLength) != (b >= MinLength))
            {
                return b >= MinLength ? candidate : current;
            }

            var (costA, costB) = (current.Sum(CommonWords.HitCost), candidate.Sum(CommonWords.HitCost));
            if (Math.Abs(costA - costB) > 1e-9)
            {
                return costB < costA ? candidate : current;
            }

            return b > a || (b == a && candidate.Count < current.Count) ? candidate : current;
        }

        /// <summary>A group's alternatives; lookarounds consume nothing and so require nothing.</summary>
        private List<string>? Group()
        {
            Position++; // '('
            var lookaround = false;
            if (At('?'))
            {
                Position++;
                if (At(':') || At('>'))
                {
                    Position++;
                }
                else if (At('=') || At('!'))
                {
                    Position++;
                    lookaround = true;
                }
                else if (At('<') && Position + 1 < pattern.Length && pattern[Position + 1] is '=' or '!')
                {
                    Position += 2;
                    lookaround = true;
                }
                else if (At('<') || At('\''))
                {
                    var close = At('<') ? '>' : '\'';
                    var end = pattern.IndexOf(close, Position + 1);
                    if (end < 0)
                    {
                        Failed = true;
                        return null;
                    }

                    Position = end + 1;
                }
                else
                {
                    Failed = true; // inline options, comments, conditionals: not read
                    return null;
                }
            }

            var set = Alternation();
            if (!At(')'))
            {
                Failed = true;
                return null;
            }

            Position++;
            return lookaround ? null : set;
        }

        /// <summary>Skips a character class; '[' inside one is a literal unless it opens a subtraction ("-[...]").</summary>
        private void SkipClass()
        {
            Position++; // '['
            Position += At('^') ? 1 : 0;
            Position += At(']') ? 1 : 0; // a leading ']' is a literal
            while (Position < pattern.Length)
            {
                var c = pattern[Position];
                if (c == '\\')
                {
                    Position += 2;
                    continue;
                }

                if (c == '-' && Position + 1 < pattern.Length && pattern[Position + 1] == '[')
                {
                    Position++;
                    SkipClass();
                    continue;
                }

                Position++;
                if (c == ']')
                {
                    return;
                }
            }

            Failed = true;
        }

        /// <summary>The literal an escape stands for, or null for a class, an anchor or a reference.</summary>
        private char? Escape()
        {
            if (Position + 1 >= pattern.Length)
            {
                Failed = true;
                return null;
            }

            var c = pattern[Position + 1];
            Position += 2;
            if (!char.IsAsciiLetterOrDigit(c))
            {
                return c;
            }

            switch (c)
            {
                case 'p' or 'P' when At('{'):
                    SkipPast('}');
                    break;
                case 'k' when At('<') || At('\''):
                    SkipPast(At('<') ? '>' : '\'');
                    break;
                case 'u':
                    Position += 4;
                    break;
                case 'x':
                    Position += 2;
                    break;
                case 'c':
                    Position += 1;
                    break;
                default:
                    while (char.IsAsciiDigit(c) && Position < pattern.Length && char.IsAsciiDigit(pattern[Position]))
                    {
                        Position++; // a backreference or an octal escape
                    }

                    break;
            }

            Failed |= Position > pattern.Length;
            return null;
        }

        /// <summary>The quantifier after an atom, if any: its minimum count, and whether there was one.</summary>
        private (int Min, bool Quantified) Quantifier()
        {
            if (Position >= pattern.Length)
            {
                return (1, false);
            }

            var min = 1;
            switch (pattern[Position])
            {
                case '*' or '?':
                    min = 0;
                    Position++;
                    break;
                case '+':
                    Position++;
                    break;
                case '{' when IsQuantifier(Position):
                    var digits = Position + 1;
                    var n = 0;
                    while (char.IsAsciiDigit(pattern[digits]))
                    {
                        n = Math.Min(1000, (n * 10) + (pattern[digits] - '0'));
                        digits++;
                    }

                    min = n;
                    Position = pattern.IndexOf('}', digits) + 1;
                    break;
                default:
                    return (1, false);
            }

            if (At('?'))
            {
                Position++; // lazy
            }

            return (min, true);
        }

        private bool IsQuantifier(int open)
        {
            var i = open + 1;
            var start = i;
            while (i < pattern.Length && char.IsAsciiDigit(pattern[i]))
            {
                i++;
            }

            if (i == start)
            {
                return false;
            }

            if (i < pattern.Length && pattern[i] == ',')
            {
                i++;
                while (i < pattern.Length && char.IsAsciiDigit(pattern[i]))
                {
                    i++;
                }
            }

            return i < pattern.Length && pattern[i] == '}';
        }

        private void SkipPast(char close)
        {
            var end = pattern.IndexOf(close, Position);
            Failed |= end < 0;
            Position = end < 0 ? pattern.Length : end + 1;
        }

        private bool At(char c) => Position < pattern.Length && pattern[Position] == c;

        // Letters, digits, space and ASCII punctuation compare the same in the regex and in an ordinal search.
        private static bool IsPlainAscii(char c) => c is >= ' ' and <= '~';
    }
}
