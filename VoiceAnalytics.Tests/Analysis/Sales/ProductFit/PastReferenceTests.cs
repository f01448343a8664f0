using VoiceAnalytics.Core.Analysis.Text.Cues;

namespace VoiceAnalytics.Tests.Analysis.Sales.ProductFit;

public sealed class PastReferenceTests
{
    [Theory]
    [InlineData("a while ago we used to be on Acme Sign", "Acme Sign")]
    [InlineData("we trialed Acme Sign for a month", "Acme Sign")]
    [InlineData("at my previous company we ran Acme Sign", "Acme Sign")]
    [InlineData("we were on Acme Sign when I joined", "Acme Sign")]
    [InlineData("we had Acme Sign two years ago", "Acme Sign")]
    [InlineData("we paid for Acme Sign last year", "Acme Sign")]
    [InlineData("we were using Acme Sign before.", "Acme Sign")]
    [InlineData("Acme Sign got pricey so we cancelled it in March", "Acme Sign")]
    public void IsPast_PastCue_ReturnsTrue(string text, string term) => Assert.True(Past(text, term));

    [Theory]
    [InlineData("we switched to Acme Sign in spring", "Acme Sign")]
    [InlineData("we've used Acme Sign for six years", "Acme Sign")]
    [InlineData("we use Acme Sign now, and we dumped Other Tool last year", "Acme Sign")]
    [InlineData("we want Acme Sign connected before the rollout", "Acme Sign")]
    [InlineData("right now everything goes through Acme Sign", "Acme Sign")]
    public void IsPast_PresentUse_ReturnsFalse(string text, string term) => Assert.False(Past(text, term));

    private static bool Past(string text, string term)
    {
        var start = text.IndexOf(term, StringComparison.Ordinal);
        return PastReference.IsPast(text, start, start + term.Length);
    }
}
