using VoiceAnalytics.Core.Analysis.Text.Words;

namespace VoiceAnalytics.Tests.Analysis.Text.Words;

public sealed class SpeechTokenizerTests
{
    [Theory]
    [InlineData("we sign 1,500 a month", "we|sign|1,500|a|month")]
    [InlineData("isn't it", "isn't|it")]
    [InlineData("isn’t it", "isn’t|it")]
    [InlineData("an e-signature at 9:30", "an|e-signature|at|9:30")]
    [InlineData("at 2pm, in the 90's", "at|2pm|in|the|90's")]
    [InlineData("about 5,6 people", "about|5,6|people")]
    [InlineData("monday.com and dogs' toys", "monday|com|and|dogs|toys")]
    [InlineData("a -- b", "a|b")]
    public void Words_Spoken_JoinInnerApostrophesHyphensAndDigitSeparators(string text, string expected)
    {
        var words = SpeechTokenizer.Words(text);

        Assert.Equal(expected, string.Join('|', words.Select(w => w.In(text).ToString())));
    }

    [Theory]
    [InlineData("single sign-on please", "single|sign|on|please")]
    [InlineData("about 1,500 a month", "about|1|500|a|month")]
    [InlineData("our volunteers' checks", "our|volunteers'|checks")]
    [InlineData("'cause DocuSign's pricing", "'cause|DocuSign's|pricing")]
    [InlineData("at 2pm on monday.com", "at|2pm|on|monday|com")]
    public void Words_Split_CutAtHyphensAndDigitSeparatorsAndKeepEveryApostrophe(string text, string expected)
    {
        var words = SpeechTokenizer.Words(text, WordGrain.Split);

        Assert.Equal(expected, string.Join('|', words.Select(w => w.In(text).ToString())));
    }

    [Theory]
    [InlineData("Really? Yes, fine. Great!", "Question|Clause|Period|Exclamation")]
    [InlineData("well - okay", "Clause|None")]
    [InlineData("a self-serve plan", "None|None|None")]
    public void Words_RecordTheStrongestPunctuationAfterEachWord(string text, string expected)
    {
        var words = SpeechTokenizer.Words(text);

        Assert.Equal(expected, string.Join('|', words.Select(w => w.After)));
    }

    [Fact]
    public void Words_HashIgnoresCaseAndReadsCurlyApostrophesAsStraight()
    {
        var words = SpeechTokenizer.Words("Don’t don't DON'T");

        Assert.All(words, w => Assert.Equal(WordHash.Of("don't"), w.Hash));
    }

    [Fact]
    public void Words_Split_OffsetsPointAtTheOriginalCharacters()
    {
        const string Text = "We use  DocuSign's API.";

        var words = SpeechTokenizer.Words(Text, WordGrain.Split);

        Assert.Equal(["We", "use", "DocuSign's", "API"], words.Select(w => Text[w.Start..w.End]));
        Assert.Equal("DocuSign", words[2].WithoutPossessive(Text).ToString());
    }

    [Fact]
    public void Words_IntoAList_ReusesItAndClearsItFirst()
    {
        var into = new List<SpokenWord> { new(0, 1, SpokenBreak.None) };

        SpeechTokenizer.Words("one two", into);

        Assert.Equal(2, into.Count);
    }

    [Theory]
    [InlineData("it's 1,500 at 10:30", "Word:it's|Digits:1,500|Word:at|Digits:10:30")]
    [InlineData("a 15-person team", "Word:a|Digits:15|Symbol:-|Word:person|Word:team")]
    [InlineData("2pm, $40", "Digits:2|Word:pm|Symbol:,|Symbol:$|Digits:40")]
    [InlineData("5,6 or 1.5", "Digits:5|Symbol:,|Digits:6|Word:or|Digits:1.5")]
    public void Tokenize_SplitsWordsDigitRunsAndSymbols(string text, string expected)
    {
        var tokens = SpeechTokenizer.Tokenize(text);

        Assert.Equal(expected, string.Join('|', tokens.Select(t => $"{t.Kind}:{text[t.Start..t.End]}")));
    }

    [Fact]
    public void Normalize_KeepsTheLengthSoOffsetsStayValid()
    {
        const string Text = "It’s ‘FINE’ — Ünïcode";

        var normalized = SpeechTokenizer.Normalize(Text);

        Assert.Equal(Text.Length, normalized.Length);
        Assert.Equal("it's 'fine' - ünïcode", normalized);
    }

    [Theory]
    [InlineData('a', true)]
    [InlineData('7', true)]
    [InlineData('\'', true)]
    [InlineData('\u2019', true)]
    [InlineData('-', false)]
    [InlineData('.', false)]
    public void IsWordChar_IsTheSplitGrain(char c, bool expected) => Assert.Equal(expected, SpeechTokenizer.IsWordChar(c));
}
