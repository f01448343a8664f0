namespace VoiceAnalytics.Tests.Analysis.Sales.Sizing;

public sealed class SizingConfidenceTests
{
    [Fact]
    public void Extract_SameTeamSizeSaidTwice_IsMoreConfidentThanOnce()
    {
        var once = SizingTranscript.Extract("A: How many people would use it? || U: probably nine");
        var twice = SizingTranscript.Extract("A: How many people would use it? || U: probably nine || A: Great. || U: yeah, we'd need nine seats");

        Assert.Equal(9, twice.TeamSize?.Value);
        Assert.True(twice.TeamSize!.Confidence > once.TeamSize!.Confidence);
    }

    [Fact]
    public void Extract_HedgedCount_IsLessConfidentThanAnExactOne()
    {
        var exact = SizingTranscript.Extract("twelve of us would use it");
        var hedged = SizingTranscript.Extract("maybe twelve of us would use it, give or take");

        Assert.True(hedged.TeamSize!.Confidence < exact.TeamSize!.Confidence);
    }

    [Fact]
    public void Extract_FewerEmployeesThanSeats_DoubtsTheHeadcount()
    {
        var signals = SizingTranscript.Extract("we're a 5-person company. || U: we'd need 40 seats");

        Assert.Equal(5, signals.CompanySize?.Value);
        Assert.True(signals.CompanySize!.Confidence < 0.7);
    }

    [Fact]
    public void Extract_ThousandsOfDocumentsPerSeat_DoubtsTheVolume()
    {
        var plausible = SizingTranscript.Extract("two of us would use it. we send about 20 a day");
        var implausible = SizingTranscript.Extract("two of us would use it. we send about 10,000 a day");

        Assert.Equal(220_000, implausible.MonthlyVolume?.Value);
        Assert.True(implausible.MonthlyVolume!.Confidence < plausible.MonthlyVolume!.Confidence);
    }

    [Fact]
    public void Extract_NoUserTurns_GivesEmptySignals()
    {
        var signals = SizingTranscript.Extract("A: Hi, this is the PandaDoc trial assistant. How many people would use it?");

        Assert.Null(signals.TeamSize);
        Assert.Null(signals.CompanySize);
        Assert.Null(signals.MonthlyVolume);
        Assert.Empty(signals.VolumeMentions);
    }
}
