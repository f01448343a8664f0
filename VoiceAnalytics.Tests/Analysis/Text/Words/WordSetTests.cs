using VoiceAnalytics.Core.Analysis.Text.Words;

namespace VoiceAnalytics.Tests.Analysis.Text.Words;

public sealed class WordSetTests
{
    private static readonly WordSet Words = WordSet.Of("great", "don't", "e-signature", "ünïcode");

    [Theory]
    [InlineData("great", true)]
    [InlineData("GREAT", true)]
    [InlineData("Don't", true)]
    [InlineData("e-signature", true)]
    [InlineData("ÜNÏCODE", true)]
    [InlineData("grea", false)]
    [InlineData("greats", false)]
    [InlineData("", false)]
    public void Contains_Span_IgnoresCase(string word, bool expected) => Assert.Equal(expected, Words.Contains(word.AsSpan()));

    [Fact]
    public void Contains_SpokenWord_UsesItsHashAndConfirmsTheCharacters()
    {
        const string Text = "That's GREAT, don't you think";

        var hits = SpeechTokenizer.Words(Text).Where(w => Words.Contains(Text, w)).Select(w => w.In(Text).ToString());

        Assert.Equal(["GREAT", "don't"], hits);
    }

    [Fact]
    public void Constructor_DuplicatesIgnoringCase_AreOneWord()
    {
        var set = new WordSet(["Fine", "fine", "FINE"]);

        Assert.True(set.Contains("fine"));
    }
}
