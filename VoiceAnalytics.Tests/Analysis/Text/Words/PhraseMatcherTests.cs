using VoiceAnalytics.Core.Analysis.Text.Words;

namespace VoiceAnalytics.Tests.Analysis.Text.Words;

public sealed class PhraseMatcherTests
{
    [Fact]
    public void Match_SeveralPhrasesStartHere_GivesTheLongest()
    {
        var matcher = PhraseMatcher<string>.From([("not bad", "short"), ("not bad at all", "long"), ("not", "one")]);
        const string Text = "Honestly NOT bad at all.";
        var words = SpeechTokenizer.Words(Text);

        Assert.Equal("long", matcher.Match(Text, words, 1)?.Value);
        Assert.Null(matcher.Match(Text, words, 0));
    }

    [Fact]
    public void Match_ClauseReach_NeverSpansPunctuation()
    {
        var matcher = PhraseMatcher<bool>.From([("no problem", true)]);
        const string Text = "no, problem solved";

        Assert.False(matcher.IsMatch(Text, SpeechTokenizer.Words(Text), 0));
    }

    [Theory]
    [InlineData("it's a lot.", true)]
    [InlineData("it's a lot", true)]
    [InlineData("it's a lot of work", false)]
    public void Match_PhraseEndingInDollar_MustCloseItsClause(string text, bool expected)
    {
        var matcher = PhraseMatcher<bool>.From([("it's a lot $", true)]);

        Assert.Equal(expected, matcher.IsMatch(text, SpeechTokenizer.Words(text), 0));
    }

    [Fact]
    public void Match_TermsReach_ReadsPossessivesOffAndReachesOverPunctuation()
    {
        var matcher = new PhraseMatcher<string>([new CuePhrase<string>(["dropbox", "sign"], false, "dropbox_sign")], PhraseReach.Terms);
        const string Text = "we tried Dropbox's, sign flow";
        var words = SpeechTokenizer.Words(Text, WordGrain.Split);

        Assert.Equal("dropbox_sign", matcher.Match(Text, words, 2)?.Value);
    }

    [Fact]
    public void StartingAt_GivesCandidatesLongestFirstAndFitsConfirmsEach()
    {
        var matcher = PhraseMatcher<int>.From([("consent", 1), ("consent forms", 2)]);
        const string Text = "consent letters";
        var words = SpeechTokenizer.Words(Text);

        var candidates = matcher.StartingAt(Text, words, 0).ToArray();

        Assert.Equal([2, 1], candidates.Select(c => c.Value));
        Assert.Equal([false, true], candidates.Select(c => matcher.Fits(c, Text, words, 0)));
    }

    [Theory]
    [InlineData("well, can we do that?", 6)]
    [InlineData("CAN. WE try", 0)]
    [InlineData("we can", -1)]
    [InlineData("", -1)]
    public void IndexIn_WalksTheSpanInPlaceAndReachesOverPunctuation(string text, int expected)
    {
        var matcher = new PhraseMatcher<bool>("can we", "right now");

        Assert.Equal(expected, matcher.IndexIn(text));
    }

    [Fact]
    public void In_MatchesWholeWordsOnly()
    {
        var matcher = new PhraseMatcher<bool>("right now");

        Assert.False(matcher.In("alright nowhere"));
        Assert.True(matcher.In("we need it right now"));
    }
}
