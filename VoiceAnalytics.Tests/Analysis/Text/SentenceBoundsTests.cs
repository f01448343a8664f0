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
