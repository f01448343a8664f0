using VoiceAnalytics.Core.Analysis.Llm;

namespace VoiceAnalytics.Tests.Analysis.Llm;

public sealed class QuoteFinderTests
{
    [Theory]
    [InlineData("Our reps basically live in SF dot com, all day!", true)]
    [InlineData("our reps basically   live in sf-dot-com all day", true)]
    [InlineData("our reps live in salesforce all day", false)]
    [InlineData("ok", false)]
    public void Find_IgnoresCaseSpacingAndPunctuation_ButNotWords(string quote, bool found)
    {
        var finder = new QuoteFinder(MaskedTranscript.From(LlmPayloads.Call(), 60_000));

        var evidence = finder.Find(quote);

        Assert.Equal(found, evidence is not null);
        if (evidence is not null)
        {
            Assert.Equal("i2", evidence.ItemId);
            Assert.StartsWith("our reps", evidence.Quote, StringComparison.Ordinal);
        }
    }
}
