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

    // Past possession, a completed move away, a subscription that ran out, a stop that names the term again.
    [Theory]
    [InlineData("we had Acme Sign for two years", "Acme Sign")]
    [InlineData("we had a Acme Sign account for a while", "Acme Sign")]
    [InlineData("we moved off Acme Sign in the spring", "Acme Sign")]
    [InlineData("we got rid of Acme Sign, it was too pricey", "Acme Sign")]
    [InlineData("we were paying for Acme Sign until last month", "Acme Sign")]
    [InlineData("Acme Sign, but we let it lapse in June", "Acme Sign")]
    [InlineData("we had Acme Sign for a bit but we stopped using it", "Acme Sign")]
    [InlineData("Acme Sign for a while but we stopped using Acme Sign last spring", "Acme Sign")]
    public void IsPast_EndedPossessionOrSubscription_ReturnsTrue(string text, string term) => Assert.True(Past(text, term));

    [Theory]
    [InlineData("we've had Acme Sign for years", "Acme Sign")]
    [InlineData("we had to send everything through Acme Sign", "Acme Sign")]
    [InlineData("we moved off Other Tool to Acme Sign last year", "Acme Sign")]
    [InlineData("we switched from Other Tool to Acme Sign last year", "Acme Sign")]
    public void IsPast_HeldOrSwitchedTo_ReturnsFalse(string text, string term) => Assert.False(Past(text, term));

    [Theory]
    [InlineData("we moved off Other Tool to Acme Sign last year", true)]
    [InlineData("we switched from Other Tool to Acme Sign", true)]
    [InlineData("we're thinking of moving from Other Tool to Acme Sign", false)]
    [InlineData("we moved everything to Acme Sign", false)]
    public void SwitchedTo_CompletedMoveAway_GivesTheTarget(string text, bool expected)
    {
        var start = text.IndexOf("Acme Sign", StringComparison.Ordinal);
        Assert.Equal(expected, PastReference.SwitchedTo(text, start));
    }

    private static bool Past(string text, string term)
    {
        var start = text.IndexOf(term, StringComparison.Ordinal);
        return PastReference.IsPast(text, start, start + term.Length);
    }
}
