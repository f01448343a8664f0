using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using VoiceAnalytics.Core.Analysis.Text.Cues;
using Xunit;

namespace VoiceAnalytics.Tests.Analysis.Text.Cues;

public sealed class RequiredLiteralsTests
{
    [Theory]
    [InlineData(@"\bswitching\s+costs?\b|\bcost\s+(?:of|to)\s+switch\w*", "switch|switching")]
    [InlineData(@"\b(?:have|need|['’]d\s+have)\s+to\s+move\b", "move")] // a longer run beats a group with a short member
    [InlineData(@"\b(?:have|need)\s+to\b", "have|need")]
    [InlineData(@"abc+de", "abc")] // a repeated character ends the run: "abccde" holds "abc", not "abcde"
    [InlineData(@"\bsteep\b(?!\s+learning)", "steep")] // a lookaround consumes nothing
    [InlineData(@"(?<=pre)word", "word")]
    [InlineData(@"x{0,3}yzw", "yzw")]
    [InlineData(@"(?:abc)?defg", "defg")]
    [InlineData(@"(?:\w+\s+){0,3}?discounts?\b", "discount")]
    [InlineData(@"[(?!]xyz(?!y)", "xyz")] // '(' inside a class opens no group
    [InlineData(@"[a-z-[aeiou]]bcd", "bcd")] // class subtraction
    [InlineData(@"\.com\b", ".com")] // an escaped punctuation mark is a literal
    [InlineData(@"(?<name>abcd)|efgh", "abcd|efgh")]
    [InlineData(@"\p{L}+word", "word")]
    [InlineData(@"a{2}bcd", "bcd")]
    [InlineData(@"{abc}", "{abc}")] // a brace that is no quantifier is a literal
    [InlineData(@"\b(?:something|anything)\s+odd\b", "odd")] // a literal inside everyday words rules out little, however long
    [InlineData(@"\bthing\s+\w+\s+fax\b", "fax")]
    [InlineData(@"\b(?:that|this)\s+(?:steep|pricey)\b", "steep|pricey")]
    public void Of_FindsWhatEveryMatchMustHold(string pattern, string expected)
    {
        var literals = RequiredLiterals.Of(pattern);
        Assert.NotNull(literals);
        Assert.Equal(expected.Split('|').Order(StringComparer.Ordinal), literals.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(@"foo|\w+")] // one alternative needs no literal
    [InlineData(@"(?i)abc")] // inline options are not read
    [InlineData(@"(?:abc|)def|gh")] // "gh" is too short to be worth a search
    [InlineData(@"abc(")] // not a pattern
    [InlineData(@"(?(x)abc|def)")] // conditionals are not read
    [InlineData(@"\bto\b")]
    public void Of_GivesNoFilterWhenItCannotBeSure(string pattern) => Assert.Null(RequiredLiterals.Of(pattern));

    [Fact]
    public void FilterFor_SkipsPatternsReadDifferently() =>
        Assert.Null(RequiredLiterals.FilterFor(new Regex("abc def", RegexOptions.IgnorePatternWhitespace)));

    [Theory]
    [InlineData("ask about prices", RegexOptions.None, false)]
    [InlineData("ASK ABOUT COST", RegexOptions.IgnoreCase, true)]
    [InlineData("ASK ABOUT COST", RegexOptions.None, false)]
    [InlineData("the \u212Aelvin sign", RegexOptions.IgnoreCase, true)] // matches "k" for a case-insensitive regex
    public void FilterFor_FollowsTheRegexCase(string text, RegexOptions options, bool passes)
    {
        var filter = RequiredLiterals.FilterFor(new Regex(@"\bcost\b|kelvin", options));
        Assert.NotNull(filter);
        Assert.Equal(passes, filter.MayMatch(text));
    }

    /// <summary>Over random texts from the patterns' own pieces, no text the regex matches is ever ruled out.</summary>
    [Theory]
    [InlineData(@"abb+c|cab(?:ab|ba)a|\bbac\b(?!a)")]
    [InlineData(@"(?:a|b){1,2}cab|abcc?bab")]
    [InlineData(@"\b(?:abc|bca)\s+(?:\w+\s+)?cab\b|k[ab]kab")]
    public void Filter_NeverRulesOutAMatch(string pattern)
    {
        var regex = new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        var guarded = new GuardedRegex(regex);
        Assert.True(guarded.HasLiteralGuard);
        var pieces = new[] { "a", "b", "c", "k", "K", "\u212A", " ", "ab", "bac", "cab", "x" };
        var texts = Gen.ListOf(Gen.Elements(pieces)).Select(p => string.Concat(p));
        var matched = 0;
        Prop.ForAll(texts.ToArbitrary(), text =>
        {
            matched += regex.IsMatch(text) ? 1 : 0;
            Assert.Equal(regex.IsMatch(text), guarded.IsMatch(text));
            Assert.Equal(regex.Match(text).Index, guarded.Match(text).Index);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(400));
        Assert.True(matched > 0, "no generated text matched: the property proved nothing");
    }
}
