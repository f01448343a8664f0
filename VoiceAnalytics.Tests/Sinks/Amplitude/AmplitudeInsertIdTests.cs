using VoiceAnalytics.Core.Sinks.Amplitude;

namespace VoiceAnalytics.Tests.Sinks.Amplitude;

public sealed class AmplitudeInsertIdTests
{
    [Fact]
    public void For_SameInputs_GivesTheSameId()
    {
        var first = AmplitudeInsertId.For("sess-1", "Voice Call Analyzed", "report");
        var again = AmplitudeInsertId.For("sess-1", "Voice Call Analyzed", "report");

        Assert.Equal(first, again);
        Assert.Matches("^[0-9a-f]{32}$", first);
    }

    [Fact]
    public void For_KnownInputs_StaysStableAcrossReleases() =>
        Assert.Equal(PinnedId, AmplitudeInsertId.For("sess-1", "Voice Call Analyzed", "report"));

    [Theory]
    [InlineData("sess-2", "Voice Call Analyzed", "report")]
    [InlineData("sess-1", "Objection Raised", "report")]
    [InlineData("sess-1", "Voice Call Analyzed", "objection-2")]
    public void For_DifferentEvent_GivesADifferentId(string sessionId, string eventType, string discriminator) =>
        Assert.NotEqual(AmplitudeInsertId.For("sess-1", "Voice Call Analyzed", "report"), AmplitudeInsertId.For(sessionId, eventType, discriminator));

    [Fact]
    public void For_PartsShiftedAcrossBoundaries_GiveDifferentIds() =>
        Assert.NotEqual(AmplitudeInsertId.For("ab", "c", "d"), AmplitudeInsertId.For("a", "bc", "d"));

    private const string PinnedId = "71f4eb781faaa7df1b5973ab1584bc3a";
}
