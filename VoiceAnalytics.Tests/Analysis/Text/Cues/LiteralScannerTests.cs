using FsCheck;
using FsCheck.Fluent;
using VoiceAnalytics.Core.Analysis.Text.Cues;
using Xunit;

namespace VoiceAnalytics.Tests.Analysis.Text.Cues;

public sealed class LiteralScannerTests
{
    private static readonly string[] Literals = ["can", "worr", "Licen", "sticking", "cab", "abc", "bca", "caa"];

    [Theory]
    [InlineData("We can start", true)]
    [InlineData("I'm WORRIED about it", true)]
    [InlineData("the licence fee", true)]
    [InlineData("this is a sticking point", true)]
    [InlineData("stickin", false)] // a literal cut off by the end of the text
    [InlineData("ca", false)]
    [InlineData("nothing here", false)]
    [InlineData("", false)]
    public void ContainsAny_FindsALiteralAnywhere(string text, bool expected) =>
        Assert.Equal(expected, LiteralScanner.For(Literals, ignoreCase: true)!.ContainsAny(text));

    [Fact]
    public void ContainsAny_ComparesCaseOnlyWhenToldTo()
    {
        var scanner = LiteralScanner.For(Literals, ignoreCase: false)!;
        Assert.False(scanner.ContainsAny("WE CAN START"));
        Assert.False(scanner.ContainsAny("the licence fee")); // "Licen" was written with a capital
        Assert.True(scanner.ContainsAny("the Licence fee"));
    }

    [Theory]
    [InlineData("\u212Aelvin")] // a regex ignoring case reads the Kelvin sign as k
    [InlineData("\u017Fure")]
    public void ContainsAny_PassesTextsWithCharactersARegexFoldsIntoAscii(string text)
    {
        Assert.True(LiteralScanner.For(["kelvin", "sure"], ignoreCase: true)!.ContainsAny(text));
        Assert.False(LiteralScanner.For(["kelvin", "sure"], ignoreCase: false)!.ContainsAny(text));
    }

    [Theory]
    [InlineData("ab")] // too short for a three-character start
    [InlineData("caf\u00E9")] // non-ASCII literals have case equivalents the scanner does not fold
    public void For_RefusesLiteralsItCannotScan(string literal) =>
        Assert.Null(LiteralScanner.For(["cost", literal], ignoreCase: true));

    /// <summary>
    /// Over random texts made of the literals' own pieces (overlaps, near misses, upper case, non-ASCII letters), the
    /// scanner answers exactly what an ordinal search for each literal answers.
    /// </summary>
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void ContainsAny_AgreesWithAnOrdinalSearch(bool ignoreCase)
    {
        var scanner = LiteralScanner.For(Literals, ignoreCase)!;
        var comparison = ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        var pieces = new[] { "a", "b", "c", "C", "AB", "ca", "wor", "R", "r", "lic", "EN", "en", "sticki", "ng", " ", "\u00E9", "\u212A" };
        var texts = Gen.ListOf(Gen.Elements(pieces)).Select(p => string.Concat(p));
        var (found, missed) = (0, 0);
        Prop.ForAll(texts.ToArbitrary(), text =>
        {
            var expected = Literals.Any(l => text.Contains(l, comparison)) || (ignoreCase && text.Contains('\u212A'));
            (found, missed) = expected ? (found + 1, missed) : (found, missed + 1);
            Assert.Equal(expected, scanner.ContainsAny(text));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(600));
        Assert.True(found > 50 && missed > 50, $"the texts should both hold and miss literals ({found} held, {missed} missed)");
    }

    /// <summary>
    /// With thousands of literals every word of the hash table holds set bits, so each bucket is found by its rank among
    /// them: a text holding one literal is found, and a text holding only words the scanner was not given is found
    /// exactly when an ordinal search finds one of its literals inside.
    /// </summary>
    [Fact]
    public void ContainsAny_FindsEachOfThousandsOfLiterals()
    {
        var random = new Random(20261207);
        string Word() => string.Create(random.Next(3, 8), random, (span, r) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = (char)('a' + r.Next(26));
            }
        });
        var given = Enumerable.Range(0, 3000).Select(_ => Word()).Distinct().ToArray();
        var others = Enumerable.Range(0, 3000).Select(_ => Word()).Except(given).ToArray();
        var scanner = LiteralScanner.For(given, ignoreCase: true)!;

        Assert.All(given, literal => Assert.True(scanner.ContainsAny($"so {literal.ToUpperInvariant()}!"), literal));
        var wronglyFound = others.Where(o => scanner.ContainsAny(o) != given.Any(l => o.Contains(l, StringComparison.Ordinal))).ToArray();
        Assert.Empty(wronglyFound);
        Assert.Contains(others, o => !scanner.ContainsAny(o));
    }

    /// <summary>
    /// Asked about parts of one text again and again (so the text's trigram table is built and read), the scanner
    /// answers for every part exactly what it answers when it reads the part alone: for a case-sensitive scanner whose
    /// literal starts with a capital, and for a case-insensitive one on a text holding the Kelvin sign.
    /// </summary>
    [Theory]
    [InlineData(true, "we can talk, but the Licence and the \u212Aelvin thing worry me; stickin stick sticking")]
    [InlineData(false, "we can talk, but the Licence and the licence WORRY me; cab CAB abc")]
    [InlineData(true, "nothing of theirs is here at all")]
    [InlineData(false, "WE CAN START, the licence is fine")]
    public void ContainsAny_ForAPartOfAWholeText_AgreesWithReadingThePartAlone(bool ignoreCase, string text)
    {
        text = System.Text.RegularExpressions.Regex.Unescape(text);
        // one scanner whose literals the text holds, one whose literals it lacks, one with a capital literal
        LiteralScanner[] scanners = [LiteralScanner.For(Literals, ignoreCase)!, LiteralScanner.For(["zzz", "qqq"], ignoreCase)!, LiteralScanner.For(["Licen"], ignoreCase)!];
        for (var round = 0; round < 3; round++)
        {
            for (var start = 0; start < text.Length; start += 3)
            {
                for (var length = 0; start + length <= text.Length; length += 5)
                {
                    foreach (var scanner in scanners)
                    {
                        Assert.Equal(scanner.ContainsAny(text.AsSpan(start, length)), scanner.ContainsAny(text.AsSpan(start, length), text));
                    }
                }
            }
        }
    }

    /// <summary>From the third time a text is asked about, its trigram table is built; a text holding no literal's first three characters is ruled out.</summary>
    [Fact]
    public void ContainsAny_ForAWholeTextSeenBefore_RulesItOutByItsTrigrams()
    {
        var scanner = LiteralScanner.For(Literals, ignoreCase: true)!;
        var text = new string('x', 40) + " nothing here " + new string('y', 40);
        Assert.False(scanner.ContainsAny(text, text));
        Assert.False(scanner.ContainsAny(text, text));
        Assert.False(scanner.ContainsAny(text, text)); // the third sighting builds the table
        Assert.True(TextTrigrams.Of(text) is { Built: true });
        var fresh = new string('q', 30) + " a text asked about for the first time";
        Assert.Null(TextTrigrams.Of(fresh));
        Assert.Null(TextTrigrams.Of(fresh));
        Assert.True(TextTrigrams.Of(fresh) is { Built: true });
        Assert.True(scanner.ContainsAny("WORRIED", text + " WORRIED")); // a different whole text is read afresh
        var held = "so we can go";
        Assert.True(scanner.ContainsAny(held, held));
        Assert.True(scanner.ContainsAny(held, held));
        Assert.False(scanner.ContainsAny(held.AsSpan(0, 6), held)); // "so we " holds none, though the whole does
    }
}
