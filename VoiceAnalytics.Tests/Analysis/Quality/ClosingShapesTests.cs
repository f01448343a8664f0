using VoiceAnalytics.Core.Analysis.Quality.Endings;
using VoiceAnalytics.Core.Analysis.Text.Words;

namespace VoiceAnalytics.Tests.Analysis.Quality;

public sealed class ClosingShapesTests
{
    [Theory]
    [InlineData("have a great rest of your day")]
    [InlineData("Thanks Ron, have a good afternoon.")]
    [InlineData("thank you very much, have good weekend")]
    [InlineData("you have a really wonderful holiday")]
    [InlineData("have a good one")]
    [InlineData("You too, Lori.")]
    [InlineData("same to you")]
    [InlineData("byeee")]
    [InlineData("ok byee!")]
    [InlineData("yep later")]
    [InlineData("Yep. Gotta run. Later.")]
    [InlineData("thanks i guess. later")]
    public void StartsAt_AClosingOfAKnownShape_IsFound(string text) => Assert.True(AnyClosing(text));

    [Theory]
    [InlineData("maybe later")]
    [InlineData("I'll look at the pricing later.")]
    [InlineData("we have a good team")]
    [InlineData("do you have a day rate?")]
    [InlineData("we have great weekends here")]
    [InlineData("goodness")]
    [InlineData("bye")]
    [InlineData("later on we might add seats")]
    public void StartsAt_TextThatOnlyLooksLikeAClosing_IsNotOne(string text) => Assert.False(AnyClosing(text));

    private static bool AnyClosing(string text)
    {
        var words = SpeechTokenizer.Words(text);
        return Enumerable.Range(0, words.Count).Any(i => ClosingShapes.StartsAt(text, words, i));
    }
}
