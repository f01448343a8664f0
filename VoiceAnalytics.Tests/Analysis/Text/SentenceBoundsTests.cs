using VoiceAnalytics.Core.Analysis.Text;

namespace VoiceAnalytics.Tests.Analysis.Text;

public sealed class SentenceBoundsTests
{
    [Fact]
    public void Around_PunctuatedText_GivesTheSentenceWithItsTerminator()
    {
        const string Text = "We use DocuSign. It is clunky! Any questions?";

        var (start, end) = SentenceBounds.Around(Text, Text.IndexOf("clunky", StringComparison.Ordinal));

        Assert.Equal("It is clunky!", Text[start..end]);
    }

    [Theory]
    [InlineData("Sorry. I couldn't find a monday.com integration. Anything else?", "integration", "I couldn't find a monday.com integration.")]
    [InlineData("Hi. It's $4.99 a document on that plan. Okay?", "document", "It's $4.99 a document on that plan.")]
    public void Around_DotInsideAWordOrNumber_IsNoSentenceEnd(string text, string at, string sentence)
    {
        var (start, end) = SentenceBounds.Around(text, text.IndexOf(at, StringComparison.Ordinal));

        Assert.Equal(sentence, text[start..end]);
    }

    [Fact]
    public void Around_UnpunctuatedText_ReachesAtMostMaxCharsEitherWayOnWordBoundaries()
    {
        var text = string.Concat(Enumerable.Repeat("so we send about forty contracts a month ", 200));
        var index = text.Length / 2;

        var (start, end) = SentenceBounds.Around(text, index);

        Assert.InRange(index - start, 1, 500);
        Assert.InRange(end - index, 1, 500);
        Assert.Equal(' ', text[start - 1]);
        Assert.Equal(' ', text[end]);
    }
}
