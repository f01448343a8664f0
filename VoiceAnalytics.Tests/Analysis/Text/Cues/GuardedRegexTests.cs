using System.Reflection;
using System.Text.RegularExpressions;
using VoiceAnalytics.Core;
using VoiceAnalytics.Core.Analysis.Text.Cues;
using VoiceAnalytics.Core.Contracts.Parsing;
using VoiceAnalytics.Core.Contracts.TranscriptItems;
using Xunit;

namespace VoiceAnalytics.Tests.Analysis.Text.Cues;

public sealed class GuardedRegexTests
{
    [Theory]
    [InlineData(@"\bsteep\b(?!\s+learning)", @"\bsteep\b")]
    [InlineData(@"(?<=a)b(?<!c)d(?=e)", "bd")]
    [InlineData(@"too\s+much\b(?!\s+(?:work|time(?:s)?))x", @"too\s+much\bx")]
    [InlineData(@"\(?!x\)", @"\(?!x\)")] // escaped parentheses open no group
    [InlineData(@"[(?!]x(?!y)", "[(?!]x")] // nor does a class
    [InlineData(@"[]a(?!)]b", "[]a(?!)]b")] // a leading ']' is a literal inside the class
    [InlineData(@"(?<day>\d+)(?:st|nd)", @"(?<day>\d+)(?:st|nd)")] // a named group is not a lookbehind
    public void WithoutLookarounds_RemovesExactlyTheLookaroundGroups(string pattern, string expected) =>
        Assert.Equal(expected, GuardedRegex.WithoutLookarounds(pattern));

    [Fact]
    public void WithoutLookarounds_RejectsAnUnbalancedGroup() =>
        Assert.Throws<ArgumentException>(() => GuardedRegex.WithoutLookarounds("a(?!b"));

    [Theory]
    [InlineData("the price is steep for us")]
    [InlineData("steep learning curve, but fine")] // the guard finds a candidate, the exact regex rejects it
    [InlineData("nothing here")]
    [InlineData("steep learning curve and a steep price")]
    [InlineData("cheaper, steep, steep learning, cheap, steep")] // several candidates, some rejected, some not
    [InlineData("asteep steepness steep")] // the word boundary before the start position is read from the text
    public void Results_AreTheExactRegexs(string text)
    {
        var exact = new Regex(@"\bsteep\b(?!\s+learning)|\bcheap(?=er\b)", RegexOptions.IgnoreCase);
        var guarded = new GuardedRegex(exact);

        Assert.Equal(Spans(exact.Matches(text)), Spans(guarded.Matches(text)));
        Assert.Equal(exact.IsMatch(text), guarded.IsMatch(text));
        Assert.Equal(exact.IsMatch(text), guarded.IsMatch(text.AsSpan()));
        Assert.Equal((exact.Match(text).Success, exact.Match(text).Index), (guarded.Match(text).Success, guarded.Match(text).Index));
        for (var startAt = 0; startAt <= text.Length; startAt++)
        {
            // the search starts at the guard's leftmost candidate: never after a real match
            var expected = exact.Match(text, startAt);
            var actual = guarded.Match(text, startAt);
            Assert.Equal((expected.Success, expected.Index, expected.Length), (actual.Success, actual.Index, actual.Length));
        }

        for (var start = 0; start < text.Length; start += 5)
        {
            var length = Math.Min(12, text.Length - start);
            var expected = exact.Match(text, start, length);
            var actual = guarded.Match(text, start, length);
            Assert.Equal((expected.Success, expected.Index, expected.Length), (actual.Success, actual.Index, actual.Length));
        }
    }

    /// <summary>
    /// Every range of the text gives the exact regex's match and the matches after it, groups included, whether or not
    /// the search may begin at the guard's candidate (a pattern reading the text before a match may not).
    /// </summary>
    [Theory]
    [InlineData(@"\b(?<w>steep|cheap)\b(?!\s+learning)")] // only boundaries read behind: the range may begin at the candidate
    [InlineData(@"(?<!not\s)\bsteep\b(?!x)")] // a lookbehind reads behind
    [InlineData(@"^\W*steep\b(?!x)|\bcheap\b(?!x)")] // so does ^
    [InlineData(@"\Bteep\b(?!x)|\b(?:a|not)\s+steep(?=\W)")] // \B inside a word, and a candidate that starts a phrase
    [InlineData(@"(?<w>\$\d+)(?!\d)|\bsteep\b(?!x)")] // a candidate starting with punctuation
    public void RangeMatch_EveryRangeGivesTheExactRegexsMatches(string pattern)
    {
        const string text = "a steep, steep learning; not steep and asteep  $40 steep cheap.steep";
        var exact = new Regex(pattern, RegexOptions.IgnoreCase);
        var guarded = new GuardedRegex(exact);
        var compared = 0;
        for (var start = 0; start < text.Length; start++)
        {
            for (var length = 0; start + length <= text.Length; length++)
            {
                var expected = exact.Match(text, start, length);
                var actual = guarded.Match(text, start, length);
                while (expected.Success || actual.Success)
                {
                    Assert.Equal(Groups(expected), Groups(actual));
                    (expected, actual, compared) = (expected.NextMatch(), actual.NextMatch(), compared + 1);
                }
            }
        }

        Assert.True(compared > 100, $"only {compared} matches compared");
    }

    /// <summary>
    /// The backtracking analyzer regexes without lookarounds (the ones read through their groups) find the same
    /// matches and groups as the non-backtracking engine would, on every message of the shared payloads: running them
    /// backtracking for speed changes no result.
    /// </summary>
    [Fact]
    public void EveryBacktrackingAnalyzerRegexWithoutLookarounds_AgreesWithTheNonBacktrackingEngine()
    {
        var texts = TestData.PayloadFiles()
            .SelectMany(f => PayloadParser.Deserialize(File.ReadAllBytes(f)).Transcript.Items.OfType<MessageItem>())
            .Select(m => m.Text)
            .ToList();
        var backtracking = AnalyzerRegexAccessors()
            .Select(m => m.Invoke(null, null) is Regex r ? r : ((GuardedRegex)m.Invoke(null, null)!).Exact)
            .Where(r => (r.Options & RegexOptions.NonBacktracking) == 0 && GuardedRegex.WithoutLookarounds(r.ToString()) == r.ToString())
            .Distinct()
            .ToList();
        Assert.True(backtracking.Count >= 10, $"only {backtracking.Count} backtracking regexes without lookarounds");
        var matches = 0;
        foreach (var regex in backtracking)
        {
            var linear = new Regex(regex.ToString(), regex.Options | RegexOptions.NonBacktracking);
            foreach (var text in texts)
            {
                var expected = linear.Matches(text).Select(Groups).ToList();
                matches += expected.Count;
                Assert.Equal(expected, regex.Matches(text).Select(Groups).ToList());
            }
        }

        Assert.True(matches > 50, $"only {matches} matches: the comparison proved little");
    }

    private static string Groups(Match m) =>
        m.Success ? string.Join(";", m.Groups.Cast<Group>().Select(g => $"{g.Name}:{g.Success}:{g.Index}:{g.Length}")) : "none";

    [Fact]
    public void RangeMatch_ReadsTheRangeAsTheWholeInput()
    {
        // "steep" cut from "steeple" ends the range, so \b holds there for both engines.
        var guarded = new GuardedRegex(new Regex(@"\bsteep\b(?!\s+learning)"));
        Assert.True(guarded.Match("a steeple", 2, 5).Success);
        Assert.False(guarded.Match("a steeple", 2, 4).Success);
    }

    [Fact]
    public void ANonBacktrackingRegex_IsUsedAsItIs()
    {
        var fast = new Regex(@"\bprice\b", RegexOptions.NonBacktracking);
        var guarded = new GuardedRegex(fast);
        Assert.Same(fast, guarded.Exact);
        Assert.True(guarded.IsMatch("the price"));
    }

    /// <summary>
    /// Every regex the analyzers declare can be built: the non-backtracking engine rejects lookarounds, \G and atomic
    /// groups only when the regex is first used, so a pattern edited later would otherwise fail at run time.
    /// </summary>
    [Fact]
    public void EveryAnalyzerRegex_Constructs()
    {
        var accessors = AnalyzerRegexAccessors().ToList();
        Assert.True(accessors.Count > 100, $"only {accessors.Count} regex accessors found");
        var failures = new List<string>();
        foreach (var accessor in accessors)
        {
            try
            {
                var value = accessor.Invoke(null, null);
                _ = value is Regex regex ? regex.IsMatch("probe text") : ((GuardedRegex)value!).IsMatch("probe text");
            }
            catch (TargetInvocationException ex)
            {
                failures.Add($"{accessor.DeclaringType!.Name}.{accessor.Name}: {ex.InnerException!.Message}");
            }
        }

        Assert.Empty(failures);
    }

    /// <summary>On every message of the shared payloads, each guarded regex finds exactly what its exact regex finds.</summary>
    [Fact]
    public void EveryGuardedAnalyzerRegex_MatchesItsExactRegexOnTheSharedCalls()
    {
        var texts = TestData.PayloadFiles()
            .SelectMany(f => PayloadParser.Deserialize(File.ReadAllBytes(f)).Transcript.Items.OfType<MessageItem>())
            .Select(m => m.Text)
            .ToList();
        var guarded = AnalyzerRegexAccessors().Where(m => m.ReturnType == typeof(GuardedRegex)).ToList();
        Assert.NotEmpty(guarded);
        var candidates = 0;
        foreach (var accessor in guarded)
        {
            var regex = (GuardedRegex)accessor.Invoke(null, null)!;
            foreach (var text in texts)
            {
                var exact = Spans(regex.Exact.Matches(text));
                candidates += exact.Count;
                Assert.Equal(exact, Spans(regex.Matches(text)));
            }
        }

        Assert.True(candidates > 0, "no guarded regex matched anything: the comparison proved nothing");
    }

    /// <summary>
    /// Any analyzer regex behind the guards finds exactly what it finds alone, on every message of the shared payloads
    /// and of the repository's corpus: the literal filter read from each real pattern never rules out a real match.
    /// </summary>
    [Fact]
    public void EveryAnalyzerRegex_GuardedGivesTheSameMatchesOnRealMessages()
    {
        var corpus = Path.Combine(TestData.RepoRoot, "corpus", "calls");
        var files = TestData.PayloadFiles()
            .Concat(Directory.EnumerateFiles(corpus, "*.json", SearchOption.AllDirectories).Where(f => !f.EndsWith(".labels.json", StringComparison.Ordinal)).Take(150));
        var texts = files
            .SelectMany(f => PayloadParser.Deserialize(File.ReadAllBytes(f)).Transcript.Items.OfType<MessageItem>())
            .Select(m => m.Text)
            .ToList();
        var regexes = AnalyzerRegexAccessors()
            .Select(m => m.Invoke(null, null) is Regex r ? r : ((GuardedRegex)m.Invoke(null, null)!).Exact)
            .Distinct()
            .ToList();
        var (filtered, matches, mismatches) = (0, 0, new List<string>());
        foreach (var regex in regexes)
        {
            var guarded = new GuardedRegex(regex);
            filtered += guarded.HasLiteralGuard ? 1 : 0;
            foreach (var text in texts)
            {
                var exact = Spans(regex.Matches(text));
                matches += exact.Count;
                if (!exact.SequenceEqual(Spans(guarded.Matches(text))))
                {
                    mismatches.Add($"{regex}: {text}");
                }
            }
        }

        Assert.Empty(mismatches.Take(5));
        Assert.True(matches > 1000, $"only {matches} matches: the comparison proved little");
        Assert.True(filtered > regexes.Count / 2, $"only {filtered} of {regexes.Count} regexes got a literal filter");
    }

    private static IEnumerable<MethodInfo> AnalyzerRegexAccessors() =>
        typeof(PayloadParser).Assembly.GetTypes()
            .Where(t => t.Namespace?.StartsWith("VoiceAnalytics.Core.Analysis", StringComparison.Ordinal) == true)
            .SelectMany(t => t.GetMethods(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            .Where(m => m.GetParameters().Length == 0 && (m.ReturnType == typeof(Regex) || m.ReturnType == typeof(GuardedRegex)));

    private static List<(int, int)> Spans(IEnumerable<Match> matches) => [.. matches.Select(m => (m.Index, m.Length))];
}
