using VoiceAnalytics.Core.Analysis.Text.Words;
using Xunit;

namespace VoiceAnalytics.Tests.Analysis.Text.Words;

public sealed class WordHashFilterTests
{
    [Fact]
    public void MayContain_HoldsEveryAddedHashAndRulesOutMostOthers()
    {
        var random = new Random(7);
        var added = Enumerable.Range(0, 300).Select(_ => random.Next()).ToArray();
        var filter = new WordHashFilter();
        foreach (var hash in added)
        {
            filter.Add(hash);
        }

        Assert.All(added, hash => Assert.True(filter.MayContain(hash)));

        // 300 of 4,096 bits set: an unrelated hash passes about 7 % of the time; far more means the bits collide.
        var passed = Enumerable.Range(0, 10_000).Count(_ => filter.MayContain(random.Next()));
        Assert.InRange(passed, 300, 1_500);
    }

    [Fact]
    public void MayContain_SpreadsWordHashesThatDifferOnlyInTheirLowBits()
    {
        var filter = new WordHashFilter();
        filter.Add(WordHash.Of("price"));
        Assert.True(filter.MayContain(WordHash.Of("PRICE")));
        Assert.DoesNotContain(new[] { "prices", "priced", "pricey", "pride", "prize" }, w => filter.MayContain(WordHash.Of(w)));
    }
}
